"""A price per device said after the devices hit were counted in another message
(`nlu.device_prices`; issue #10, costs read wrong): 「サーバー2台が暗号化」 then 「復旧は1台
40万円」 is 80万円, never 40万円. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message
from nlu.facts_builder import FactState
from nlu.state_facts import to_facts


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


COUNTED_BEFORE: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    # A price per device, with or without あたり, times the devices counted before.
    (
        ("営業部のノートPC4台がウイルスに感染しました", "駆除は1台2万5千円でお願いしました"),
        {"prevention": 100000},
        [],
    ),
    (
        (
            "ファイルサーバー2台が暗号化されました。社内で気付きました",
            "データ復旧は1台あたり40万円です",
        ),
        {"data_recovery": 800000},
        [],
    ),
    # The hit ones counted out of a whole (中, のうち): the part is the number.
    (
        ("店舗の端末30台のうち6台で不審な通信を検知", "業者の駆除作業は1台につき3万円"),
        {"prevention": 180000},
        [],
    ),
    (
        ("社用PC12台中2台がマルウェアに感染", "駆除費用は1台あたり4万円の見積もり"),
        {"prevention": 80000},
        [],
    ),
    # Near misses: two different numbers of devices (which the rate is for, not said), no
    # devices counted at all, the devices counted in the price's own message.
    (
        ("PC3台とサーバー1台が感染しました", "駆除は1台あたり5万円です"),
        {},
        [50000],
    ),
    (("ランサムウェアに感染しました", "復旧は1台あたり20万円です"), {}, [200000]),
    (
        ("PC8台が感染", "駆除はPC5台分を先にやります、1台3万円で5台です"),
        {"prevention": 150000},
        [],
    ),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), COUNTED_BEFORE)
def test_a_price_per_device_takes_the_devices_counted_before(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


def test_the_number_of_devices_survives_the_stored_state() -> None:
    """A conversation stored between two messages still multiplies the price per device."""
    state = FactState()
    state.apply(read_message("事務所のPC3台がランサムウェアに感染しました"))
    state = FactState.from_json(state.to_json())
    state.apply(read_message("駆除は1台4万円で業者に頼みます"))
    assert dict(facts_to_json(to_facts(state))["costs"]) == {"prevention": 120000}
