"""A rough figure replaced by the formal quote in one message (class: formal quote). 「予定
は50万でしたが、正式な見積もりで65万になりました」 and 「正式見積もりで150万になりました（120万
は概算でした）」 name one cost twice: the formal quote stands, the rough figure is no cost
beside it (rule 8: 見積もり keeps the number until a final one is said). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> dict[str, Any]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


FORMAL: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (
        ("弁護士費用は40万の予定でしたが、正式な見積もりが届いて48万になりました",),
        {"consultation": 480000},
    ),
    (("データ復旧の概算は90万、正式見積では110万でした",), {"data_recovery": 1100000}),
    # The rough figure named after the formal one.
    (("復旧作業は正式な見積もりで200万です（180万は概算でした）",), {"data_recovery": 2000000}),
    (
        (
            "サイトの復旧に80万かかる見込みです",
            "訂正です。正式見積もりが出て95万になりました（80万は仮の数字でした）",
        ),
        {"data_recovery": 950000},
    ),
]


@pytest.mark.parametrize(("messages", "costs"), FORMAL)
def test_the_formal_quote_stands(messages: tuple[str, ...], costs: dict[str, int]) -> None:
    assert fold(*messages) == costs


TWO_COSTS: list[tuple[tuple[str, ...], dict[str, int]]] = [
    # Two items, neither said rough: both stand.
    (("お詫び状の郵送で30万、コールセンターで120万です",), {"incident_response": 1500000}),
    # 概算 said of the only amount: it keeps the number.
    (("データ復旧は概算で70万です",), {"data_recovery": 700000}),
]


@pytest.mark.parametrize(("messages", "costs"), TWO_COSTS)
def test_amounts_not_replaced(messages: tuple[str, ...], costs: dict[str, int]) -> None:
    assert fold(*messages) == costs
