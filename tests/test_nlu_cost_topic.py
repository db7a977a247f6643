"""A cost named in one message with no amount, and its amount in the next one.

「見舞金を支払う予定です」 then 「1名500円、800名です」: the bare amount is the cost just
named. Our own conversations; where the purpose cannot be told the amount stays unassigned.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return facts_to_json(facts)["costs"], state.unassigned


NAMED_THEN_PRICED = [
    (
        ("お見舞いとしてQUOカードを送るつもりです", "会員さん300名に1人500円です"),
        {"condolence": 150000},
    ),
    (
        ("コールセンターを外部に頼みました", "見積もりで180万円でした"),
        {"incident_response": 1800000},
    ),
    (
        ("写真家の代理人から請求が来ました。請求額は$3,000です", "円に直すと約45万円でした"),
        {"damages": 450000},
    ),
    (("弁護士に相談しています", "着手金は30万円です"), {"consultation": 300000}),
]

STAYS_UNASSIGNED = [
    # The cost named is denied, or two kinds are named: the amount's purpose is not said.
    (("コールセンターは開設していません", "200万円かかりました"), [2000000]),
    (("弁護士とコールセンターを手配しました", "合わせて250万円です"), [2500000]),
    # An amount said with a word of no coverage is that word's.
    (("復旧業者に頼みました", "売上が300万円減りました"), [3000000]),
    # Only the message right before names the cost.
    (("見舞金を支払う予定です", "来週また連絡します", "500万円です"), [5000000]),
]


@pytest.mark.parametrize(("messages", "costs"), NAMED_THEN_PRICED)
def test_a_bare_amount_is_the_cost_just_named(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert fold(*messages) == (costs, [])


@pytest.mark.parametrize(("messages", "unassigned"), STAYS_UNASSIGNED)
def test_an_amount_of_untold_purpose_stays_unassigned(
    messages: tuple[str, ...], unassigned: list[int]
) -> None:
    assert fold(*messages) == ({}, unassigned)
