"""A price multiplied by the victims a message counts is multiplied again when that count is
corrected later (class: victim recount). 「会員800名…お詫び状の郵送は1通110円」 then 「人数訂正
です、780名でした」 is 780 letters (rule 8: per-unit amounts are multiplied; the label is the
facts after the last message). A count that only changes, with no correction said, leaves
the product as it was said. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> dict[str, Any]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"])


RECOUNTED: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (
        (
            "誤送信で会員800名のアドレスが漏れました。お詫び状の郵送は1通110円です",
            "すみません人数訂正です。実際は780名でした",
        ),
        {"incident_response": 85800},
    ),
    (
        ("取引先12社の情報が流出、見舞金は1社3万円ずつです", "訂正です、対象の取引先は10社でした"),
        {"condolence": 300000},
    ),
]


@pytest.mark.parametrize(("messages", "costs"), RECOUNTED)
def test_corrected_count_multiplies_again(messages: tuple[str, ...], costs: dict[str, int]) -> None:
    assert fold(*messages) == costs


KEPT: list[tuple[tuple[str, ...], dict[str, int]]] = [
    # The count grows with another group, no correction: the letters said stay.
    (
        (
            "会員800名のアドレスが漏れました。お詫び状の郵送は1通110円です",
            "取引先の担当者も含めると被害は900名です",
        ),
        {"incident_response": 88000},
    ),
    # The cost holds another item beside the letters: which part changes is not said.
    (
        (
            "会員800名のアドレスが漏れました。お詫び状は1通110円です",
            "コールセンターも50万で追加です",
            "訂正です、780名でした",
        ),
        {"incident_response": 588000},
    ),
]


@pytest.mark.parametrize(("messages", "costs"), KEPT)
def test_product_kept(messages: tuple[str, ...], costs: dict[str, int]) -> None:
    assert fold(*messages) == costs
