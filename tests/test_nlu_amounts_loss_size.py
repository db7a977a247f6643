"""The size of a loss (被害額) is no cost, neither damages nor unassigned, unless that very
amount is claimed (`nlu.loss_sizes`). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


LOSS_SIZES: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (("偽の請求書メールにだまされた件、被害総額は約700万円です",), {}, []),
    (
        ("元請けの被害額は800万円と聞いています。うちへの賠償請求は300万円です",),
        {"damages": 3000000},
        [],
    ),
    (
        ("顧客の被害額は合計450万円。そのうち200万円を補償してほしいと言われています",),
        {"damages": 2000000},
        [],
    ),
    (("サイト停止の件", "取引先の被害金額は1,200万円だそうです"), {}, []),
    # Near misses: the loss amount itself claimed, a claim word denied, a claim said alone.
    (("取引先から、被害額900万円の賠償を求められました",), {"damages": 9000000}, []),
    (("被害金額250万円を、加盟店から請求されています",), {"damages": 2500000}, []),
    (("被害額は60万円ほどで、まだ請求はされていません",), {}, []),
    (("損害賠償として取引先から500万円を請求されています",), {"damages": 5000000}, []),
    (("システム停止で売上が200万円減りました",), {}, [2000000]),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), LOSS_SIZES)
def test_the_size_of_a_loss_is_no_cost(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
