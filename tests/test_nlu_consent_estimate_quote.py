"""A message that calls one of its amounts an estimate is a quote: its other bare lines
(「コールセンターの見積：…\nお詫び状：3,000通 × 120円」) state no spending either, so consent
still to come stays open (labelling rule 6). A word of spending still says it was spent.
Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import facts_from_readings, read_message

STILL_OPEN: list[str] = [
    "コールセンターの見積：月額50万円\nお詫び状：3,000通 × 120円\n保険会社の同意はまだです",
    "復旧の見積もり 90万\n調査 120万\n同意：未",
]

# Near misses: bare amounts with no estimate named, or a spending word, are spent.
REFUSED: list[str] = [
    "調査費は120万でした。保険会社の同意はまだです",
    "復旧の見積もり 90万\n調査 120万は支払済みです\n同意：未",
]


@pytest.mark.parametrize("message", STILL_OPEN)
def test_bare_lines_of_an_estimate_spend_nothing(message: str) -> None:
    _, state = facts_from_readings([read_message(message)])
    assert state.values.get("consent") is None


@pytest.mark.parametrize("message", REFUSED)
def test_stated_spending_is_still_a_refusal(message: str) -> None:
    _, state = facts_from_readings([read_message(message)])
    assert state.values.get("consent") is False
