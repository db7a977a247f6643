"""A plain 調査 said beside a specific cost of ①② in the same message is another cost
(「遮断作業30万、調査は300万の見積」), not the specific one said again: both count. Only a
plain 調査 in a later message is the investigation already known (「追加で調査に50万」).
Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, int], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CASES: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (("侵入されました", "遮断作業20万、調査は150万の見積です"), {"access_response": 1700000}),
    (("ネットワーク遮断に10万、それとログ調査に80万",), {"access_response": 900000}),
    # A later message: the plain 調査 is the investigation said before, added to or replaced.
    (
        ("侵入されました", "フォレンジック調査で200万円", "追加で調査に50万円"),
        {"investigation": 2500000},
    ),
    (("侵入されました", "原因調査に300万", "調査は350万になりました"), {"investigation": 3500000}),
]


@pytest.mark.parametrize(("messages", "costs"), CASES)
def test_a_plain_investigation_beside_a_specific_one_is_another_cost(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert fold(*messages) == (costs, [])
