"""A price said before and after tax side by side (「税抜300万円／税込330万円」「200万円（税込
220万円）」) is one cost, the amount payable: read as two it adds the same work twice
(labelling rule 8). Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message

COSTS: list[tuple[str, dict[str, int]]] = [
    ("サイト復旧の見積、税抜100万円／税込110万円です", {"data_recovery": 1100000}),
    ("復旧費用は200万円（税込220万円）でした", {"data_recovery": 2200000}),
    ("コールセンター 税別50万円・税込55万円", {"incident_response": 550000}),
    # Near misses: a price said once, or two costs each with its own word, stay as said.
    ("サイト復旧の見積は税抜100万円です", {"data_recovery": 1000000}),
    (
        "復旧は税別200万円、コールセンターは税込330万円",
        {"data_recovery": 2000000, "incident_response": 3300000},
    ),
    (
        "復旧 100万円、税込220万円のコールセンター",
        {"data_recovery": 1000000, "incident_response": 2200000},
    ),
]


@pytest.mark.parametrize(("message", "costs"), COSTS)
def test_price_before_and_after_tax_is_one_cost(message: str, costs: dict[str, int]) -> None:
    facts, _ = facts_from_readings([read_message(message)])
    assert facts_to_json(facts)["costs"] == costs
