"""A consultant or lawyer asked about recurrence prevention is paid as consultation (③),
even when the topic is prevention (rule 10): 「コンサル会社に再発防止の計画づくりをお願い
して50万円」. Prevention carried out, or a consultant only named, keeps ⑥ or tells nothing.
Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, int], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CASES: list[tuple[str, dict[str, int], list[int]]] = [
    ("コンサル会社に再発防止の計画づくりをお願いして45万円です", {"consultation": 450000}, []),
    ("弁護士さんに再発防止策の助言をもらって20万", {"consultation": 200000}, []),
    (
        "相談料が1時間3万円で2時間、あとコンサルタントに再発防止の研修を頼んで30万",
        {"consultation": 360000},
        [],
    ),
    # Near misses: prevention carried out, with a consultant named apart or as who proposed it.
    ("再発防止でEDRを入れて80万、コンサルの報告書は別です", {"prevention": 800000}, []),
    ("コンサルの提案で再発防止にUTMを入れました、60万", {}, [600000]),
    ("再発防止策の実施に100万", {"prevention": 1000000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), CASES)
def test_a_consultant_asked_about_prevention_is_consultation(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)
