"""What a claimant tells the company to pay is damages (rule 10): 損害金 beside 使用料
(「使用料と損害金で80万円を払え」), and a loss listed in what a claim is made of
(「請求内容は、使用料30万円と、…損害としてさらに20万円」). The size of a loss (損害金額) and
the company's own harm stay unassigned (rule 11). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CLAIMED: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (("相手の代理人から、使用料と損害金で80万円を払えと通知がきました",), {"damages": 800000}, []),
    (("遅延損害金として10万円を請求されています",), {"damages": 100000}, []),
    # Card companies' fees for the cards they reissue after a card leak.
    (
        (
            "カード情報が漏れました",
            "カード会社から、再発行手数料の請求が1枚1,000円で来る見込みです（800枚分）",
        ),
        {"damages": 800000},
        [],
    ),
    (("カード再発行費として25万円を請求されました",), {"damages": 250000}, []),
    (
        ("請求内容は、使用料30万円と、無断使用期間の損害としてさらに20万円です",),
        {"damages": 500000},
        [],
    ),
    (
        (
            "写真の無断使用で権利者から通知が来ました",
            "請求の内容は、使用料12万円と、掲載期間の損害として8万円、合計20万円です",
        ),
        {"damages": 200000},
        [],
    ),
    # Near misses: the size of a loss, and the company's own harm.
    (("損害金額は300万円と見ています",), {}, [3000000]),
    (("当社の損害として売上が50万減りました",), {}, [500000]),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), CLAIMED)
def test_what_a_claimant_asks_for_is_damages(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
