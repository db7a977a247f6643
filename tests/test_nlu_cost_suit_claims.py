"""What the plaintiffs claim in a suit said in the sentence before (class: suit claim). After
「会員8名から訴訟を起こされました」, 「請求は1人50万円です」 is the claim: damages (rule 10),
not the cost of defending the suit, which the suit word alone would have made it. A bill for
the defence (「訴訟対応の弁護士費用」) stays litigation. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> dict[str, Any]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


CLAIMED: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (("取引先から訴訟を起こされました。請求額は800万円です",), {"damages": 8000000}),
    (("元会員に訴えられました。請求金額は120万とのことです",), {"damages": 1200000}),
    (
        ("委託先の漏えいで顧客から提訴されました。請求は300万です", "応訴の弁護士費用は60万"),
        {"damages": 3000000, "litigation": 600000},
    ),
]


@pytest.mark.parametrize(("messages", "costs"), CLAIMED)
def test_the_suits_claim_is_damages(messages: tuple[str, ...], costs: dict[str, int]) -> None:
    assert fold(*messages) == costs


DEFENCE: list[tuple[tuple[str, ...], dict[str, int]]] = [
    # The suit's own cost, in its sentence.
    (("訴えられました。訴訟対応の弁護士費用は70万です",), {"litigation": 700000}),
    # A bill named as one, not the claim.
    (("提訴されました。弁護士の着手金は30万です",), {"consultation": 300000}),
    # Not sued: a suit only feared, its cost estimated.
    (("訴訟になるかもしれません。訴訟対応の見積もりは90万です",), {"litigation": 900000}),
]


@pytest.mark.parametrize(("messages", "costs"), DEFENCE)
def test_the_defence_stays_litigation(messages: tuple[str, ...], costs: dict[str, int]) -> None:
    assert fold(*messages) == costs
