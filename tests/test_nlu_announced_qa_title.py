"""A notice's Q&A page under its own title (「…に関するよくあるご質問」) is a titled notice:
a relaying word in its answers (「偽のサイトへ転送される」) costs it one mark, as under any
notice's title, instead of ruling the page out as a chat line."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

QA_PAGES = [
    "会員サイトの不正ログインに関するよくあるご質問\n\n"
    "Q1　何が起きたのですか。\n"
    "A1　当社の会員サイトに第三者が不正にログインし、一部の会員様が偽の決済ページへ転送される"
    "状態になっていました。\n\n"
    "Q2　私のパスワードは変更したほうがよいですか。\n"
    "A2　お手数ですが、念のためパスワードの変更をお願いいたします。\n\n"
    "株式会社みなとネット",
    "診療予約システムの障害についてのよくある質問\n\n"
    "Q1. 予約の情報は漏れていませんか。\n"
    "A1. 外部の専門業者による調査の結果、予約情報が外部に送信された形跡はございませんでした。\n"
    "Q2. 予約画面から別のサイトへ転送されたのはなぜですか。\n"
    "A2. 予約システムの一部のファイルが書き換えられていたためです。現在は復旧しております。\n\n"
    "ひばりが丘内科",
]


@pytest.mark.parametrize("text", QA_PAGES)
def test_a_titled_qa_page_is_the_announcement(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is True


def test_an_untitled_chat_about_a_redirect_announces_nothing() -> None:
    facts, _, _ = predict(
        [
            "よくある質問のページを見てたら、うちのサイトが変なサイトに転送されるって書き込みがありました。"
        ]
    )
    assert facts.get("announced") is None
