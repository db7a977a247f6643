"""A label, a space, then a rate's word against its digits (「WAF 月2万円で1年契約」「オペレーター
日額3万円」) is one item, as 「調査 480万」 is: the word before the space names the amount.
Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message

COSTS: list[tuple[str, dict[str, int]]] = [
    ("再発防止でWAFを入れます。WAF 月2万円で1年契約", {"prevention": 240000}),
    ("復旧 50万、WAF 月2万円で1年契約", {"data_recovery": 500000, "prevention": 240000}),
    ("コールセンター 日額3万円で10日間", {"incident_response": 300000}),
    # Near misses: a plain label and amount, and a month named as a date, are as before.
    ("調査 480万", {"access_response": 4800000}),
    ("復旧完了 3月10日、復旧費 50万円", {"data_recovery": 500000}),
]


@pytest.mark.parametrize(("message", "costs"), COSTS)
def test_label_before_a_rate_names_it(message: str, costs: dict[str, int]) -> None:
    facts, _ = facts_from_readings([read_message(message)])
    assert facts_to_json(facts)["costs"] == costs
