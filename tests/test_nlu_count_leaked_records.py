"""Records said right after their count to have leaked (「1,200件漏れてました」) are records
of persons (labelling rule 7), though no word for their data is said.

Our own sentences. Set 15, written blind, had a shop owner write 「決済画面が改ざんされてた。
1,200件漏れてました」: a record count with only a verb of leaking, read as no count.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

LEAKED: list[tuple[str, int]] = [
    ("業者に調べてもらったらサイトが改ざんされてて、1,200件漏れてました", 1200),
    ("3,000件が流出しました", 3000),
    ("約800件ほど漏洩したとのことです", 800),
    ("不正アクセスで450件が漏えいしました", 450),
]

# Near misses: counts of other things, or a leak denied, stay unknown.
NOT_COUNTED: list[str] = [
    "問い合わせが10件ありました",
    "メールが10件送信されていました",
    "不審なログインが50件ありましたが、漏れはありませんでした",
    "調査の結果、1,200件の流出はなかったことが分かりました",
]


@pytest.mark.parametrize(("message", "count"), LEAKED)
def test_records_said_to_have_leaked_count_persons(message: str, count: int) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] == count
    assert facts["corporations"] is None


@pytest.mark.parametrize("message", NOT_COUNTED)
def test_other_counts_stay_unknown(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] is None
