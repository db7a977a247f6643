"""A fresh quote for the same work replaces the quote said before (the `requote` words of
`[costs.correction]`): 「見積もり直してもらったら170万円でした」 after a quote of 250万 is one
cost of 170万, not 420万, and the old figure quoted back above the new one (「> 見積もりは
300万」) is the one replaced (`nlu.pasted`). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


REQUOTES: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        (
            "サイトの復旧は制作会社の見積で60万円です",
            "再見積もりが届いて、作り直しが増えるので95万円になるそうです",
        ),
        {"data_recovery": 950000},
        [],
    ),
    (
        (
            "コールセンターの見積もりは300万です",
            "&gt; コールセンターの見積もりは300万\n"
            "受付時間を9時〜17時に絞って、180万で再見積もらいました",
        ),
        {"incident_response": 1800000},
        [],
    ),
    (
        (
            "ダイレクトメールの発送は業者見積で40万円",
            "部数を2,000通に減らして見積りし直してもらい、28万円です",
        ),
        {"incident_response": 280000},
        [],
    ),
    # Near misses: a cost added, a re-quote asked for with no figure yet, a re-quoted cost
    # of its own beside another one.
    (
        ("復旧の見積は60万円です", "あと再発防止でWAF導入、30万円です"),
        {"data_recovery": 600000, "prevention": 300000},
        [],
    ),
    (
        ("データ復旧の見積もりは200万です", "再見積もりをお願いしているところです"),
        {"data_recovery": 2000000},
        [],
    ),
    (
        ("データ復旧に80万円かかりました", "コールセンターは再見積もりで50万円です"),
        {"data_recovery": 800000, "incident_response": 500000},
        [],
    ),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), REQUOTES)
def test_a_fresh_quote_replaces_the_one_before(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
