"""Not yet announced, and whether to announce to be decided later (「公表はまだです。来月の
理事会で公表するかどうか決めます」): still weighed, unknown (tests/data/README.md rule 5), as
「するかどうかも決まっていません」 is. Not yet with something else to be decided stays not
announced. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

ANSWERS: list[tuple[str, bool | None]] = [
    ("公表はまだです。来月の理事会で公表するかどうか決める予定です", None),
    ("公表はまだです。するかどうかは来週社長が判断します", None),
    # Near misses: the decision taken, or another thing to decide.
    ("公表はまだです。来週公表することに決めました", True),
    ("公表はまだです。費用は来週決めます", False),
]


@pytest.mark.parametrize(("answer", "announced"), ANSWERS)
def test_whether_to_announce_decided_later_is_unknown(answer: str, announced: bool | None) -> None:
    facts, _, _ = predict(["顧客情報が流出しました", answer])
    assert facts["announced"] is announced
