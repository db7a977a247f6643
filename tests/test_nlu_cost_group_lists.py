"""Prices listed per victim group (class: group list). 「個人のお客様200名に500円、法人4社に
5万円」 gives each group's price right after its count, with no 各 or ずつ: read as totals,
the persons would get 2.5円 each, so every price in the list is each victim's (rule 8
multiplies them). When every price could be its group's total (「200名に10万円、4社に20万円」)
the reading is not clear: the amounts stay unassigned so the bot asks, never a wrong sum.
「法人は各5万」 is each company's, never each of another group's count in the sentence, and
when the companies were counted in an earlier message it is multiplied beside the part
already counted. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), sorted(state.unassigned)


PER_VICTIM: list[tuple[tuple[str, ...], int]] = [
    (("見舞金は個人のお客様200名に500円、法人4社に5万円をお支払いします",), 300000),
    (("お見舞金：会員1,500名に1,000円、取引先3社に3万円",), 1590000),
    (("見舞金として400名に500円、5社に5万円を支払う予定です",), 450000),
    # One group alone, too little to be what all of them get together.
    (("見舞金として利用者800名に500円を送ります",), 400000),
    # 各 after the group word: each company, not each of the 600 persons.
    (("見舞金は利用者600名にQUOカード500円、法人は各3万", "法人は4社です"), 300000),
    (("見舞金の対象は個人600名と法人4社", "QUOカード500円を600名に送付、法人には各3万"), 420000),
]


@pytest.mark.parametrize(("messages", "yen"), PER_VICTIM)
def test_each_group_price_is_per_victim(messages: tuple[str, ...], yen: int) -> None:
    assert fold(*messages) == ({"condolence": yen}, [])


NOT_MULTIPLIED: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    # Both prices could be their group's total: not clear, asked about.
    (("見舞金は個人200名に10万円、法人4社に20万円",), {}, [100000, 200000]),
    # A total in the sentence: taken as said.
    (("見舞金は個人200名に合計10万円、法人4社に20万円",), {"condolence": 300000}, []),
    # One group's plausible total stays as said.
    (("見舞金として会員250名に30万円をお支払いしました",), {"condolence": 300000}, []),
    (("見舞金として法人3社に15万円",), {"condolence": 150000}, []),
    # Counts of devices are no victims.
    (("データ復旧でPC3台に50万円、サーバー2台に80万円",), {"data_recovery": 1300000}, []),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), NOT_MULTIPLIED)
def test_group_price_not_multiplied(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
