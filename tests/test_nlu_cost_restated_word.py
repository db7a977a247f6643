"""A product, then its total said again under the cost word between them (「PC3台、1台100万で
調査費300万」, the spec's worked example 1 as an agent writes it) is one cost of that word, not
an unassigned amount. Set 29, written blind, left it unassigned. A product with a cost word of
its own before it, then another word's equal amount, is two costs. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


ONE_COST: list[tuple[str, dict[str, int]]] = [
    ("サーバー2台、1台150万で復旧費300万", {"data_recovery": 3000000}),
    ("端末4台×25万で駆除費用100万でした", {"prevention": 1000000}),
    ("1台60万×3台でフォレンジック調査費用180万", {"investigation": 1800000}),
    ("お詫び状 1通100円×500通で発送費5万", {"incident_response": 50000}),
]

TWO_COSTS: list[tuple[str, dict[str, int]]] = [
    ("データ復旧 1台100万×3台、駆除費300万", {"data_recovery": 3000000, "prevention": 3000000}),
]


@pytest.mark.parametrize(("text", "costs"), ONE_COST)
def test_a_product_said_again_under_its_word_is_one_cost(text: str, costs: dict[str, int]) -> None:
    assert fold(text) == (costs, [])


@pytest.mark.parametrize(("text", "costs"), TWO_COSTS)
def test_a_product_with_its_own_word_and_another_cost(text: str, costs: dict[str, int]) -> None:
    assert fold(text) == (costs, [])
