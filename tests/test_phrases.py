"""`nlu.phrases`: phrases found by lemma and as written, one match per place; and the
cheap copies of the values they are read into."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from nlu import read_message
from nlu.doc import make_doc
from nlu.evidence import _replace
from nlu.phrases import PhraseSet
from nlu.reading import CostMention, Reading, UnassignedAmount

# One set whose labels overlap: 「市」 (a public body) starts 「市民」 (a resident).
PLACES = PhraseSet({"public": ["市", "県"], "third_party": ["市民", "県民"], "office": ["市役所"]})

# (text, the labels found, left to right)
FOUND = [
    ("市民から連絡", ["third_party"]),
    ("一般県民から電話", ["third_party"]),
    ("市から連絡", ["public"]),
    ("市役所から連絡", ["office"]),
    ("市の情報政策課から", ["public"]),
    ("県民と市の職員", ["third_party", "public"]),
    ("連絡なし", []),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_the_phrase_spelling_out_more_of_a_span_wins(text: str, expected: list[str]) -> None:
    """Of two phrases matching the same words, the one written in full wins, in every process."""
    assert [m.label for m in PLACES.find(make_doc(text))] == expected


# (text, within tokens[lo:hi]) → whether a phrase lies wholly inside
CONTAINS = [
    ("市民から連絡", 0, None, True),
    ("市民から連絡", 1, None, False),
    ("連絡は市民から", 0, 2, False),
    ("連絡は市民から", 2, 3, True),
]


@pytest.mark.parametrize(("text", "lo", "hi", "expected"), CONTAINS)
def test_contains_looks_only_within_the_range(
    text: str, lo: int, hi: int | None, expected: bool
) -> None:
    """A phrase counts only when it lies wholly inside the tokens asked about."""
    assert PLACES.contains(make_doc(text), lo, hi) is expected


REPORTERS = [
    ("市民から連絡がありました", "third_party"),
    ("見つけた市民が届け出たことで発覚した", "third_party"),
    ("市の情報政策課からのご連絡で判明しました", "external_report"),
]


@pytest.mark.parametrize(("message", "expected"), REPORTERS)
def test_a_resident_is_a_third_party_and_the_city_a_public_body(
    message: str, expected: str
) -> None:
    """「市民」 is read as a resident, never as the 「市」 it starts with."""
    assert read_message(message).detection == expected


@pytest.mark.parametrize("kind", [Reading, CostMention, UnassignedAmount])
def test_evidence_can_copy_a_reading_value_from_its_instance_dict(kind: type) -> None:
    """Every field of the reading's value types is an init field kept in the instance dict
    (`nlu.evidence._replace` copies them that way instead of `dataclasses.replace`)."""
    assert all(f.init for f in fields(kind))
    assert not hasattr(kind, "__slots__")


def test_evidence_copy_equals_dataclasses_replace() -> None:
    """Attaching evidence changes only the evidence of a reading, nothing else it read."""
    reading = read_message("ランサムウェアに感染し、調査に300万円かかりました。公表はまだです。")
    assert reading.evidence and reading.costs[0].evidence is not None
    bare = replace(
        reading,
        evidence={},
        costs=tuple(replace(c, evidence=None) for c in reading.costs),
    )
    assert _replace(bare, evidence=reading.evidence, costs=reading.costs) == reading
