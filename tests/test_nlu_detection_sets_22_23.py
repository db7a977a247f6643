"""Classes of wording sets 22 and 23 misread for `detection` (labelling rule 3), each with
sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# The hosting firm said plainly (サーバーの会社) and an MDR service are operators (spec
# "External report"); a vendor that only built the site is still a third party.
OPERATORS_SAID_PLAINLY = [
    ("サーバーの会社から、サイトが攻撃を受けているので止めましたと連絡がありました", EXTERNAL),
    ("サーバの会社から電話で、DDoSを受けてると言われた", EXTERNAL),
    ("契約しているMDRから電話があり、PC1台でマルウェアを検知したとのこと", EXTERNAL),
    ("MDRサービスからアラートが来て、不審な通信が分かりました", EXTERNAL),
    ("ホームページを作った会社から、表示がおかしいと連絡がありました", THIRD),
    ("MDRの導入を検討しています", None),
    ("サーバーの会社に問い合わせました", None),
]

# A favour running on into what it led to: 「教えていただき気付きました」; a request to be
# told (「教えていただきたい」) tells nothing.
FAVOUR_RUNNING_ON = [
    ("お客様からLINEで「変なメッセージが来た」と教えていただき気付きました", THIRD),
    ("取引先の方に教えて頂き、初めて把握しました", THIRD),
    ("保護者の方から、おかしなメールが届いたと教えていただき、発覚しました", THIRD),
    ("原因がわかったら教えていただきたいです", None),
    ("補償の範囲を教えて頂きたく、ご連絡しました", None),
]

# 「委託先は警察からの連絡で把握した」: the report told the outsider, not us; its own report
# to us, or a report that led us to learn, still tells.
TOLD_SOMEONE_ELSE = [
    ("委託先は警察からの連絡で事案を把握したとのことです。", None),
    ("委託業者は、顧客からの問い合わせで流出を知ったそうです。", None),
    ("当社は警察からの連絡で事案を把握しました。", EXTERNAL),
    ("委託先から連絡があり、事案を把握しました。", THIRD),
    (
        "委託先は警察からの連絡で把握したとのことで、委託先から当社に報告がありました。",
        THIRD,
    ),
]

# What a committee or an audit points to as the cause is its finding once the matter was
# known, not how it came to light.
CAUSE_POINTED_OUT = [
    ("第三者委員会は、管理体制の不備を原因として指摘しています。", None),
    ("調査委員会は確認手順の欠如が要因と指摘した。", None),
    ("内部監査で判明しました。委員会は管理の甘さを原因として指摘しています。", SELF),
    ("取引先から、請求書の宛名が違うと指摘がありました。", THIRD),
]

# 「株式会社〇〇より」: a notice hides the firm's name behind circles, which are no numeral.
NAME_LEFT_BLANK = [
    (
        "当社が利用しているシステムの提供元である株式会社〇〇より、"
        "同社のサーバーが不正アクセスを受けたとの連絡を受けました。",
        THIRD,
    ),
    ("株式会社○○より、顧客情報が流出した可能性があるとの報告を受けました。", THIRD),
    ("手順書の1から順に確認しました", None),
]

# The firm a mis-sent fax or mail reached told us.
RECIPIENT_FIRM = [
    ("FAXを送り間違えました。受け取った会社さんが連絡くれて分かりました", THIRD),
    ("メールを誤送信し、受信した企業から指摘を受けました", THIRD),
    ("受け取った会社には謝罪の連絡をしました", None),
]


# A bare name under the bot's question about who found it: that party told us; a guess, a
# sentence or 「わからない」 is read as said.
BARE_FINDER_ANSWER = [
    ("> 最初に気づいたのはどなたですか？\n取引先さんです", THIRD),
    ("> 誰が気づきましたか？\n警察", EXTERNAL),
    ("> 最初に気づいたのは誰ですか？\nお客様", THIRD),
    ("> 最初に気づいたのは誰ですか？\nわからないです", None),
    ("> 最初に気づいたのは誰ですか？\nたぶんお客さん", None),
    ("> 最初に気づいたのは誰ですか？\nお客様かな", None),
    ("> 公表はしましたか？\n取引先です", None),
]


@pytest.mark.parametrize(
    ("text", "detection"),
    OPERATORS_SAID_PLAINLY
    + FAVOUR_RUNNING_ON
    + TOLD_SOMEONE_ELSE
    + CAUSE_POINTED_OUT
    + NAME_LEFT_BLANK
    + RECIPIENT_FIRM
    + BARE_FINDER_ANSWER,
)
def test_who_made_us_aware(text: str, detection: Detection | None) -> None:
    assert read_message(text).detection is detection
