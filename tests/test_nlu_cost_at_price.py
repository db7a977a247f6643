"""The unit price mark of a quote (「お詫び状 4,300通 @120円」「@150円 × 2,000通」) is a price
per item, multiplied by the count said with it (labelling rule 8). Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message

COSTS: list[tuple[str, dict[str, int]]] = [
    ("お詫び状 2,000通 @150円", {"incident_response": 300000}),
    ("お詫び状の郵送 @84円、1,000通です", {"incident_response": 84000}),
    ("コールセンター 30万、お詫び状 500通 @100円", {"incident_response": 350000}),
    # A price per item with no count says no total.
    ("お詫び状は @120円", {}),
    # Near miss: an address's @ is no price.
    ("連絡先は info@example.com です。調査費100万円", {"access_response": 1000000}),
]


@pytest.mark.parametrize(("message", "costs"), COSTS)
def test_at_price_is_multiplied_by_its_count(message: str, costs: dict[str, int]) -> None:
    facts, _ = facts_from_readings([read_message(message)])
    assert facts_to_json(facts)["costs"] == costs
