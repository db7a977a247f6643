"""A price per victim, multiplied by the count said with it, then written out again as a
product in brackets (「1人1,000円の見舞金を振り込む予定です（1,000円×1,500人）」) is one cost
said twice, not two (labelling rule 8). Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message

COSTS: list[tuple[str, dict[str, int]]] = [
    ("見舞金は1人500円を送ります（500円×2,000人）", {"condolence": 1000000}),
    ("1人1,000円のQUOカードを配る予定です(1,000円×300人)", {"condolence": 300000}),
    # Near misses: another sentence, or another cost's word before the product, is another cost.
    (
        "見舞金は1人500円、2,000人です。お詫び状は（500円×2,000通）",
        {"condolence": 1000000, "incident_response": 1000000},
    ),
    ("見舞金は1人500円で2,000人", {"condolence": 1000000}),
]


@pytest.mark.parametrize(("message", "costs"), COSTS)
def test_product_in_brackets_said_again_is_one_cost(message: str, costs: dict[str, int]) -> None:
    facts, _ = facts_from_readings([read_message(message)])
    assert facts_to_json(facts)["costs"] == costs
