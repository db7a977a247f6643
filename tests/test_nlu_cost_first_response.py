"""A vendor's 初動対応 (incident response) paid for is an investigation, ① or ② by what it
found (rule 9), as IR is: 「業者に来てもらって、出張と初動で25万」. Advice on it stays a
consultant's fee (rule 10). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


FIRST_RESPONSE: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        ("画面が固まって変な英語が出てるっぽい。業者に来てもらって、出張と初動で25万",),
        {"access_response": 250000},
        [],
    ),
    (
        ("不審なログインがあったので、ベンダーに初動対応を依頼しました。費用は40万円です",),
        {"access_response": 400000},
        [],
    ),
    (
        ("初動調査の見積もりが70万円で来ています",),
        {"access_response": 700000},
        [],
    ),
    # Near misses: advice on the first response, the word with no amount.
    (
        ("コンサルに初動対応の助言をもらい、費用は約90万円でした",),
        {"consultation": 900000},
        [],
    ),
    (("初動が遅れてしまいました。復旧費は60万円です",), {"data_recovery": 600000}, []),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), FIRST_RESPONSE)
def test_a_first_response_paid_for_is_an_investigation(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
