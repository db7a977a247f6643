"""A mark of a part followed by a count splits the things, not the money (class: counted
part). In 「駆除と初期化で20万、うち1台は古いので買い替え（12万）」 the 1台 is one of the PCs;
the 12万 is a purchase of its own (unassigned, rule 11), not a part taken from the 20万. A
share of the money (「うち1社分が100万」) and a plain part (「うち前金50万」) are still parts.
Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), sorted(state.unassigned)


CASES: list[tuple[str, dict[str, int], list[int]]] = [
    (
        "感染PCは3台。駆除と初期化で20万、うち1台は古いので買い替え（12万）",
        {"prevention": 200000},
        [120000],
    ),
    (
        "データ復旧でサーバー2台、40万。うち1台は古いので買い替えで8万",
        {"data_recovery": 400000},
        [80000],
    ),
    # A part of the money stays inside its whole.
    ("データ復旧は100万、うち前金50万は支払済みです", {"data_recovery": 1000000}, []),
    ("見舞金は合計60万、うち1社分が20万です", {"condolence": 600000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), CASES)
def test_counted_part(text: str, costs: dict[str, int], unassigned: list[int]) -> None:
    assert fold(text) == (costs, unassigned)
