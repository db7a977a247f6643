"""An amount only wished for and said undecided in its sentence is no cost
(`nlu.cost_wishes`): 「商品券を1人2千円分配りたいと部長は言ってますが、まだ決まってません」
would show an estimate for money that may never be spent. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


WISHES: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        (
            "会員120名のメールアドレスが流出",
            "商品券を2千円分ずつ配りたいと部長は言ってますが、まだ決まってません",
        ),
        {},
        [],
    ),
    (
        ("お詫びに1人500円の見舞金を払いたいけど、金額は未定です",),
        {},
        [],
    ),
    # Near misses: a wish with nothing undecided, a plan, an undecided word about another
    # sentence's matter.
    (
        ("顧客40名の住所が漏れました", "見舞金は1人1,000円を払いたいと思います"),
        {"condolence": 40000},
        [],
    ),
    (
        (
            "顧客40名の住所が漏れました",
            "1人500円のQUOカードを送る予定です。公表するかはまだ決めてません",
        ),
        {"condolence": 20000},
        [],
    ),
    (
        ("データ復旧は業者に頼みたい、見積は50万円。公表はまだ決めていません",),
        {"data_recovery": 500000},
        [],
    ),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), WISHES)
def test_a_wish_not_decided_is_no_cost(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
