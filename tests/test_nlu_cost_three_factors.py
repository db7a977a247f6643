"""A rate with a count on each side (「オペレーター5名 × 日額3万円 × 10日」「3名×2万円×5日」) is
the product of all three: the staff times the day rate times the days (labelling rule 8:
per-unit amounts are multiplied). Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message

COSTS: list[tuple[str, dict[str, int]]] = [
    ("コールセンターの見積：オペレーター4名 × 日額2万円 × 15日", {"incident_response": 1200000}),
    ("コールセンター 3名×2万円×5日", {"incident_response": 300000}),
    ("コールセンター 2名 × 単価30万円 × 3", {"incident_response": 1800000}),
    # Near misses: one count on one side stays one product.
    ("調査 3台×100万円", {"access_response": 3000000}),
    ("お詫び状 2,000通 × 150円", {"incident_response": 300000}),
]


@pytest.mark.parametrize(("message", "costs"), COSTS)
def test_counts_on_both_sides_multiply_the_rate(message: str, costs: dict[str, int]) -> None:
    facts, _ = facts_from_readings([read_message(message)])
    assert facts_to_json(facts)["costs"] == costs
