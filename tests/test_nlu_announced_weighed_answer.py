"""The bot's announcement question quoted and answered 「まだ。検討中です」: not yet, because it
is still being weighed, which is undecided (labelling rule 5: 検討中 → unknown), not false. A
bare 「まだ」, or 「まだ」 with something else weighed, is still no announcement."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Q = "&gt; 公表はしましたか？\n"

ANSWERS = [
    ("まだ。検討中です", None),
    ("まだです、社内で検討しているところです", None),
    ("いいえ。公表するかどうか検討しています", None),
    ("まだ", False),
    ("まだです。費用は検討中です", False),
    ("いいえ、していません。検討もしていません", False),
    ("していません", False),
]


@pytest.mark.parametrize(("answer", "announced"), ANSWERS)
def test_not_yet_while_weighed_is_undecided(answer: str, announced: bool | None) -> None:
    facts, _, _ = predict(["顧客情報が流出しました", Q + answer])
    assert facts["announced"] is announced
