"""A cost word said "also" (も) in a sentence after an amount with no cost word of its own
names another matter, not the amount's purpose: 「金額は1点11万円×3点です。念のため弁護士
にも相談しようと思ってます」 leaves the 33万 for the bot to ask about; it is no lawyer's fee.
Said without も, a later sentence still names the amount's purpose. Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, int], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CASES: list[tuple[str, dict[str, int], list[int]]] = [
    ("見積は80万円です。念のため弁護士にも相談するつもりです", {}, [800000]),
    ("請求書の金額は1点5万円×4点です。弁護士にも見てもらう予定です", {}, [200000]),
    ("先方の請求は40万円。コールセンターも開設しました", {}, [400000]),
    # Near misses: the later sentence names what the amount was for, without も.
    ("費用は50万円でした。弁護士に相談した分です", {"consultation": 500000}, []),
    ("費用は50万円でした。弁護士への相談料です", {"consultation": 500000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), CASES)
def test_a_cost_word_said_also_later_is_another_matter(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)
