"""Not yet announced, and whether to at all still undecided (「まだです。するかどうかも決まって
いません」): rule 5 leaves it unknown (公表前, 検討中), in a quoted answer as in the text. Not yet
with nothing undecided, or something else undecided, stays not announced. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Q = "&gt; 公表はされましたか？\n"

ANSWERS: list[tuple[str, bool | None]] = [
    ("まだです。するかどうかもまだ決まっていません", None),
    ("まだ。出すかどうかは未定です", None),
    ("いいえ、するか否かは社長が決めていません", None),
    # Near misses.
    ("まだです", False),
    ("まだです。費用はまだ決まっていません", False),
    ("していません。予定もありません", False),
]

TEXTS: list[tuple[str, bool | None]] = [
    ("公表はまだです。するかどうかもまだ決まっていません", None),
    ("公表はまだしていません。出すかどうかは未定です", None),
    # Near misses: no まだ (a plain denial), or nothing about whether.
    ("公表はまだです。", False),
    ("公表はまだです。見積もりは決まっていません", False),
    ("公表はしない方針です", False),
]


@pytest.mark.parametrize(("answer", "announced"), ANSWERS)
def test_a_quoted_not_yet_undecided_is_unknown(answer: str, announced: bool | None) -> None:
    facts, _, _ = predict(["顧客情報が流出しました", Q + answer])
    assert facts["announced"] is announced


@pytest.mark.parametrize(("text", "announced"), TEXTS)
def test_not_yet_undecided_in_the_text_is_unknown(text: str, announced: bool | None) -> None:
    facts, _, _ = predict(["顧客情報が流出しました", text])
    assert facts["announced"] is announced
