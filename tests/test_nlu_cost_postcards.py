"""Postcards of apology are apology letters (class: postcards). 「お詫びハガキ 63円×800通」 is
what bringing the incident under control costs (rule 10: apology letters, postage), said
beside the call centre it adds to; a bare ハガキ names no cost, since it may be what was
mis-sent. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), sorted(state.unassigned)


POSTCARDS: list[tuple[str, dict[str, int]]] = [
    ("お詫びハガキ 63円×800通を送ります", {"incident_response": 50400}),
    ("対応費：\n- お詫びはがき 85円×1,000通\n- コールセンター 50万", {"incident_response": 585000}),
    ("ハガキ代が4万円かかりました", {"incident_response": 40000}),
]


@pytest.mark.parametrize(("text", "costs"), POSTCARDS)
def test_postcards_of_apology_are_incident_response(text: str, costs: dict[str, int]) -> None:
    assert fold(text) == (costs, [])


def test_a_bare_postcard_names_no_cost() -> None:
    assert fold("DMのハガキ500通を誤って別の住所に送りました。損失は3万円です")[0] == {}
