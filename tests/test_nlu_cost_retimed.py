"""A multiplier taken back for another (「×2じゃなくて×1で」) recounts the one price per unit
said with it before (「解析 1台 80万×2台」 becomes 80万), as 「4台じゃなくて3台でした」 does
with its counter. Two prices multiplied by it, or none, are left as they were; the numbers
after × are no amounts in 万 to correct. Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, int], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CASES: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (
        ("侵入を確認", "原因調査 サーバー1台 120万×3台", "訂正です。×3じゃなくて×2でした"),
        {"investigation": 2400000},
    ),
    (("感染しました", "駆除 1台5万×10台", "すみません、×10ではなく×8です"), {"prevention": 400000}),
    # Near misses: two prices multiplied by it, a multiplier no price had, and bare numbers
    # of 万 still correcting a cost.
    (
        ("感染しました", "駆除 1台5万×10台、復旧 1台20万×10台", "×10じゃなくて×8"),
        {"data_recovery": 2000000, "prevention": 500000},
    ),
    (("感染しました", "駆除 1台5万×10台", "×3じゃなくて×2"), {"prevention": 500000}),
    (("調査費は300万です", "さっきの300は350の誤りです"), {"access_response": 3500000}),
]


@pytest.mark.parametrize(("messages", "costs"), CASES)
def test_a_multiplier_taken_back_recounts_its_price(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert fold(*messages) == (costs, [])


NUMBER_CORRECTED: list[tuple[tuple[str, ...], dict[str, int]]] = [
    # The number named and said corrected, with only the new count: the one price of that
    # counter is for it.
    (("感染しました", "駆除 1台5万×10台", "すみません、台数訂正で8台です"), {"prevention": 400000}),
    (
        ("誤送信でした", "お詫び状 1通120円×500通", "通数の間違いでした、正しくは450通"),
        {"incident_response": 54000},
    ),
    # Near misses: two prices of that counter, or a count of another thing.
    (
        ("感染しました", "駆除 1台5万×10台、復旧 1台20万×10台", "台数訂正で8台です"),
        {"data_recovery": 2000000, "prevention": 500000},
    ),
    (("感染しました", "駆除 1台5万×10台", "件数訂正で300件です"), {"prevention": 500000}),
]


@pytest.mark.parametrize(("messages", "costs"), NUMBER_CORRECTED)
def test_a_number_said_corrected_recounts_its_price(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert fold(*messages)[0] == costs
