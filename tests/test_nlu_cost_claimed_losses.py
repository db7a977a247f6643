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


# Said as a request to pay (「…分を払っていただきたいと、三百万円ほど」) or as a loss (損害)
# claimed in writing, with another cost word further back in the sentence.
REQUESTED = [
    (
        "業者さんに調べてもらいましたら乗っ取られていたそうで、取引先からは、売上が減った分を"
        "払っていただきたいと、二百万円ほどと言われております",
        2000000,
    ),
    ("先方は、止まっていた間の売上が落ちた分を補償してほしいと、150万円を求めています", 1500000),
    (
        "被害を受けた会社から、サイトが止まった分の損害として80万円を請求する書面が届きました",
        800000,
    ),
    ("踏み台にされた件で、相手先から損害として120万を請求されました", 1200000),
    ("書面で、休業の損害として二百五十萬円を請求されています", 2500000),
]


@pytest.mark.parametrize(("text", "yen"), REQUESTED)
def test_a_loss_asked_to_be_paid_is_damages(text: str, yen: int) -> None:
    assert costs_and_left(text) == ({"damages": yen}, [])


OWN_HARM = [
    # The company's own harm, or a request denied: unassigned.
    "サーバーが止まって、うちには80万円の損害が出ました",
    "売上が減った分を払ってほしいとは言われていませんが、80万円の損失です",
]


@pytest.mark.parametrize("text", OWN_HARM)
def test_an_own_harm_stays_unassigned(text: str) -> None:
    assert costs_and_left(text) == ({}, [800000])


# 大字 in a settlement or a claim (「和解金は金五拾萬円」) is the amount in yen; the same
# characters in words (拾った, 参加) are no number.
FORMAL = [
    ("和解金は金五拾萬円で合意しました", {"damages": 500000}),
    ("和解金として金壱百弐拾萬円を支払います", {"damages": 1200000}),
    ("意見書の費用は金参拾萬円です", {"litigation": 300000}),
    ("駅で拾った人から連絡があり、データ復旧に参万円", {"data_recovery": 30000}),
]


@pytest.mark.parametrize(("text", "expected"), FORMAL)
def test_formal_numerals_are_yen(text: str, expected: dict[str, int]) -> None:
    assert costs_and_left(text) == (expected, [])
