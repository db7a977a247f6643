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


# A rate that names its own devices is that kind's count times the rate, however many rates
# the message gives (「サーバーは1台あたり50万円、PCは1台あたり10万円」); another rate's 「1台
# あたり」 is no number of devices.
NAMED_RATES: list[tuple[str, dict[str, int]]] = [
    (
        "データ復旧：サーバー2台、PC5台\nサーバーは1台あたり50万円\nPCは1台あたり10万円",
        {"data_recovery": 1500000},
    ),
    (
        "サーバー2台とPC5台の復旧をお願いしました。サーバーは1台あたり50万円、PCは1台あたり10万円です",
        {"data_recovery": 1500000},
    ),
    (
        "駆除をお願いしたのはノートPC3台とタブレット4台です。ノートPCは1台あたり5万円、タブレットは1台あたり2万円",
        {"prevention": 230000},  # 駆除 is ⑥ (the pamphlet puts 不正プログラムの駆除 there)
    ),
]


@pytest.mark.parametrize(("message", "costs"), NAMED_RATES)
def test_a_rate_that_names_its_devices_is_theirs(message: str, costs: dict[str, int]) -> None:
    assert fold(message) == costs
