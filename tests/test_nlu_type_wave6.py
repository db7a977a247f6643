"""Incident type and unauthorized access: classes of misreadings left open after round 9's fifth
wave, one table per class, with sentences of our own asserting what the user would see."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# A fee for a picture claimed in one compound (使用料請求) is a rights claim, as 使用料の請求 is;
# a fee of no picture (下水道の使用料請求) is none.
FEE_COMPOUND: list[Row] = [
    (["HPに使ったイラストの件で、作者から使用料請求の通知が来ました"], "media", None),
    (["会報の写真について利用料請求のメールが届いた。30万と書いてある"], "media", None),
    (["下水道の使用料請求が届きました"], None, None),
    (["会議室の使用料請求書を経理に回しました"], None, None),
]


# A screen projected for a room and left showing confidential data is seen by all in it (a visual
# leak); one showing nothing confidential is no leak.
PROJECTED: list[Row] = [
    (
        ["研修中、プロジェクターで受講者の氏名と電話番号の一覧を映したままにしてしまいました"],
        "visual_leak",
        None,
    ),
    (["説明会でスクリーンに顧客情報の一覧を投影したまま休憩に入ってしまった"], "visual_leak", None),
    (["会議でプロジェクターにエラー画面を映したままにしてしまった"], None, None),
    (["プロジェクターで資料を映しました"], None, None),
]


# Our server made to host an intruder's files (フィッシングサイトの置き場, 不正なファイルが置かれ)
# was got into: unauthorized access found. In doubt it is a suspicion; denied, no type.
HOSTED_FILES: list[Row] = [
    (
        ["警察から連絡。会社のサーバーが詐欺サイトの置き場にされているそうです"],
        "unauthorized_access",
        "found",
    ),
    (
        ["ホームページのサーバーに不正なファイルが設置されていました"],
        "unauthorized_access",
        "found",
    ),
    (["調べたら公開ディレクトリに不正なプログラムが置かれてた"], "unauthorized_access", "found"),
    (["サーバーに不正なファイルが置かれていないか確認中です"], "suspected", None),
    (["不正なファイルが置かれた形跡はありませんでした"], None, "not_found"),
    (["当社を装ったフィッシングサイトにご注意ください"], None, None),
]


# A company given our work by a verb other than 委託 (頼んでる会社, お願いしている業者) is a
# contractor, and its leak a vendor leak; hiragana typed without conversion too.
ENTRUSTED_BY_VERB: list[Row] = [
    (["DMの発送を頼んでる会社から、顧客名簿が流出したと連絡がありました"], "vendor_leak", None),
    (["印刷をお願いしている業者で、会員の住所が漏えいしたそうです"], "vendor_leak", None),
    (
        ["はっそうを　いたくしている　かいしゃから　じょうほう　もれたって　でんわ　きた"],
        "vendor_leak",
        None,
    ),
    (["たのんでる　かいしゃで　きゃくの　じょうほうが　もれたらしい"], "vendor_leak", None),
    (["じょうほう　もれたかもしれない"], "suspected", None),
    (["発送をお願いしたいので業者を探しています"], None, None),
]


# A post made on social media with the confidential data posted said between (「SNSアカウントに、
# 患者の写真を含む投稿を行っていた」) is posting on SNS (`other`); a post said in the passive is an
# outsider's, a post of nothing confidential no leak.
SNS_POST_BETWEEN: list[Row] = [
    (["看護師が個人のインスタに、患者さんの病状がわかる内容の投稿をしていました"], "other", None),
    (
        ["スタッフがSNSに、お客様の氏名が写った写真の投稿を行っていたことが判明しました"],
        "other",
        None,
    ),
    (["お店のSNSに新メニューの投稿をしました"], None, None),
    (["SNSに生徒の写真が投稿されていました"], None, None),
    (["SNSで当社に関する投稿を見つけました"], None, None),
]


# A question asking whether what was seen means an attack (「これ感染してたってこと？」) doubts it:
# a suspicion, access unknown. Said as a statement (「感染したということです」) it is the attack.
MEANING_ASKED: list[Row] = [
    (["EDRが「ブロックしました」と通知してきた。これ感染してたってこと？"], "suspected", None),
    (["ログイン通知が来たんですが、アカウントを乗っ取られたということですか？"], "suspected", None),
    (["PCが感染したってことでしょうか？"], "suspected", None),
    (["業者の報告では、ランサムウェアに感染したということです"], "malware", "found"),
    (["ランサムウェアに感染したら補償される？"], None, None),
]


@pytest.mark.parametrize(
    ("messages", "kind", "access"),
    [
        *FEE_COMPOUND,
        *PROJECTED,
        *HOSTED_FILES,
        *ENTRUSTED_BY_VERB,
        *SNS_POST_BETWEEN,
        *MEANING_ASKED,
    ],
)
def test_wave6_type_classes(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
