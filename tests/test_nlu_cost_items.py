"""Written totals and separate items (class: item arithmetic). 「5万×6本で計30万」 is one
cost of 30万; a sentence opened by 「ほかに」 is another item, which takes no cost word from
the sentences before (hardware stays unassigned); its own cost word still counts.
Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CASES = [
    # A total written after its own product is that product.
    ("データ復旧はディスク3台×20万で計60万です", {"data_recovery": 600000}, []),
    ("お詫び状は1通150円×2,000通、合計30万円", {"incident_response": 300000}, []),
    # A total that is the only amount is the cost.
    ("復旧作業は計80万でした", {"data_recovery": 800000}, []),
    # ほかに opens another item: hardware, or no purpose said, stays unassigned.
    (
        "復旧は30万。ほかにPCの入れ替えが150万かかりました",
        {"data_recovery": 300000},
        [1500000],
    ),
    ("弁護士費用が40万、ほかに20万かかりそうです", {"consultation": 400000}, [200000]),
    ("復旧は30万。他にも機器交換で90万", {"data_recovery": 300000}, [900000]),
    # A ほかに item that is a covered cost keeps its own key.
    (
        "復旧は30万。ほかにコールセンターの設置で70万",
        {"data_recovery": 300000, "incident_response": 700000},
        [],
    ),
    (
        "調査費は200万。ほかに復旧作業も50万かかります",
        {"access_investigation": 2000000, "data_recovery": 500000},
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected", "unassigned"), CASES)
def test_items(text: str, expected: dict[str, int], unassigned: list[int]) -> None:
    read, loose = fold("ランサムウェアに感染しました", text)
    grouped = dict(read)
    both = grouped.pop("access_response", 0) + grouped.pop("investigation", 0)
    if both:
        grouped["access_investigation"] = both
    assert grouped == expected
    assert loose == unassigned
