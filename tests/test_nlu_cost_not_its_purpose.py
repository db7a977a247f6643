"""Amounts that a nearby cost word does not explain (class: money that is no cost of ours).

Four ways an amount used to take a cost it was not said for: listed beside that cost with
と/や (「振り込んだ1.2億と調査費が出るか」); the company's own 損失 (labelling rule 11), which
took a cost word of the next sentence; a claim only said to be possible (「請求するかも」,
rule 1); and money wired to a fraudster's account, the loss itself. Each stays unassigned
(reported, never guessed) or is no cost at all. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def costs_and_left(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


LISTED_BESIDE = [
    ("振り込んだ2,000万と調査費が出るか知りたいです", 20_000_000),
    ("売上の減少500万や弁護士費用は補償されますか", 5_000_000),
    ("残業で出た80万と復旧費用、どちらも対象ですか？", 800_000),
]


@pytest.mark.parametrize(("text", "yen"), LISTED_BESIDE)
def test_an_amount_listed_beside_a_cost_word_is_not_that_cost(text: str, yen: int) -> None:
    assert costs_and_left(text) == ({}, [yen])


QUOTED_PRICES = [
    # A quote's と, said to whoever named the price: the price is theirs to name.
    # A plain 調査 with access not yet known is the check for it (①).
    ("見積もりは300万と調査会社に言われました", {"access_response": 3_000_000}),
    ("復旧は120万と復旧業者から聞いています", {"data_recovery": 1_200_000}),
    # Two amounts, each with its own word, still read one by one.
    (
        "調査費300万と弁護士費用50万がかかりました",
        {"access_response": 3_000_000, "consultation": 500_000},
    ),
]


@pytest.mark.parametrize(("text", "costs"), QUOTED_PRICES)
def test_a_price_quoted_by_a_provider_keeps_its_cost(text: str, costs: dict[str, int]) -> None:
    assert costs_and_left(text)[0] == costs


OWN_LOSSES = [
    "工場が2日止まった損失は1,800万ほど。復旧は社内でやったので外注費はゼロです",
    "営業停止の損失が1,800万。データ復旧は自分たちでやりました",
]


@pytest.mark.parametrize("text", OWN_LOSSES)
def test_the_companys_own_loss_stays_unassigned(text: str) -> None:
    assert costs_and_left(text) == ({}, [18_000_000])


CLAIMED_LOSSES = [
    "取引先の損失300万円を請求されました",
    "お客様から、営業できなかった損失として300万円を請求されています",
]


@pytest.mark.parametrize("text", CLAIMED_LOSSES)
def test_anothers_loss_claimed_from_us_is_damages(text: str) -> None:
    assert costs_and_left(text) == ({"damages": 3_000_000}, [])


CLAIMS_IN_DOUBT = [
    "取引先から被害額5,000万円を請求するかも、と言われています",
    "お客様から300万円の損害賠償を求められるかもしれません",
    "賠償金として300万円を請求される可能性があります",
]


@pytest.mark.parametrize("text", CLAIMS_IN_DOUBT)
def test_a_claim_that_may_come_is_no_cost(text: str) -> None:
    assert costs_and_left(text)[0] == {}


CLAIMS_MADE = [
    ("取引先から賠償金300万円を請求されました", 3_000_000),
    ("お客様から300万円の損害賠償を求められました", 3_000_000),
]


@pytest.mark.parametrize(("text", "yen"), CLAIMS_MADE)
def test_a_claim_made_is_damages(text: str, yen: int) -> None:
    assert costs_and_left(text) == ({"damages": yen}, [])


FRAUD_TRANSFERS = [
    "取引先を装ったメールの指示で、偽口座に 1.2億円 を振込。調査費は80万円です",
    "偽の振込先に3,000万円を送ってしまいました。調査費は80万円です",
]


@pytest.mark.parametrize("text", FRAUD_TRANSFERS)
def test_money_wired_to_a_fraudster_is_no_cost(text: str) -> None:
    costs, _ = costs_and_left(text)
    assert costs == {"investigation": 800_000}


FIRST_FIGURES = [
    # The figure first named, said after what it came to: replaced, no cost beside it.
    (
        "相手方と和解金 250万円 で合意しました。最初の請求は 400万 だったので、だいぶ下がりました",
        2_500_000,
    ),
    ("和解金は180万円に決まりました。当初の請求額は300万でした", 1_800_000),
]


@pytest.mark.parametrize(("text", "yen"), FIRST_FIGURES)
def test_the_first_figure_said_after_is_no_cost(text: str, yen: int) -> None:
    assert costs_and_left(text) == ({"damages": yen}, [])


def test_a_first_figure_alone_stays() -> None:
    """With no other amount to replace it, the figure is still read (here unassigned)."""
    assert costs_and_left("最初の請求は400万円でした") == ({}, [4_000_000])


SAME_AMOUNTS = [
    # 「同額」 after another cost word is the amount said just before, again.
    ("使用料として45万円、事後承諾料として同額を請求されています", {"damages": 900_000}),
    (
        "調査費は300万円、復旧費も同額と言われました",
        {"access_response": 3_000_000, "data_recovery": 3_000_000},
    ),
    # With no cost word between, it says the amounts are alike: nothing more to add.
    (
        "取引先3社から損害賠償請求、請求額は1社あたり400万円です（3社とも同額）",
        {"damages": 12_000_000},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_AMOUNTS)
def test_the_same_amount_again_for_another_cost(text: str, expected: dict[str, int]) -> None:
    assert costs_and_left(text) == (expected, [])


DECLINED = [
    # A payment declined right after its amount: no cost.
    ("弁護士の相談料は30万です。見舞金（1社5万とか）は出さない方針です", {"consultation": 300_000}),
    (
        "見舞金は1人500円ですが、配りません。お詫び状の郵送は12万円です",
        {"incident_response": 120_000},
    ),
    # An example put to the bot is no cost either.
    ("調査費用っていくらまで出ます？例えば500万とか", {}),
]


@pytest.mark.parametrize(("text", "expected"), DECLINED)
def test_a_declined_or_example_amount_is_no_cost(text: str, expected: dict[str, int]) -> None:
    assert costs_and_left(text)[0] == expected


MUST_PAY = [
    # Must pay, or asked whether to: still the amount said.
    ("調査費300万を払わないといけないです", {"access_response": 3_000_000}),
    ("見舞金500円は出さないといけないですか", {"condolence": 500}),
]


@pytest.mark.parametrize(("text", "expected"), MUST_PAY)
def test_an_obligation_is_not_a_refusal(text: str, expected: dict[str, int]) -> None:
    assert costs_and_left(text)[0] == expected


COUNTERFACTUAL = [
    # An option's price said as what it would have been: not taken, no cost.
    ("窓口は社員で対応しました。外注のコールセンターなら見積り280万だったので、安く済みました", {}),
    ("業者に頼むなら300万でしたが、自分たちで復旧しました", {}),
    # A conditional quote said in the present stands as the price named.
    ("コールセンターなら280万円です", {"incident_response": 2_800_000}),
]


@pytest.mark.parametrize(("text", "expected"), COUNTERFACTUAL)
def test_an_option_not_taken_is_no_cost(text: str, expected: dict[str, int]) -> None:
    assert costs_and_left(text)[0] == expected
