"""Bare numbers of agent shorthand (「調査800」) said as a range, or under a unit in brackets
after the list's last number: 「フォレンジック 120〜150」 under （単位：万円） is 150万円 (ranges
take the upper end, labelling rule 8), and 「復旧 90、調査 210（万）」 says its unit once.
Without a declared unit both stay proposals to confirm. Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def read(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """(costs, proposals) of one message."""
    reading = read_message(text)
    facts, _ = facts_from_readings([reading])
    proposed = {p.key: p.yen for p in reading.proposed}
    return dict(facts_to_json(facts)["costs"]), proposed


CASES: list[tuple[str, dict[str, int], dict[str, int]]] = [
    (
        "費用（単位：万円）\n原因調査 200〜250\n復旧 80",
        {"investigation": 2500000, "data_recovery": 800000},
        {},
    ),
    ("費用：駆除 30、復旧 120（万）", {"data_recovery": 1200000, "prevention": 300000}, {}),
    (
        "感染確定です\n費用：復旧 90、原因調査 210 (万)",
        {"data_recovery": 900000, "investigation": 2100000},
        {},
    ),
    # No unit declared: proposals, the range by its upper end.
    ("復旧 50〜80、郵送 20", {}, {"data_recovery": 800000, "incident_response": 200000}),
    # Near misses: a range running down, and a range of counts or days, are no costs.
    ("調査 80〜60（万円）", {}, {}),
    ("会員 1,000〜2,000名（単位：万円）", {}, {}),
    ("調査費 3〜5日（万円）", {}, {}),
]


@pytest.mark.parametrize(("text", "costs", "proposed"), CASES)
def test_shorthand_ranges_and_a_unit_after_the_list(
    text: str, costs: dict[str, int], proposed: dict[str, int]
) -> None:
    assert read(text) == (costs, proposed)
