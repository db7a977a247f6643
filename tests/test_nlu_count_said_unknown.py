"""A count taken back as not yet known right after it (「影響はたぶん1万人くらい…いや、まだ
わからないです」) is no count of victims (labelling rule 1); a count said firmly, or followed
by something else unknown in another sentence, stays. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

UNKNOWN: list[tuple[str, ...]] = [
    ("会員DBに不正アクセスされました", "影響はたぶん8千人くらい…いや、まだわからないです"),
    ("顧客名簿を入れたUSBを紛失しました。名簿は3,000件くらい、いや、まだ分からないです",),
    ("取引先のリストが流出しました。対象は40社ほど…正直わからないです",),
]

# Near misses: the number said firmly; the unknown is another matter in the next sentence.
STAY: list[tuple[tuple[str, ...], int]] = [
    (("顧客名簿を入れたUSBを紛失しました。名簿は3,000件です。まだわからないのは原因です",), 3000),
    (("会員DBに不正アクセスされました", "影響は8千人です"), 8000),
]


@pytest.mark.parametrize("messages", UNKNOWN)
def test_a_count_said_not_yet_known_is_none(messages: tuple[str, ...]) -> None:
    facts, _, _ = predict(list(messages))
    assert (facts["individuals"], facts["corporations"]) == (None, None)


@pytest.mark.parametrize(("messages", "individuals"), STAY)
def test_a_count_said_firmly_stays(messages: tuple[str, ...], individuals: int) -> None:
    facts, _, _ = predict(list(messages))
    assert facts["individuals"] == individuals
