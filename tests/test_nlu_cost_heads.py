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
