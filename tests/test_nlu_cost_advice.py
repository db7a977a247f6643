"""Advice paid for (「助言」「アドバイス」) is a lawyer's or a consultant's fee, ③, even when
its topic is recurrence prevention (rule 10); carrying the measures out stays ⑥. Sentences
of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message

COSTS: list[tuple[str, dict[str, int]]] = [
    ("再発防止策の助言料 20万円", {"consultation": 200000}),
    ("再発防止の進め方への助言 月10万円×2ヶ月", {"consultation": 200000}),
    ("社外の専門家の助言に10万円", {"consultation": 100000}),
    # Near misses: the measures themselves, or work done after advice, keep their key.
    ("再発防止策の実施 100万", {"prevention": 1000000}),
    ("専門家の助言を受けて復旧しました。復旧 50万", {"data_recovery": 500000}),
]


@pytest.mark.parametrize(("message", "costs"), COSTS)
def test_advice_is_a_consultation_fee(message: str, costs: dict[str, int]) -> None:
    facts, _ = facts_from_readings([read_message(message)])
    assert facts_to_json(facts)["costs"] == costs
