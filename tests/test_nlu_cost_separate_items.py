"""A later message giving another amount for a cost already known (class: later item of one
cost). 「コールセンター80万」 then 「お詫び状の郵送で12万」 are two items of ⑤ that add up
(labelling rule 8); the same item said again with another amount, or one said with a word
that may name anything (対応費), or a written total, is no new item: the first amount stays
and the clash is left to ask about. Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message
from nlu.facts_builder.state import FactState


def costs(*messages: str) -> dict[str, int]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


ADDED = [
    (("コールセンターを開設しました。委託費は80万", "お詫び状の印刷と郵送で12万"), 920000),
    (("記者会見の会場費で30万", "あと新聞広告に50万かかりました"), 800000),
    (("お詫び状の発送で15万", "問い合わせ窓口の外注が40万です"), 550000),
    (("専用ダイヤルを設けました、60万", "記者会見もやって20万", "郵送費が8万"), 880000),
]

KEPT = [
    # The same item said again with another amount: a clash, the first amount stays.
    (("コールセンターは80万", "窓口の費用は100万"), 800000),
    (("お詫び状の郵送で12万", "発送の費用は15万"), 120000),
    # A word that may name any item of ⑤.
    (("コールセンターに80万", "事故対応の費用が50万"), 800000),
    # A total of what was said.
    (("コールセンター80万", "郵送も含めて全部で92万"), 800000),
]


@pytest.mark.parametrize(("turns", "yen"), ADDED)
def test_another_item_of_the_cost_adds(turns: tuple[str, ...], yen: int) -> None:
    assert costs(*turns) == {"incident_response": yen}


@pytest.mark.parametrize(("turns", "yen"), KEPT)
def test_the_same_or_an_unnamed_item_is_no_new_one(turns: tuple[str, ...], yen: int) -> None:
    assert costs(*turns).get("incident_response") == yen


def test_the_items_survive_a_stored_state() -> None:
    state = FactState()
    state.apply(read_message("コールセンターを開設、委託費80万"))
    stored = FactState.from_json(state.to_json())
    stored.apply(read_message("お詫び状の郵送で12万"))
    assert stored.costs == {"incident_response": 920000}
