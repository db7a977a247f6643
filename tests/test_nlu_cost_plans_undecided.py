"""An amount only thought of as a plan and said undecided in its sentence is no cost
(`nlu.cost_wishes`): 「見舞金は1人千円くらいで考えてますが、まだ決めてません」 would show an
estimate for money that may never be spent. A plan said alone stands. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


PLANS: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        (
            "会員80名の住所録が入ったPCを盗まれました",
            "見舞金は1人千円くらいで考えてますが、まだ決めてません",
        ),
        {},
        [],
    ),
    (
        (
            "お客様250名分の情報が漏れた件です",
            "お詫びのQUOカードは五百円分を送ろうと思っておりますが、金額は未定です",
        ),
        {},
        [],
    ),
    (
        ("取引先6社に誤送信しました。1社あたり3万円の見舞金で考えていますが、社内で検討中です",),
        {},
        [],
    ),
    # Near misses: a plan with nothing undecided, an undecided word in another sentence,
    # a plan for a cost already paid.
    (
        ("会員80名の住所録が入ったPCを盗まれました", "見舞金は1人千円で考えています"),
        {"condolence": 80000},
        [],
    ),
    (
        (
            "会員80名の住所録が入ったPCを盗まれました",
            "見舞金は1人千円で考えています。公表するかはまだ決めてません",
        ),
        {"condolence": 80000},
        [],
    ),
    (
        ("復旧は業者に120万円で頼みました。再発防止策はまだ決めていません",),
        {"data_recovery": 1200000},
        [],
    ),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), PLANS)
def test_a_plan_not_decided_is_no_cost(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
