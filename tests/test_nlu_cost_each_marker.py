"""Prices said as each victim's with the count of one written before them (class: each
marker). In 「1社3万円ずつ」 the 「1社」 says whose price it is, not how many companies there
are, so the price is multiplied by the companies counted in the message (rule 8), or waits
for their number. The colloquial group words 「会社さん」「取引先さん」「企業さん」 name the
companies a price goes to, beside 「個人に」, like 法人. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), sorted(state.unassigned)


EACH_OF_COUNTED: list[tuple[tuple[str, ...], dict[str, int]]] = [
    (
        ("被害に遭った取引先は12社です。見舞金として1社3万円ずつお送りします",),
        {"condolence": 360000},
    ),
    (("会員40名の情報が流出。見舞金は1人2,000円ずつ支払う予定です",), {"condolence": 80000}),
    # The count comes in a later message.
    (("お見舞いは1社3万円ずつにします", "対象の取引先は8社でした"), {"condolence": 240000}),
    # 会社さん / 取引先さん name the group beside 個人.
    (
        (
            "漏れたのは個人のお客様200名と取引先6社",
            "見舞金は個人に1,000円、会社さんには3万円ずつ送ります",
        ),
        {"condolence": 380000},
    ),
    (
        ("対象は個人90名・法人4社です", "お見舞いは個人に500円、取引先さんには2万円ずつ"),
        {"condolence": 125000},
    ),
]


@pytest.mark.parametrize(("messages", "costs"), EACH_OF_COUNTED)
def test_price_of_each_is_multiplied_by_the_count(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert fold(*messages) == (costs, [])


AS_SAID: list[tuple[tuple[str, ...], dict[str, int]]] = [
    # The one company is the one hit: its price is the whole cost.
    (("被害は1社のみです。見舞金として5万円をお支払いしました",), {"condolence": 50000}),
    # A firm the company pays is no group of victims.
    (("データ復旧の会社さんには120万円を支払いました",), {"data_recovery": 1200000}),
]


@pytest.mark.parametrize(("messages", "costs"), AS_SAID)
def test_price_taken_as_said(messages: tuple[str, ...], costs: dict[str, int]) -> None:
    assert fold(*messages)[0] == costs
