"""A consultant asked about a measure is who is paid, wherever the amount stands (class:
consultant topic). 「セキュリティコンサルに再発防止計画を作ってもらうので 55万」 is a consultant's
fee (③) even though its topic is recurrence prevention and the amount comes after a clause
break (rule 10). A cost word after an amount, in the sentence of a later amount, is that
later amount's: it does not name the price of the sentence before. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), sorted(state.unassigned)


CONSULTANT: list[tuple[str, dict[str, int]]] = [
    ("セキュリティコンサルに再発防止策をまとめてもらうので 40万", {"consultation": 400000}),
    ("コンサルタントに再発防止の計画を作ってもらうため、費用は 30万です", {"consultation": 300000}),
    (
        "再発防止でWAFを入れます。月額2万円×12ヶ月。あとコンサルに再発防止策を見てもらうので 25万",
        {"prevention": 240000, "consultation": 250000},
    ),
]


@pytest.mark.parametrize(("text", "costs"), CONSULTANT)
def test_consultant_asked_is_paid(text: str, costs: dict[str, int]) -> None:
    assert fold(text) == (costs, [])


NOT_CONSULTATION: list[str] = [
    # The measure carried out, the consultant only mentioned after it, not asked for it.
    "再発防止策としてEDRを入れるので 60万、コンサルの意見も聞きます",
    # No consultant: the measure alone.
    "再発防止の計画を社内で作るので、研修に 10万",
    # The consultant said in the sentence before, not asked for the measure priced.
    "コンサルの助言も受けました。再発防止でUTMを入れるので 35万",
]


@pytest.mark.parametrize("text", NOT_CONSULTATION)
def test_no_consultant_fee(text: str) -> None:
    assert "consultation" not in fold(text)[0]
