"""A total of listed costs said with 「合わせて」 (class: sum of listed). 「22万と11万、合わせて
33万」 says the listed amounts again as one sum: no other cost. 「除去と再発防止策で合わせて80万」
joins purposes into one cost: it stays. Only an amount that is the sum of those said right
before it is a total. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def costs(*messages: str) -> dict[str, Any]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


SUMS = [
    (
        ("損害賠償として使用料30万と事後承諾料15万、合わせて45万を請求されています。",),
        {"damages": 450_000},
    ),
    (
        ("調査に200万、データ復旧に100万、あわせて300万かかりました。",),
        {"access_response": 2_000_000, "data_recovery": 1_000_000},
    ),
    (
        ("コールセンター60万、お詫び状の郵送で20万。合わせると80万です。",),
        {"incident_response": 800_000},
    ),
]

# 「合わせて」 joining purposes, or an amount that is no sum of those before it: a cost.
NOT_SUMS = [
    (
        ("調査に300万、除去と再発防止策で合わせて50万円でした。",),
        {"access_response": 3_000_000, "prevention": 500_000},
    ),
    (
        ("調査費200万円。これと合わせてコールセンター50万。",),
        {"access_response": 2_000_000, "incident_response": 500_000},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), SUMS)
def test_a_sum_of_listed_costs_is_no_other_cost(
    messages: tuple[str, ...], expected: dict[str, int]
) -> None:
    assert costs(*messages) == expected


@pytest.mark.parametrize(("messages", "expected"), NOT_SUMS)
def test_joined_purposes_stay_a_cost(messages: tuple[str, ...], expected: dict[str, int]) -> None:
    assert costs(*messages) == expected
