"""A lump sum whose breakdown is said not to be given names no purpose (class: lump sum).
「ベンダーに『初動対応費』として一括で40万円払いました。内訳はまだです」 is unassigned (rule 11:
lump sums whose purpose is not said), not the ⑤ its label would make it; said with its
breakdown, or not as one sum, the cost word stands. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), sorted(state.unassigned)


CASES: list[tuple[str, dict[str, int], list[int]]] = [
    ("ベンダーに『初動対応費』として一括で40万円払いました。内訳はまだです", {}, [400000]),
    ("保守業者にまとめて25万円支払いました。内訳は不明です", {}, [250000]),
    # The breakdown is not said to be missing: the word it was paid under stands.
    ("コールセンターの費用として一括で40万円払いました", {"incident_response": 400000}, []),
    # Not one sum: its own cost word.
    (
        "お詫び状の郵送に12万円かかりました。内訳はまだもらってません",
        {"incident_response": 120000},
        [],
    ),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), CASES)
def test_lump_sum(text: str, costs: dict[str, int], unassigned: list[int]) -> None:
    assert fold(text) == (costs, unassigned)
