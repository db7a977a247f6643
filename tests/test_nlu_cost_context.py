"""An amount said with no cost word, whose purpose its context tells.

「見舞金を支払う予定です」 then 「1名500円、800名です」: the bare amount is the cost just
named. 「結果:不正アクセスなし 費用:100万」: the amount of a check that found no access is
the check's (①). Our own conversations; where the purpose cannot be told the amount stays
unassigned.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return facts_to_json(facts)["costs"], state.unassigned


NAMED_THEN_PRICED = [
    (
        ("お見舞いとしてQUOカードを送るつもりです", "会員さん300名に1人500円です"),
        {"condolence": 150000},
    ),
    (
        ("コールセンターを外部に頼みました", "見積もりで180万円でした"),
        {"incident_response": 1800000},
    ),
    (
        ("写真家の代理人から請求が来ました。請求額は$3,000です", "円に直すと約45万円でした"),
        {"damages": 450000},
    ),
    (("弁護士に相談しています", "着手金は30万円です"), {"consultation": 300000}),
    # ① and ② named together are one group: the check for access (rule 9).
    (
        ("フォレンジック業者に侵入の有無の調査を依頼しました", "見積もりは250万です"),
        {"access_response": 2500000},
    ),
    (
        ("セキュリティ会社に感染の有無を調べてもらってます", "業者見積 90万"),
        {"access_response": 900000},
    ),
]

STAYS_UNASSIGNED = [
    # The cost named is denied, or two kinds are named: the amount's purpose is not said.
    (("コールセンターは開設していません", "200万円かかりました"), [2000000]),
    (("弁護士とコールセンターを手配しました", "合わせて250万円です"), [2500000]),
    (("フォレンジック業者と弁護士に依頼しました", "見積もりは250万です"), [2500000]),
    # An amount said with a word of no coverage is that word's.
    (("復旧業者に頼みました", "売上が300万円減りました"), [3000000]),
    # Only the message right before names the cost.
    (("見舞金を支払う予定です", "来週また連絡します", "500万円です"), [5000000]),
]


@pytest.mark.parametrize(("messages", "costs"), NAMED_THEN_PRICED)
def test_a_bare_amount_is_the_cost_just_named(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert fold(*messages) == (costs, [])


@pytest.mark.parametrize(("messages", "unassigned"), STAYS_UNASSIGNED)
def test_an_amount_of_untold_purpose_stays_unassigned(
    messages: tuple[str, ...], unassigned: list[int]
) -> None:
    assert fold(*messages) == ({}, unassigned)


CHECK_FOUND_NOTHING = [
    (("検知:監視会社\n結果:侵入なし\n費用:サーバー2台 160万",), {"access_response": 1600000}),
    (
        ("調べてもらった結果、不正アクセスはありませんでした。費用は80万円です",),
        {"access_response": 800000},
    ),
    (("結論として侵入の形跡はなかったです。請求は55万円です",), {"access_response": 550000}),
]

CHECK_STAYS_UNASSIGNED = [
    # A word of no coverage, or access found or not concluded: the purpose is not told.
    (("不正アクセスはありませんでしたが、PCの買い替えに30万円かかりました",), [300000]),
    (("不正アクセスがありました。費用は300万円です",), [3000000]),
    (("侵入されたかはまだわかりません。費用は100万円です",), [1000000]),
]


@pytest.mark.parametrize(("messages", "costs"), CHECK_FOUND_NOTHING)
def test_the_amount_of_a_check_that_found_nothing(
    messages: tuple[str, ...], costs: dict[str, int]
) -> None:
    assert fold(*messages) == (costs, [])


@pytest.mark.parametrize(("messages", "unassigned"), CHECK_STAYS_UNASSIGNED)
def test_a_check_amount_with_another_purpose_stays_unassigned(
    messages: tuple[str, ...], unassigned: list[int]
) -> None:
    assert fold(*messages) == ({}, unassigned)
