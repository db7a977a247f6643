"""A formal chat message that opens by introducing its writer in keigo (「経理課の山田で
ございます。」「総務の佐藤と申します。」, or the post they hold: 「情報管理を担当しております。」)
is a message to the bot, however many marks of a
notice follow (当社, いたしました, お取引先様, a date): never the organisation's own notice,
so never announced by its register alone."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

# Each would score as a notice without its first sentence.
INTRODUCED_IN_KEIGO = [
    "経理課の山田でございます。本日午前10時、当社の会計用サーバーがランサムウェアに感染して"
    "いることを確認いたしました。当該サーバーは直ちにネットワークから切り離しております。"
    "お取引先様の請求データが保存されておりました。",
    "総務の佐藤と申します。10月2日、当社の営業担当者が電車内にお客様の名簿を置き忘れたことが"
    "判明いたしました。当該名簿にはお客様約80名の氏名と電話番号が記載されておりました。現在、"
    "鉄道会社に問い合わせており、お客様への連絡を進めております。",
    "品質管理部の石川でございます。本日15時頃、当社の受付用PCにおいて不審な通信を検知いたし"
    "ました。当該PCは直ちにネットワークから遮断し、保守業者様に調査を依頼しております。現時点で"
    "お客様情報の流出は確認されておりません。",
    # The writer's post, held in the progressive (「…をしております」「…を担当しております」).
    "税理士事務所の所長をしております。当所の職員が、顧問先様の決算資料を保存したUSBメモリを"
    "帰宅途中に紛失したことが判明いたしました。顧問先様12社分の資料が保存されておりました。"
    "警察には遺失届を提出しております。",
    "個人情報の管理を担当しております。当社の会員様宛てのメールを、誤って別の会員様に送信して"
    "いたことが分かりました。受け取られた会員様ご本人からのご連絡をいただいて判明いたしました。"
    "対象の会員様は3名でございます。",
    "幼稚園の園長を務めております。当園の職員が、保護者様の連絡先一覧を外部の業者の方に誤って"
    "お渡ししていたことが判明いたしました。対象となる保護者様は45名でございます。業者様からは"
    "すでに回収しており、保護者様には個別にご連絡しております。",
]

# The same accounts without the introduction, and notices whose first sentence is long,
# still read as the organisation's own notice.
NOTICES = [
    "2024年5月13日(月)午前10時、当社の会計用サーバーがランサムウェアに感染していることを確認"
    "いたしました。当該サーバーは直ちにネットワークから切り離しております。お取引先様の請求"
    "データが保存されておりました。",
    "当社は、令和6年10月2日、当社の営業担当者が電車内にお客様の名簿を置き忘れたことを確認"
    "いたしました。当該名簿にはお客様約80名の氏名と電話番号が記載されておりました。お客様には"
    "多大なご心配をおかけし、深くお詫び申し上げます。",
    # A first sentence that does more than hold a post (its verb says what happened).
    "当社が運営しております通販サイトにおいて、お客様のカード情報が流出したことが判明いたし"
    "ました。当該サイトは直ちに停止しております。お客様には多大なご迷惑をおかけし、深くお詫び"
    "申し上げます。",
]

# What is said of announcing still decides after a keigo introduction.
STATED_AFTER_INTRODUCTION = [
    ("広報部の木村でございます。本件は本日、当社ホームページで公表いたしました。", True),
    ("情報システム部の井上でございます。現時点で公表の予定はございません。", False),
    ("総務の佐藤と申します。公表するかどうかは社内で検討しております。", None),
]


@pytest.mark.parametrize("text", INTRODUCED_IN_KEIGO)
def test_a_keigo_introduction_makes_it_a_message_not_a_notice(text: str) -> None:
    assert read_message(text).announced is None


@pytest.mark.parametrize("text", NOTICES)
def test_a_notice_without_an_introduction_is_still_announced(text: str) -> None:
    assert read_message(text).announced is True


@pytest.mark.parametrize(("text", "announced"), STATED_AFTER_INTRODUCTION)
def test_what_is_said_of_announcing_decides_after_an_introduction(
    text: str, announced: bool | None
) -> None:
    assert read_message(text).announced is announced
