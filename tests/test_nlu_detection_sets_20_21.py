"""Classes of wording sets 20 and 21 misread for `detection` (labelling rule 3), each with
sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# 「JPCERTから連絡 うちのサイトが…」: in chat a space ends the report's phrase, so the noun
# after it is no compound of the report word; a desk or a count still is.
SPACE_AFTER_REPORT = [
    ("警察から連絡 会社のサーバーが踏み台にされてるって", EXTERNAL),
    ("監視会社からアラート 管理画面に大量のログイン試行", EXTERNAL),
    ("取引先から指摘 請求書のPDFが別会社のものだった", THIRD),
    ("お問い合わせ 窓口を設置しました", None),
    ("お客様から問い合わせ 対応に追われています", None),
    ("通報 件数は3件でした", None),
]

# The other party of a mail or fax (相手, in kana too) told us; our own call to it did not.
OTHER_PARTY = [
    ("FAXを誤送信しました。相手の歯科医院さんが教えてくれました", THIRD),
    ("めーるをまちがえておくった あいてのかいしゃさんがおしえてくれた", THIRD),
    ("宛先を間違えて送信。相手先から連絡をもらって気づきました", THIRD),
    ("相手の方から「添付が違います」って返信きて気づいた", THIRD),
    ("相手にお詫びの連絡をしました", None),
    ("相手先に電話で謝罪した", None),
    ("送信直後に気づいて相手に削除をお願いした", SELF),
]

# The firm that built or keeps the site (制作会社) is a maintenance vendor: a third party;
# a contract said before it (「保守をお願いしている」) is no request answered.
SITE_VENDOR = [
    (
        "ホームページの保守をお願いしている制作会社さんから、サイトが改ざんされていると連絡がありました",
        THIRD,
    ),
    ("制作会社からトップページに不審なリンクがあると指摘を受けた", THIRD),
    ("保守を頼んでいる業者から、フォームが動いていないと連絡があった", THIRD),
    ("制作会社に復旧をお願いしました", None),
    ("制作会社に削除をお願いしていたところ、削除済みと連絡がありました", None),
]

# 「からの匿名のご連絡」: a word of how the report was made may come between.
HOW_IT_WAS_MADE = [
    ("外部の方からの匿名のご連絡で判明しました", THIRD),
    ("お客様からの書面でのご指摘により発覚いたしました", THIRD),
    ("利用者からの電話でのお問い合わせで判明しました", THIRD),
    ("外部からの不正アクセスの痕跡を確認しました", None),
]

# A notice letter received as a favour (「通知書をいただき」) is the sender's report.
NOTICE_RECEIVED = [
    ("権利者の代理人より通知書をいただき、無断使用が判明しました", THIRD),
    ("弁護士から通知書をもらって初めて知りました", THIRD),
    ("対象の方には通知書をお送りしました", None),
]

# 「会員から問い合わせを受けた同法人は」: the company itself received it, in a news story.
RECEIVED_BY_THE_COMPANY = [
    ("利用者から問い合わせを受けた同社が調べたところ、設定の誤りが分かった。", THIRD),
    ("複数の住民から苦情を受けた同市は、委託先に確認している。", THIRD),
    ("顧客から問い合わせのあった取引を確認した", None),
]

# In a text naming itself (当社, 当会), 「同社より報告」 is the party named before; in a news
# story, which never says 当社, 同社 is the company itself.
NAMED_BEFORE = [
    (
        "当社は、委託先のA社で情報が流出したことが判明しました。同社より当社に報告がありました。",
        THIRD,
    ),
    ("当会が集計を委託したB社で漏えいが起きました。本件は同社より報告を受けたものです。", THIRD),
    ("当社は監視会社のC社と契約しています。同社より当社に報告がありました。", EXTERNAL),
    ("同社より報告を受けた。", None),
    ("同社は、来週にも報告をまとめる方針だ。", None),
]

# Our own office by its name (情報管理室) found it.
OWN_OFFICE = [
    ("不審なログイン試行が記録されていることを、当院情報管理室が確認いたしました。", SELF),
    ("情報管理室が復旧作業を行いました。", None),
]


@pytest.mark.parametrize(
    ("text", "detection"),
    SPACE_AFTER_REPORT
    + OTHER_PARTY
    + SITE_VENDOR
    + HOW_IT_WAS_MADE
    + NOTICE_RECEIVED
    + RECEIVED_BY_THE_COMPANY
    + NAMED_BEFORE
    + OWN_OFFICE,
)
def test_who_made_us_aware(text: str, detection: Detection | None) -> None:
    assert read_message(text).detection is detection
