"""A total followed by the product it is made of, in brackets (class: breakdown in brackets).
「費用は300万(PC3台×100万)」 is 300万, not 300万 + 300万: the bracket says how the amount was
reached (labelling rule 8: a written total of listed costs is not another cost). A product
outside brackets, or with a cost word of its own, is another cost. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


BREAKDOWNS: list[tuple[str, dict[str, int], list[int]]] = [
    ("有無の確認費用 240万(サーバー3台×80万)", {"access_response": 2400000}, []),
    ("データ復旧は90万円（1台30万×3台）でした", {"data_recovery": 900000}, []),
    ("見舞金 60万(500円×1,200名)を予定しています", {"condolence": 600000}, []),
    ("フォレンジック 150万円【PC5台で1台30万】", {"investigation": 1500000}, []),
    ("郵送費 14万(140円×1,000通)、コールセンター 80万", {"incident_response": 940000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), BREAKDOWNS)
def test_the_product_in_brackets_is_the_amount_again(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)


NOT_BREAKDOWNS: list[tuple[str, dict[str, int], list[int]]] = [
    # A cost word of its own in the brackets: another cost of the same size.
    ("復旧 300万(駆除は3台×100万)", {"data_recovery": 3000000, "prevention": 3000000}, []),
    # No brackets: two amounts said side by side may be two costs.
    ("データ復旧300万と3台×100万の駆除", {"data_recovery": 3000000, "prevention": 3000000}, []),
    # No cost word at all: the amount is asked about, once.
    ("見積もりは300万(PC3台で1台100万)", {}, [3000000]),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), NOT_BREAKDOWNS)
def test_other_amounts_stay_and_none_is_doubled(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)


# 「PC3台、1台100万で調査費300万」: a product and its total said again, with the cost word
# between them, is one cost of that word (it was left unassigned: the word seemed the total's).
RESTATED_WITH_WORD: list[tuple[str, dict[str, int], list[int]]] = [
    ("端末4台、1台20万で駆除費80万でした", {"prevention": 800000}, []),
    ("サーバー2台、1台150万で復旧費300万", {"data_recovery": 3000000}, []),
    ("外部通報で調べたが侵入なし。PC3台、1台50万で調査費150万", {"access_response": 1500000}, []),
    # Near miss: a different amount after the cost word is that word's own.
    (
        "サーバー2台、1台150万で復旧、ほかに駆除費40万",
        {"data_recovery": 3000000, "prevention": 400000},
        [],
    ),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), RESTATED_WITH_WORD)
def test_the_word_between_a_product_and_its_total_names_both(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)
