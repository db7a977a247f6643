"""A notice pasted as one line keeps its title set off by a space (「…について　本文…」): it
is the notice's heading, and the notice the announcement; a chat line that opens with a
topic and a space stays a chat line. Our own sentences."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

NOTICES: list[str] = [
    "会員名簿の置き忘れについて　当会事務局の職員が、会員58名分の氏名・電話番号を記載した"
    "名簿を電車内に置き忘れました。翌日、鉄道会社に届けられていたものを受け取りました。"
    "会員の皆様にご心配をおかけしましたことをお詫びいたします。",
    "配送伝票の紛失に関するお詫び　当店の配送担当者が、お客様31名様分の配送伝票を配達途中で"
    "紛失いたしました。担当者が帰店後に気づき、当日中に警察へ遺失届を提出いたしました。",
]

# Near misses: a chat line with a topic set off by a space, short and plain.
CHATS: list[str] = [
    "名簿の件について　さっき職員がなくしたって言ってきました。どうすればいい？",
    "USBの紛失について 社内で話してるとこです。公表するかは未定",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_one_line_notice_under_its_title_is_announced(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is True


@pytest.mark.parametrize("text", CHATS)
def test_a_chat_line_with_a_spaced_topic_is_not(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is None
