"""A notice may quote the caller who told the organisation (「御社名で請求書が届いた」): a chat
word inside that quotation is the caller's, so it costs the notice one mark instead of
ruling it out; the same quotation in a chat message to the bot stays a chat line."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

NOTICES = [
    "複数のお取引先様から「貴社の名前で身に覚えのない請求書のメールが届いた」とのご連絡をいただき、"
    "外部の専門機関に依頼して当社メールサーバーの調査を実施いたしました。調査の結果、当社のサーバーに"
    "不正アクセスの痕跡は認められなかったことを確認いたしました。",
    "ご利用者様より「御社のアプリから不審な通知が来る」とのお問い合わせがあり、当社にて配信システムを"
    "点検いたしました。その結果、配信設定の誤りにより一部のお客様へ誤った通知が送信されていたことが"
    "判明いたしました。深くお詫び申し上げます。",
]

CHATS = [
    "取引先から「御社の名前で変なメールが来た」って言われました。調べてもらったけど侵入はなかったです。",
    "お客様から「御社のサイトでカードが不正利用された」と連絡がありまして、いま業者に見てもらっています。"
    "費用はどのくらい出ますでしょうか。",
]


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_quoting_its_caller_is_the_announcement(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is True


@pytest.mark.parametrize("text", CHATS)
def test_a_chat_quoting_a_caller_announces_nothing(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts.get("announced") is None
