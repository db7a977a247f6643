"""Money supposed or only guessed at is no cost (class: amounts that look like costs and are
not). 「もし復旧に300万くらいかかったら補償されますか？」 supposes the money, with no incident
at all; 「和解になったら200万円くらいかもと言われています」 guesses at one (labelling rule 1:
かも hedges). A bare 「調査に300万かかったらいくら出る？」 still asks about that cost, and a
figure said as fact beside a supposition still reads. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


SUPPOSED: list[tuple[str, dict[str, int], list[int]]] = [
    ("もしウイルスにやられてデータ復旧に200万かかったら、出ますか？", {}, []),
    ("万一フォレンジック調査で500万かかった場合、全額出ますか？", {}, []),
    ("万が一訴えられて賠償金が1000万になったら、どこまで補償されますか？", {}, []),
    ("もしもコールセンターを置くことになって80万かかったら対象？", {}, []),
    ("弁護士からは、和解なら300万円くらいかもと言われています", {}, []),
    ("復旧はまだ見積もり前で、100万くらいかかるかもしれません", {}, []),
    # Near misses: a cost asked about with its amount, a cost said beside a supposition.
    ("調査に300万かかったらいくら出る？", {"access_response": 3000000}, []),
    (
        "データ復旧に200万かかりましたが、もし追加が出たら補償されますか？",
        {"data_recovery": 2000000},
        [],
    ),
    ("意見書に80万円かかりました。もし和解になったらどうなりますか？", {"litigation": 800000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), SUPPOSED)
def test_money_supposed_is_no_cost(text: str, costs: dict[str, int], unassigned: list[int]) -> None:
    assert fold(text) == (costs, unassigned)
