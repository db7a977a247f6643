"""A bare answer of won't (「しない」「しません」, western 「せん」, with 「そんなの」 before it)
to the bot's question about announcing is no: not announced.

Our own answers. Set 34, written blind, left a wedding planner's 「そんなのせんよ」 (to 「公表の
予定はありますか？」) unread.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

REFUSED: list[str] = [
    "> 公表の予定はありますか？\nそんなのせんよ。お客さんには個別に連絡するだけじゃ",
    "> 公表の予定はありますか？\nしません",
    "> 公表はされますか？\nそんなことしないです",
]

# Near misses: yes, or not known.
OTHER: list[tuple[str, bool | None]] = [
    ("> 公表の予定はありますか？\nします", None),
    ("> 公表の予定はありますか？\nそんなのわからないです", None),
    ("> 公表はされましたか？\nはい", True),
]


@pytest.mark.parametrize("message", REFUSED)
def test_wont_announce_is_not_announced(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["announced"] is False


@pytest.mark.parametrize(("message", "announced"), OTHER)
def test_other_answers_read_as_before(message: str, announced: bool | None) -> None:
    facts, _, _ = predict([message])
    assert facts["announced"] is announced
