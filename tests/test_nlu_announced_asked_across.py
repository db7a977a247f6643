"""An agent's question on the announcement, asked of the client in respect form (「公表され
ましたか？」) or quoted from the bot as a message's last line, is answered by the client's
next message (「してないです」); a question the writer asks the bot is answered by nobody."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

REPORT = "倉庫の管理用PCが盗まれました。取引先の担当者名簿が入っています。"

ANSWERED = [
    (["ホームページでの公表はされましたか？", "いえ、してないです"], False),
    (["お客様への公表はもうされました？", "まだです"], False),
    (["代理店の山田です。\n> 公表はされましたか？", "してません。社内で止めてます"], False),
    (["プレスリリースは出されましたか？", "はい、出しました"], True),
    (["公表はなさいましたか？", "いいえ"], False),
]

NOT_ANSWERED = [
    # The writer asks the bot what to do: the next message answers no question.
    ["公表したほうがいいですか？", "してないです"],
    # Said unknown in answer: the announcement stays unknown.
    ["公表はされましたか？", "わからないです"],
    # Weighed, not decided (tests/data/README.md rule 5).
    ["公表はされましたか？", "まだです。いま社内で検討中です"],
    # The question is not the message's last sentence: something else was asked since.
    ["公表はされましたか？ あと、調査会社の見積もりは出ていますか？", "まだです"],
]


@pytest.mark.parametrize(("thread", "announced"), ANSWERED)
def test_the_next_message_answers_the_question_asked(thread: list[str], announced: bool) -> None:
    facts, _, _ = predict([REPORT, *thread])
    assert facts["announced"] is announced


@pytest.mark.parametrize("thread", NOT_ANSWERED)
def test_no_question_of_the_other_leaves_the_announcement_unknown(thread: list[str]) -> None:
    facts, _, _ = predict([REPORT, *thread])
    assert facts.get("announced") is None


def test_a_word_in_the_answer_outweighs_the_bare_answer() -> None:
    facts, _, _ = predict(
        [REPORT, "公表はされましたか？", "いいえ、でも来週ホームページで公表する予定です"]
    )
    assert facts["announced"] is True
