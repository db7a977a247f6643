"""Costs keyed by the work named as work: cutting the network off is ① (rule 9) and a
briefing the company holds for those affected is ⑤ (rule 10, like a press conference). The
same words said of an act done (「切り離したPCは廃棄」) or of a briefing attended name no
cost. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CUT_OFF: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (("サーバーのネットワーク切り離しを業者に頼んで25万でした",), {"access_response": 250000}, []),
    (("初動でLANから切り離してもらい、その作業が8万円",), {"access_response": 80000}, []),
    (
        ("ランサムにやられた", "業者にネットワークから切り離してもらった。費用は12万円"),
        {"access_response": 120000},
        [],
    ),
    (
        ("切り離し作業15万、復旧に200万",),
        {"access_response": 150000, "data_recovery": 2000000},
        [],
    ),
    # Near miss: the act done to a PC, and the PC bought again, is no cut-off paid for.
    (("PCを買い替えることにしました。切り離したPCは廃棄、新しいPCは18万円",), {}, [180000]),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), CUT_OFF)
def test_cutting_the_network_off_is_the_first_response(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


BRIEFINGS: list[tuple[str, dict[str, int], list[int]]] = [
    ("住民説明会を開いて、会場と資料で15万円かかりました", {"incident_response": 150000}, []),
    ("保護者向け説明会の会場費が5万円です", {"incident_response": 50000}, []),
    ("被害者説明会の開催に20万円", {"incident_response": 200000}, []),
    # Near miss: a briefing attended, not held for those affected.
    ("保険の説明会に参加しました。会費は5千円", {}, [5000]),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), BRIEFINGS)
def test_a_briefing_held_for_those_affected_is_incident_response(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)
