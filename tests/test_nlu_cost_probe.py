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
