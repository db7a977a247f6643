"""Spending said not to have come yet (「発注もまだです」「支払いはまだです」) makes the amounts
of the message prices, not money spent: consent not yet obtained then stays open (labelling
rule 6). Set 44, written blind: a pasted estimate with 「保険会社の同意はまだ取ってません。
発注もまだです」 read as a refusal. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import facts_from_readings, read_message

STILL_OPEN: list[tuple[str, ...]] = [
    ("業者の見積です\n・データ復旧 一式 900,000円\n同意はまだもらってません。発注もまだです",),
    ("コールセンター 月40万円。保険会社の了承はまだです。契約もまだです",),
    ("弁護士相談 30万円\n保険会社にはまだ何も言っていません。依頼はまだです",),
]

# Near misses: spending said done, or a question whether it may wait, is not "not yet".
REFUSED: list[tuple[str, ...]] = [
    ("データ復旧 90万円、発注しました。同意はまだです",),
    ("調査会社に発注済みです。費用は200万。保険会社の同意はまだ取ってません",),
]


@pytest.mark.parametrize("turns", STILL_OPEN)
def test_spending_not_yet_leaves_consent_open(turns: tuple[str, ...]) -> None:
    _, state = facts_from_readings([read_message(text) for text in turns])
    assert state.values.get("consent") is None


@pytest.mark.parametrize("turns", REFUSED)
def test_spent_without_consent_is_still_refused(turns: tuple[str, ...]) -> None:
    _, state = facts_from_readings([read_message(text) for text in turns])
    assert state.values.get("consent") is False
