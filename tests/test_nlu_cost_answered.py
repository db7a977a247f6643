"""The one amount answered under a quoted question of the bot (「> 外部の業者に調査を依頼し
ますか？」 then 「はい。…見積60万です」), said with no cost word, is the cost the question
asks about (issue #10 class 4: the answer belongs to the quoted question). Questions about
two costs, about no cost, or declined (「いいえ」「まだ決めていません」) leave it unassigned.
Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, int], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


CASES: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        (
            "不審なログインがありました",
            "&gt; 外部の業者に調査を依頼しますか？\nはい。見積は45万です",
        ),
        {"access_response": 450000},
        [],
    ),
    (
        ("データが消えました", "&gt; 復旧は業者に頼みますか？\nはい、30万円と言われました"),
        {"data_recovery": 300000},
        [],
    ),
    # Near misses: two costs asked about, none, or the one asked about declined.
    (
        ("&gt; 調査を依頼しますか？\nはい\n&gt; 弁護士に相談しますか？\nはい、50万円です",),
        {},
        [500000],
    ),
    (("&gt; 公表はされましたか？\nいいえ。費用は30万です",), {}, [300000]),
    (("&gt; 調査を依頼しますか？\nいいえ、社内で見ます。PCの修理に20万円",), {}, [200000]),
    (("&gt; 見舞金は支払いますか？\nまだ決めていません。見積は80万です",), {}, [800000]),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), CASES)
def test_an_amount_answered_is_the_cost_asked_about(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)
