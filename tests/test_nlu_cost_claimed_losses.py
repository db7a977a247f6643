"""Another party's lost revenue claimed from the company is damages (class: claimed losses).

「取引先からの請求、売上が落ちた分として三百万」: the amount took 売上, a word of no coverage
(the company's own lost revenue, labelling rule 11), and stayed unassigned. Said as the
compensation (「分として」) of a claim not denied, it is what the claimant asks: damages.
Also an in-message correction said between two amounts (「三百万。あ、訂正、三百五十万」)
takes the first back, for every cost word. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def costs_and_left(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


_CLAIMS = [
    "取引先からの請求、{l}として{n}",
    "取引先から損害賠償の請求、{l}として{n}",
    "お客様から請求がありました。{l}として{n}です",
    "取引先から、{l}として{n}を請求されました",
    "先方から{l}として{n}を求められています",
]
_LOSSES = ["売上が落ちた分", "売上減少分", "逸失利益", "売上の補填", "休業損失の補償"]
_NUMERALS = [("三百万", 3000000), ("300万円", 3000000), ("３００万", 3000000)]
DAMAGES = [
    (form.format(l=loss, n=n), yen) for form in _CLAIMS for loss in _LOSSES for n, yen in _NUMERALS
]


@pytest.mark.parametrize(("text", "yen"), DAMAGES)
def test_a_claimed_loss_is_damages(text: str, yen: int) -> None:
    assert costs_and_left(text) == ({"damages": yen}, [])


OWN_LOSSES = [
    # The company's own loss, or no claim made: no coverage, unassigned.
    "売上が300万減りました",
    "うちの売上が落ちた分として300万を見込んでいます",
    "損害賠償の請求はまだないが、売上が落ちた分として300万の損失",
    "取引先からの請求はありませんが、売上減少分として300万です",
]


@pytest.mark.parametrize("text", OWN_LOSSES)
def test_an_own_loss_stays_unassigned(text: str) -> None:
    assert costs_and_left(text) == ({}, [3000000])


_WORDS = [
    ("取引先からの請求、売上が落ちた分として", "damages"),
    ("データ復旧は", "data_recovery"),
    ("コールセンターの費用は", "incident_response"),
    ("弁護士費用は", "consultation"),
]
_RETAKES = [
    "{a}。あ、訂正、{b}でした",
    "{a}、いや{b}でした",
    "{a}。失礼しました、{b}です",
    "{a}、間違いました、正しくは{b}",
]
_PAIRS = [("三百万", "三百五十万"), ("300万", "350万"), ("３００万", "３５０万")]
RETAKEN = [
    (word + form.format(a=a, b=b), key)
    for word, key in _WORDS
    for form in _RETAKES
    for a, b in _PAIRS
]


@pytest.mark.parametrize(("text", "key"), RETAKEN)
def test_a_correction_between_amounts_takes_the_first_back(text: str, key: str) -> None:
    assert costs_and_left(text) == ({key: 3500000}, [])


NOT_RETAKEN = [
    # Another cost named after the correction word, or work named by 修正: both stand.
    ("データ復旧300万。訂正、弁護士は50万", {"data_recovery": 3000000, "consultation": 500000}),
    (
        "データ復旧は300万です。いや、それとは別にコールセンターが50万",
        {"data_recovery": 3000000, "incident_response": 500000},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_RETAKEN)
def test_another_cost_after_a_correction_word(text: str, expected: dict[str, int]) -> None:
    assert costs_and_left(text)[0] == expected
