"""A pasted report read as announced by its register alone (it reads as the organisation's own
notice, no word says it was announced) gives way to a later message's word on the
announcement, even an undecided one (「公表は理事長の判断待ちです」); an announcement said in
words stands against a later doubt unless the writer corrects it."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

REPORT = (
    "【第一報】当法人 情報システム課\n"
    "・事象：リモートデスクトップ経由と思われる不審なログイン\n"
    "・検知：委託先の監視センターから本日 08:15 に通報\n"
    "・確認事項：管理者アカウントでのログイン成功を確認済\n"
    "・業務への影響：現時点で支障なし"
)

LATER_WORD = [
    ("公表は理事長の判断待ちです。", None),
    ("公表するかどうかは検討中です。", None),
    ("公表はしていません。", False),
    ("来週ホームページで公表する予定です。", True),
]


@pytest.mark.parametrize(("later", "announced"), LATER_WORD)
def test_a_later_word_outweighs_the_register(later: str, announced: bool | None) -> None:
    facts, _, _ = predict([REPORT, later])
    assert facts["announced"] is announced


def test_the_register_alone_stands_when_nothing_else_is_said() -> None:
    facts, _, _ = predict([REPORT, "調査の見積もりはまだです。"])
    assert facts["announced"] is True


def test_an_announcement_said_in_words_is_not_undone_by_a_doubt() -> None:
    facts, _, _ = predict(["HPで公表しました。", "記者会見を開くかどうかは検討中です。"])
    assert facts["announced"] is True
