"""An invoice's or an accountant's table read line by line (class: figures in full, one unit).

A line names the work, then its price in full with no 円 (「1. 被害範囲調査 1,430,000」
「ネットワーク遮断作業 165,000」): the figure is yen, and the 合計 line, the sum of the lines,
is no cost of its own (labelling rule 8). A table that says its unit once (「（単位：千円）」)
has its figures in that unit, and the 千 of 千円 is no amount. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def costs_and_left(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


TABLES = [
    (
        "調査会社の請求書です\n件名：不正アクセス有無調査\n調査費 400,000円 × 2台 = 800,000円\n"
        "ログ保全作業 一式 100,000円\n小計 900,000円\n消費税(10%) 90,000円\n"
        "ご請求金額合計 990,000円",
        {"access_response": 990_000},
    ),
    (
        "ランサムウェアの件、業者から請求書が来ました（税込）\n1. 被害範囲調査　2,200,000\n"
        "2. データ復旧作業　900,000\n合計　3,100,000",
        {"investigation": 2_200_000, "data_recovery": 900_000},
    ),
    (
        "見積の内訳です\n```\nネットワーク遮断作業　　120,000\nお詫び状印刷　　　　　 80,000\n"
        "──────────\n合計　　　　　　　　 200,000\n```",
        {"access_response": 120_000, "incident_response": 80_000},
    ),
    (
        "ウイルス感染の対応費用（単位：千円）\n原因・被害範囲調査　1,800\n"
        "復旧費（外注分）　　 600\nコールセンター　　　　 450\n計　　　　　　　　　2,850",
        {"investigation": 1_800_000, "data_recovery": 600_000, "incident_response": 450_000},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_each_line_is_its_cost_and_the_total_is_none(text: str, expected: dict[str, int]) -> None:
    costs, left = costs_and_left("ランサムウェアに感染しました", text)
    assert (costs, left) == (expected, [])


NOT_MONEY = [
    # Figures in full after a word that names no work priced: counts, not yen.
    "漏えいの対象 1,200名",
    "影響調査の対象 3,000件",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_a_count_in_full_is_no_price(text: str) -> None:
    assert costs_and_left(text) == ({}, [])


def test_the_unit_itself_is_no_amount() -> None:
    assert costs_and_left("（単位：千円）") == ({}, [])


BIDS = [
    # Competing quotes: only the firm chosen is the cost.
    (
        "フォレンジックの見積もり2社から取りました。A社 350万、B社 420万。A社で進めたいです",
        {"investigation": 3_500_000},
    ),
    (
        "復旧の相見積です。山田システム社：80万、B社は95万。B社にお願いしました",
        {"data_recovery": 950_000},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BIDS)
def test_only_the_chosen_bid_is_a_cost(text: str, expected: dict[str, int]) -> None:
    assert costs_and_left("ランサムウェアに感染しました", text) == (expected, [])


def test_bids_with_no_firm_chosen_are_asked_about() -> None:
    assert costs_and_left("フォレンジックの見積、A社 350万、B社 420万です") == (
        {},
        [3_500_000, 4_200_000],
    )


def test_claims_from_several_firms_each_count() -> None:
    text = "取引先2社から損害賠償請求が来てます。A社800万、B社450万"
    assert costs_and_left(text) == ({"damages": 12_500_000}, [])


def test_a_figure_said_to_have_become_the_total_replaces_it() -> None:
    costs, _ = costs_and_left(
        "不正ログインの件、フォレンジックはA社 350万、B社 420万の見積。A社で進めます",
        "訂正です。A社の見積、サーバー2台追加になって最終的に410万になりました",
    )
    assert costs == {"investigation": 4_100_000}
