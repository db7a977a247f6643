"""A later message that corrects a price per victim, with no cost word and no count, gives
the cost that price times the count known, not the bare price (`nlu.facts_builder.costs`;
labelling rule 8: per-unit amounts are multiplied). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CORRECTED_PRICES: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        ("お見舞いとして会員1,200名に1人500円を送ります", "失礼、1人800円の間違いでした"),
        {"condolence": 960000},
        [],
    ),
    (
        ("商品券を1名1,000円で、対象は400名です", "訂正します。1名2,000円です"),
        {"condolence": 800000},
        [],
    ),
    (
        ("患者さん600名にQUOカード500円分を配ります", "やっぱり1人1,000円分にします"),
        {"condolence": 600000},
        [],
    ),
    # Near misses: a corrected total, a price with its own count, a cost made of no count.
    (
        ("見舞金は1人500円、対象1,000名です", "訂正です、総額60万円でした"),
        {"condolence": 600000},
        [],
    ),
    (
        ("見舞金は1人500円、対象1,000名です", "訂正です、1人700円で900名でした"),
        {"condolence": 630000},
        [],
    ),
    (
        ("調査費は300万円、対象は800名です", "訂正です、350万円でした"),
        {"access_response": 3500000},
        [],
    ),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), CORRECTED_PRICES)
def test_a_corrected_price_per_victim_is_multiplied_by_the_known_count(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
