"""A cost word of no purpose of its own (対応費) takes the purpose of the cost word right
before it (class: key choice): 「通信遮断の対応費」 is the cut-off, ① (tests/data/README.md
rule 9). Alone, or after a word of its own key, it stays ⑤. Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message

CASES = [
    ("ネットワーク遮断の対応費として45万", "access_response"),
    ("ウイルス駆除の対応費30万", "prevention"),
    ("サイト復旧の対応費用が80万", "data_recovery"),
    ("コールセンターの対応費が90万", "incident_response"),
    ("事故の対応費として90万かかりました", "incident_response"),
]


@pytest.mark.parametrize(("text", "key"), CASES)
def test_purpose_named_before(text: str, key: str) -> None:
    facts, _ = facts_from_readings([read_message("DDoS攻撃を受けました"), read_message(text)])
    assert list(facts_to_json(facts)["costs"]) == [key]


def fold(*messages: str) -> tuple[dict[str, int], list[int]]:
    facts, state = facts_from_readings([read_message(text) for text in messages])
    return dict(facts_to_json(facts)["costs"]), list(state.unassigned)


# 「EDR入れ替え」: replacing a security product is carrying out a measure (⑥, rule 10: EDR
# roll-out), also when its amount is said in a sentence of its own; hardware replaced with no
# such word stays of no coverage (rule 11).
REPLACED: list[tuple[str, dict[str, int], list[int]]] = [
    ("EDR入れ替え 90万、原因調査 200万", {"investigation": 2000000, "prevention": 900000}, []),
    ("再発防止でEDRの入れ替えを決めました。見積は1台1万円×50台", {"prevention": 500000}, []),
    ("UTMのリプレースに45万円", {"prevention": 450000}, []),
    # Near misses: hardware of no security word, and two purposes joined.
    ("サーバー入れ替えが200万かかります", {}, [2000000]),
    ("PCの入れ替えで30万円", {}, [300000]),
    ("ウイルス駆除と端末入れ替えで50万", {}, [500000]),
]


@pytest.mark.parametrize(("text", "costs", "unassigned"), REPLACED)
def test_a_security_product_replaced_is_a_measure(
    text: str, costs: dict[str, int], unassigned: list[int]
) -> None:
    assert fold(text) == (costs, unassigned)
