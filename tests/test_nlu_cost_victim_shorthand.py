"""Condolence in agent shorthand, a bare price times a count of victims (「見舞金500×800名」),
is yen per victim: read in 万 it would be 500万円 a person, no condolence money. Below
`per_victim_yen_from` (「見舞金5×800名」: 5万円 or 5円?) the unit is not told and nothing is
read; a price times devices, or said with another cost word, is none either. Sentences of
our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, int], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CASES: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (("見舞金500×600名、コールセンター90万",), {"incident_response": 900000, "condolence": 300000}),
    (("QUO 1000×1,200名で配布予定",), {"condolence": 1200000}),
    # The count taken back recounts it, as for a price written with 円.
    (("見舞金500×800名", "800名じゃなくて900名でした"), {"condolence": 450000}),
    # Near misses: a unit not told, devices counted, another cost word.
    (("見舞金5×800名",), {}),
    (("見舞金500×3台",), {}),
    (("調査500×800名",), {}),
]


@pytest.mark.parametrize(("messages", "costs"), CASES)
def test_a_bare_price_per_victim_is_yen(messages: tuple[str, ...], costs: dict[str, int]) -> None:
    assert fold(*messages) == (costs, [])
