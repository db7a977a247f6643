"""What money was spent on, said of the incident: a contract or a tool already in place
(「契約している監視会社」「導入しているEDR」) names who or what, it spends nothing; and
「（未発注）」 says nothing is ordered yet. So consent not yet obtained stays open (labelling
rule 6). Set 31, written blind: an estimate 「（未発注）」 and 「契約している監視会社からの
通報」 beside 「保険会社の同意はまだです」 read as a refusal. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import facts_from_readings, read_message

STILL_OPEN: list[tuple[str, ...]] = [
    ("契約している監視会社からアラートが来ました。同意はまだ取っていません",),
    ("導入しているEDRが検知しました。保険会社の同意はまだです",),
    ("委託契約している保守業者が見つけてくれました。保険会社にはまだ何も言っていません",),
    ("業者から見積もりをもらっただけです（未発注）。調査費は180万", "同意はまだです"),
    ("復旧は未発注です。復旧 90万。保険会社の了承はまだです",),
]

# Near misses: money spent or ordered, with consent missing, is still a refusal.
REFUSED: list[tuple[str, ...]] = [
    ("もう業者と契約しています。同意はまだです",),
    ("契約している監視会社に調査を発注しました。同意はまだ取っていません",),
    ("EDRを新しく導入しました。80万です。保険会社にはまだ言ってません",),
]


@pytest.mark.parametrize("turns", STILL_OPEN)
def test_nothing_spent_leaves_consent_open(turns: tuple[str, ...]) -> None:
    _, state = facts_from_readings([read_message(text) for text in turns])
    assert "consent" not in state.values or state.values["consent"] is None


@pytest.mark.parametrize("turns", REFUSED)
def test_spent_without_consent_is_refused(turns: tuple[str, ...]) -> None:
    _, state = facts_from_readings([read_message(text) for text in turns])
    assert state.values.get("consent") is False
