"""A later amount for a cost said before (class: corrections). 「さっきの300万は380万の誤り」
replaces the quoted cost even beside a new cost; said twice it is one correction; a change
verb (「400万に増えました」) replaces the cost; a correction of another item, or a change of a
count, leaves the cost alone. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def costs(*messages: str) -> dict[str, Any]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


CORRECTED = [
    (
        (
            "原因調査をフォレンジック業者に依頼、見積は400万",
            "さっきの400万は450万の誤りでした。あとコールセンターで120万",
        ),
        {"investigation": 4500000, "incident_response": 1200000},
    ),
    (
        (
            "被害範囲の調査に二百万かかります",
            "失礼、さっきの二百万は二百五十万の誤りでした。二百五十万です",
        ),
        {"investigation": 2500000},
    ),
    (
        ("弁護士に50万、データ復旧に200万", "データ復旧は260万に増えました"),
        {"consultation": 500000, "data_recovery": 2600000},
    ),
    (
        ("コールセンターは150万の見積です", "コールセンターは120万に減りました"),
        {"incident_response": 1200000},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), CORRECTED)
def test_later_amount_replaces(messages: tuple[str, ...], expected: dict[str, int]) -> None:
    assert costs(*messages) == expected


KEPT = [
    # The corrected amount is none of the costs: a new cost is added, the old one stays.
    (
        ("原因調査の見積は400万", "さっきの件数は誤りでした。あとコールセンターで120万"),
        {"investigation": 4000000, "incident_response": 1200000},
    ),
    # A count grew, not a cost.
    (
        ("データ復旧に200万かかります", "問い合わせが300件に増えました"),
        {"data_recovery": 2000000},
    ),
]


@pytest.mark.parametrize(("messages", "expected"), KEPT)
def test_other_corrections_leave_costs(messages: tuple[str, ...], expected: dict[str, int]) -> None:
    assert costs(*messages) == expected
