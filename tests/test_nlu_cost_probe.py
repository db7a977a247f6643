"""Amounts read wrong by key or value in sentences written to probe the cost reader: our own
provider billing us is that provider's cost, not a damages claim, and an estimate revised in
the same message by the final bill is one cost. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


# 「弁護士から相談料として30万請求されました」: a provider of a covered service (弁護士, 調査会社,
# フォレンジック業者 + から) bills for what the cost word after it names; 請求された is our bill.
BILLED: list[tuple[str, dict[str, int], list[int]]] = [
    ("訴訟の件で弁護士から相談料として30万請求されました", {"consultation": 300000}, []),
    ("弁護士から相談料として30万請求されました", {"consultation": 300000}, []),
    ("調査会社から調査費として300万請求されました", {"access_response": 3000000}, []),
    ("フォレンジック業者から解析費用として200万請求されました", {"investigation": 2000000}, []),
    # Near misses: a party naming no cost claims from us (damages), or the other side's lawyer.
    ("取引先から調査費として300万請求されました", {"damages": 3000000}, []),
    ("取引先から売上減少分として300万請求されました", {"damages": 3000000}, []),
    ("相手方の弁護士から500万請求されました", {"damages": 5000000}, []),
    ("損害賠償として取引先から1000万を請求されています", {"damages": 10000000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), BILLED)
def test_a_provider_billing_us_is_its_cost(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)


# An estimate (見積もり, と言われ, でしたが) and, after 実際/最終的/確定/請求は, the amount it came
# to: the later amount is the cost (rule 8 keeps an estimate only until the final one).
REVISED: list[tuple[str, dict[str, int], list[int]]] = [
    ("見積もりでは調査費400万でしたが、実際の請求は350万でした", {"access_response": 3500000}, []),
    ("調査費の見積もり400万、請求350万", {"access_response": 3500000}, []),
    ("見積もりは調査300万、実際の支払いは280万でした", {"access_response": 2800000}, []),
    (
        "調査費は200〜300万と言われていて、最終的に280万で決まりました",
        {"access_response": 2800000},
        [],
    ),
    ("請求額は300万でしたが、値引きで250万になりました", {"damages": 2500000}, []),
    ("復旧の概算は150万、確定したのは120万です", {"data_recovery": 1200000}, []),
    # Near misses: two costs listed, the final amount of another cost, a part paid up front.
    (
        "調査費の見積もり400万、復旧200万です",
        {"access_response": 4000000, "data_recovery": 2000000},
        [],
    ),
    (
        "見積もりでは調査300万、実際には復旧に100万かかった",
        {"access_response": 3000000, "data_recovery": 1000000},
        [],
    ),
    ("調査費は見積もり300万、うち前金100万を支払い済み", {"access_response": 3000000}, []),
    ("調査費300万、追加で50万かかりました", {"access_response": 3500000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), REVISED)
def test_an_estimate_revised_in_the_message_is_one_cost(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)


# 「調査費と復旧費で500万」: two costs joined, each with its money suffix, share one amount
# whose split is not said: unassigned, as 「調査と復旧で500万」 is.
JOINED: list[tuple[str, dict[str, int], list[int]]] = [
    ("調査費と復旧費で合計500万です", {}, [5000000]),
    ("調査費と復旧費で500万です", {}, [5000000]),
    ("調査費用と復旧費用で500万", {}, [5000000]),
    ("弁護士費用と駆除費用で60万かかりました", {}, [600000]),
    # Near misses: two words of one cost, and each cost with its own amount.
    ("コールセンター費と郵送費で80万", {"incident_response": 800000}, []),
    ("調査費300万と復旧費200万", {"access_response": 3000000, "data_recovery": 2000000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), JOINED)
def test_costs_joined_with_their_suffixes_share_an_unsplit_amount(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)


# 「さっきの300は350の誤りです」 after 「調査費は300万です」: a correction said with bare numbers
# is in 万 when one of them is a known cost in 万; with none known, it changes nothing.
BARE_RETAKES: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (("復旧費用は400万でした", "さっきの400は450の誤りでした"), {"data_recovery": 4500000}),
    (("復旧費用は400万でした", "400じゃなくて420でした"), {"data_recovery": 4200000}),
    # As 「400万は450万でした」 says it with amounts.
    (("復旧費用は400万でした", "400は450でした"), {"data_recovery": 4500000}),
    (
        ("復旧費用は400万、弁護士費用は50万", "すみません、50は60の間違いです"),
        {"data_recovery": 4000000, "consultation": 600000},
    ),
    # Near misses: no known cost is either number, two costs are the one quoted, or a count.
    (("復旧費用は400万でした", "さっきの200は250の誤りでした"), {"data_recovery": 4000000}),
    (
        ("復旧費用は400万、弁護士費用は400万", "400は450の誤りです"),
        {"data_recovery": 4000000, "consultation": 4000000},
    ),
    (("復旧費用は400万でした", "さっきの4台は5台の誤りです"), {"data_recovery": 4000000}),
]


@pytest.mark.parametrize(("messages", "costs"), BARE_RETAKES)
def test_a_bare_number_correction_quotes_a_known_cost(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert fold(*messages) == (costs, [])


# 「月100万で3か月」: a rate per month said with one period of months is the period's cost.
MONTHLY: list[tuple[str, dict[str, int], list[int]]] = [
    ("お詫び状の発送代行は月30万で4か月の見込みです", {"incident_response": 1200000}, []),
    ("コールセンターは月額80万円、2ヶ月お願いしました", {"incident_response": 1600000}, []),
    ("コールセンターは1カ月あたり50万円で6カ月分", {"incident_response": 3000000}, []),
    # Near misses: a period's total, a rate with no period, a date, a point in time.
    ("コールセンター4か月で200万", {"incident_response": 2000000}, []),
    ("コールセンターは月80万です", {"incident_response": 800000}, []),
    ("コールセンターは12月80万円、2か月", {"incident_response": 800000}, []),
    ("コールセンターは月80万で、2か月後に見直し", {"incident_response": 800000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), MONTHLY)
def test_a_monthly_rate_times_its_months(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)


# A limit supposed (「〜を超えたら」) and a 0-yen amount are no cost; a cost supposed in a
# question (「〜かかったら」) is kept, as the estimate answers with it.
NO_COST: list[tuple[str, dict[str, int], list[int]]] = [
    ("調査費用が3000万円を超えたらどうなる？", {}, []),
    ("復旧費が500万以上かかったら上限は？", {}, []),
    ("弁護士費用が100万を上回った場合は？", {}, []),
    ("調査で不正アクセスなしとなったら0円ってこと？", {}, []),
    ("調査費は0円でした。復旧に50万", {"data_recovery": 500000}, []),
    # Near misses: a cost said, or supposed with its amount.
    ("調査費用が3000万円を超えました", {"access_response": 30000000}, []),
    ("調査に300万かかったらいくら出る？", {"access_response": 3000000}, []),
    ("300万かかったらいくら出る？", {}, [3000000]),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), NO_COST)
def test_a_limit_supposed_or_zero_yen_is_no_cost(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)


# Restoring data said plainly or in English is data_recovery.
RECOVERY: list[tuple[str, dict[str, int]]] = [
    ("データ戻すのに80万かかりました", {"data_recovery": 800000}),
    ("消えたデータを戻すのに60万でした", {"data_recovery": 600000}),
    ("data recoveryの見積 1.2M", {"data_recovery": 1200000}),
]


@pytest.mark.parametrize(("text", "costs"), RECOVERY)
def test_restoring_data_is_data_recovery(text: str, costs: dict[str, int]) -> None:
    assert fold(text)[0] == costs


# A going rate or a price list (相場, 価格表, 料金表) in the amount's sentence, or in the
# question just before one asking back, is a price quoted or asked about: nothing spent.
QUOTED_PRICES: list[tuple[str, dict[str, int], list[int]]] = [
    ("ランサムの復旧って相場どれくらい？200万くらい？", {}, []),
    ("弁護士相談の相場は30万くらいと聞きました", {}, []),
    ("料金表では解析費が1台80万となっています", {}, []),
    ("業者の価格表だと、初動対応30万、フォレンジック250万", {}, []),
    ("復旧費用は100万くらいが相場ですか？", {}, []),
    # Near misses: what was spent after the rate, an answer to the question, a supposed cost.
    ("相場は50万と聞いていたが、実際は復旧に120万かかった", {"data_recovery": 1200000}, []),
    ("相場っていくら？うちは復旧に120万かかりました", {"data_recovery": 1200000}, []),
    ("調査に300万かかったらいくら出る？", {"access_response": 3000000}, []),
    ("復旧費は80万でした", {"data_recovery": 800000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), QUOTED_PRICES)
def test_a_quoted_price_is_no_cost(text: str, costs: dict[str, int], unassigned: list[int]) -> None:
    assert fold(text) == (costs, unassigned)


# Another party named with が in the amount's clause and a verb of paying after the amount
# (払う, 負担, 肩代わり): reported, but not our cost to claim.
PAID_BY_OTHERS: list[tuple[str, dict[str, int], list[int]]] = [
    ("グループ会社が復旧費用150万を肩代わりしてくれました", {}, [1500000]),
    ("委託元が弁護士費用を50万負担しています", {}, [500000]),
    ("取引先が代わりに解析費80万を支払いました", {}, [800000]),
    # Near misses: we pay, the party only bills or acts in another clause.
    ("当社が復旧費用150万を負担しました", {"data_recovery": 1500000}, []),
    ("業者が来て復旧し、150万払いました", {"data_recovery": 1500000}, []),
    ("親会社が監査に入り、復旧費150万を払いました", {"data_recovery": 1500000}, []),
    ("取引先から損害賠償として300万請求されました", {"damages": 3000000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), PAID_BY_OTHERS)
def test_a_cost_another_party_pays_is_unassigned(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)
