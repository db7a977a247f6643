"""A rate said right after a list of devices is each of them, and a correction's new total
recounts it (class: device list). 「対象はサーバー1台、PC4台、1台あたり20万円」 is 5 × 20万
(rule 8); 「訂正です、PCは3台でした。計4台です」 makes it 4 × 20万. A total said in a
correction with no rate before it changes nothing. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> dict[str, Any]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


CASES: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (
        ("感染の有無を調べてもらいます。対象はサーバー1台、PC4台、1台あたり20万円",),
        {"access_response": 1000000},
    ),
    (
        (
            "侵入の有無の確認をお願いしました。サーバー2台、PC2台、1台あたり30万円です",
            "訂正です、PCは1台でした。計3台です",
        ),
        {"access_response": 900000},
    ),
]


@pytest.mark.parametrize(("messages", "costs"), CASES)
def test_rate_of_listed_devices(messages: tuple[str, ...], costs: dict[str, int]) -> None:
    assert fold(*messages) == costs


def test_a_total_said_with_no_rate_before_changes_nothing() -> None:
    assert fold("データ復旧は80万です", "訂正です、PCは2台でした。計4台です") == {
        "data_recovery": 800000
    }
