"""A price times the persons affected, their number said elsewhere (「見舞金 QUO500円×対象
会員」「1,000円×対象者」「500円 x 人数分」), is a price per victim, multiplied once the
victims are counted; taken as written, 500円 would be the whole cost, a wrong amount.
Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, int], list[int], dict[str, dict[str, int]]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned), state.per_victim


CASES: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (
        ("対象の会員は800名です", "見舞金はQUOカード500円×対象会員で考えています"),
        {"condolence": 400000},
    ),
    (("漏えいした顧客は1,500人", "お詫びの品 1,000円×対象者"), {"condolence": 1500000}),
    (("見舞金 500円 x 人数分、対象は2,000名",), {"condolence": 1000000}),
    # Near miss: a cost that only speaks of the persons affected is not per person.
    (("コールセンター 200万、対象者への案内も含む",), {"incident_response": 2000000}),
]


@pytest.mark.parametrize(("messages", "costs"), CASES)
def test_a_price_times_the_persons_affected(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert fold(*messages)[:2] == (costs, [])


def test_uncounted_it_waits_for_the_count() -> None:
    """No number of victims yet: no cost, the price per victim kept for the count."""
    assert fold("見舞金 500円×対象者（人数は確認中）") == (
        {},
        [],
        {"condolence": {"individuals": 500}},
    )
