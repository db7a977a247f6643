"""Words that settle a verdict or a count are no correction of a cost, and the words a vendor's
work and a certification audit are said with name their cost (class: costs missed).

「念のためベンダにIR依頼→侵入痕跡ナシで確定。費用35万」: 「で確定」 settles the verdict, not an
amount, and read as a correction it kept the check's one amount from being the check's
(rule 9). 「3,450件で確定」 settles a count. 「350万で確定」 still corrects. A vendor's
精査 or IR is a plain 調査; 「審査機関の審査費用」 for ISMS is the external certification (⑥,
rule 10). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def fold(*messages: str) -> tuple[dict[str, Any], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


SETTLED: list[tuple[tuple[str, ...], dict[str, int], list[int]]] = [
    (
        (
            "不審なログインの通知があり、業者に調べてもらいました。不正アクセスなしで確定。費用は28万",
        ),
        {"access_response": 280000},
        [],
    ),
    (
        ("漏えいは顧客1,200件で確定しました。調査210、復旧35（いずれも万円）",),
        {"access_response": 2100000, "data_recovery": 350000},
        [],
    ),
    # Near misses: an amount settled corrects the one said before; a settled count adds none.
    (("データ復旧は80万の見積もりです", "復旧は95万で確定"), {"data_recovery": 950000}, []),
    (
        ("データ復旧は80万の見積もりです", "対象は300件で確定しました"),
        {"data_recovery": 800000},
        [],
    ),
]


@pytest.mark.parametrize(("messages", "costs", "unassigned"), SETTLED)
def test_a_verdict_settled_corrects_no_cost(
    messages: tuple[str, ...], costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(*messages) == (costs, unassigned)


NAMED: list[tuple[str, dict[str, int], list[int]]] = [
    ("サーバーのログの精査を外部に頼んだら45万円でした", {"access_response": 450000}, []),
    (
        "不正ログインの疑いでIR業者に依頼、侵入はなかった。費用は40万です",
        {"access_response": 400000},
        [],
    ),
    ("Pマーク取得のため、審査機関に払う審査料が40万円", {"prevention": 400000}, []),
    ("再発防止でISMSを取ります。認証審査に70万", {"prevention": 700000}, []),
    # Near miss: a consultant for the certification stays a consultant (rule 10).
    ("ISMS取得のコンサル費が120万", {"consultation": 1200000}, []),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), NAMED)
def test_the_cost_word_names_its_key(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)
