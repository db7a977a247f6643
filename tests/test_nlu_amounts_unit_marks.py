"""Prices per unit in an agent's or a spreadsheet's marks are multiplied: 「@」 between a
price and its count, a counter after a slash (「円/人」), and calls counted as コール
(config/nlu_amounts.toml, config/nlu_counts.toml; labelling rule 8). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


UNIT_MARKS: list[tuple[str, dict[str, int], list[int]]] = [
    ("弁護士相談 15万@4回", {"consultation": 600000}, []),
    ("復旧作業 2台@35万", {"data_recovery": 700000}, []),
    ("商品券 2,000円/人、配布対象は750人", {"condolence": 1500000}, []),
    ("お詫び状の発送 110円/通 × 5,000通", {"incident_response": 550000}, []),
    ("駆除 4万円/台で12台", {"prevention": 480000}, []),
    ("問い合わせ窓口は1コールあたり600円、想定2,500コール", {"incident_response": 1500000}, []),
    # Near misses: a slash between the items of a list, a date, a mail address.
    (
        "原因調査 300万/コールセンター 150万/見舞金 1人500円×800名",
        {"investigation": 3000000, "incident_response": 1500000, "condolence": 400000},
        [],
    ),
    ("復元 80万/台帳の整理は社内で", {"data_recovery": 800000}, []),
    ("5/12に依頼、データ復旧費は40万円", {"data_recovery": 400000}, []),
    ("請求書は billing@example.jp から届きました。弁護士費用30万円", {"consultation": 300000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), UNIT_MARKS)
def test_a_price_per_unit_in_marks_is_multiplied(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)
