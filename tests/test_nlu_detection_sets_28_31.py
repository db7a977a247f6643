"""Classes of wording sets 28 to 31 misread for `detection` (labelling rule 3), each with
sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# 「緊急連絡用の名簿」「通報用の番号」: a report word with a suffix of purpose names a thing
# made for reports, so a party named after it (保護者) told nothing.
MADE_FOR_REPORTS: list[tuple[str, Detection | None]] = [
    ("担任が持ち出した緊急連絡用の名簿(生徒30名分、保護者の電話番号を含む)を紛失しました。", None),
    ("通報用の電話番号を記した一覧表(取引先の担当者名入り)が所在不明になりました。", None),
    ("問い合わせ用のフォームに入力された顧客の情報が閲覧できる状態でした。", None),
    ("保護者から、連絡網のプリントが別の家庭に配られていたと連絡がありました。", THIRD),
    ("顧客から、問い合わせ用のメールアドレスに不審なメールが届いたと連絡がありました。", THIRD),
]

# 「送信先には当薬局から連絡を取り」: the writer's own name for itself (当/弊 and its kind)
# before から is a contact it made, not one it received; 当該 and 同社 name others.
WRITER_CONTACTS: list[tuple[str, Detection | None]] = [
    ("誤って送信した先の事業所には当薬局から連絡を取り、文書を破棄していただきました。", None),
    ("郵便物が届いた方には当クリニックからご連絡し、返送をお願いしました。", None),
    ("誤配送先の会社には弊所より連絡し、書類を回収いたしました。", None),
    ("受け取った保護者の方には当園から電話でお詫びしました。", None),
    ("当該事業所から、書類が誤って届いているとの連絡がありました。", THIRD),
    ("同社から、委託データが流出したとの報告を受けたという。", THIRD),
    ("当日、送付先の事業所から連絡があり判明しました。", THIRD),
]

# 「利用しているクラウドサービスの事業者から…との通知」: the cloud provider named with の is
# the network operator 「クラウドサービス事業者」 is: external when it tells of activity on
# the service it runs for us, a third party when its own systems were attacked.
CLOUD_PROVIDER_WITH_NO: list[tuple[str, Detection | None]] = [
    (
        "利用しているクラウドサービスの事業者から、当社アカウントで不審なログインが続いているとの"
        "通知を受けました。",
        EXTERNAL,
    ),
    ("クラウドの事業者から、うちの環境に大量のアクセスが来てるって連絡がありました", EXTERNAL),
    (
        "クラウドサービスの事業者から、同社のサーバーがランサムウェア攻撃を受け、当社のデータが"
        "流出したとの連絡がありました。",
        THIRD,
    ),
    ("クラウドサービス事業者から、当社アカウントで不審な操作があったと通知を受けた。", EXTERNAL),
]

# 「問い合わせがもう10件」: a tally mark between the report word and its count counts what
# followed, not who told; one more (もう1件) and a total that led to it (計17件) still tell.
TALLY_AFTER_THE_REPORT: list[tuple[str, Detection | None]] = [
    ("お客様からの問い合わせがもう15件。電話対応で手一杯です", None),
    ("取引先からの問い合わせは既に20件に上っています。", None),
    ("住民からの苦情が早くも8件。", None),
    ("お客様からの問い合わせがもう1件ありました", THIRD),
    ("お客様からのお問い合わせ(計12件)により判明しました。", THIRD),
    ("お客様から問い合わせが3件あり、調べたところ改ざんが見つかりました。", THIRD),
]

# 「株式会社X セキュリティ監視センターです。貴社サーバーにおいて…を検知しました」: an operator
# introducing itself in a letter to the company tells what it detected: its report. Our own
# team writing (「情報システム部です」), a letter to nobody, or a denied finding stay as they were.
OPERATOR_LETTER: list[tuple[str, Detection | None]] = [
    (
        "こんなの来ました\n> 株式会社カンシ セキュリティ監視センターです。貴社Webサーバーにおいて、"
        "不審な通信を検知しました。ご確認をお願いいたします。",
        EXTERNAL,
    ),
    (
        "○○インターネット株式会社 レンタルサーバー サポートです。貴社ご契約のサーバーから大量の"
        "迷惑メール送信を検出しました。",
        EXTERNAL,
    ),
    ("こちら情報システム部です。昨日、不審な通信を検知しました", SELF),
    ("監視センターです。不審な通信を検知しました。", SELF),
    (
        "株式会社カンシ セキュリティ監視センターです。貴社サーバーにおいて、不審な通信は検知して"
        "おりません。",
        None,
    ),
]

# 「社内のSOCチームが検知」「SOCチームから連絡」: a unit word (チーム, 部門) right after a
# reporter is the reporter's own team, so it is the source as the reporter alone would be.
REPORTER_TEAM: list[tuple[str, Detection | None]] = [
    ("社内のSOCチームが検知。ランサムウェア感染で確定、サーバー1台", SELF),
    ("自社のSOCチームが不審な通信を検知しました。", SELF),
    ("SOCチームが検知しました", EXTERNAL),
    ("SOCが検知しました", EXTERNAL),
    ("社内の監視で検知しました", SELF),
]

# 「SOCから「…」ってalert」: the English word is the report word アラート is.
ALERT_IN_ENGLISH: list[tuple[str, Detection | None]] = [
    ("SOCから「C2通信の疑いあり」ってalert。いま調査中", EXTERNAL),
    ("監視会社からalert来ました", EXTERNAL),
    ("EDRのalertで気づいた", SELF),
    ("alertの閾値を見直しました", None),
]

# 「判明経緯:誤って届いた事業所からの電話」: a form's key of how it came to light, whose
# value ends in a call or a mail from a party (a clause describing it may come first), is
# that party's report; one of us, or a key whose value ends in its verb, is not.
KEYED_CHANNEL: list[tuple[str, Detection | None]] = [
    ("判明経緯：誤って届いた事業所からの電話\n公表：未定", THIRD),
    ("発覚の経緯：書類を受け取った方からのメール", THIRD),
    ("判明経緯：宛名違いに気づいた会員様からのお電話", THIRD),
    ("判明経緯：上司からの電話", None),
    ("判明経緯：当社から送ったメール", None),
    ("検知は監視会社に任せている", None),
]

# 「肖像権の件です。モデルさんから…の請求が来ました」: the infringement named as the topic in
# the sentence before is the claim's, so the claimant told (spec "Third party": a rights
# holder's letter); a claim over nothing named stays as it was.
INFRINGEMENT_AS_TOPIC: list[tuple[str, Detection | None]] = [
    ("著作権の件です。チラシに使ったイラストの作者さんから、使用料40万の請求が来ました", THIRD),
    ("肖像権の件で相談です。動画に映った通行人の方から賠償金の請求が届きました", THIRD),
    ("先月の件です。取引先から損害賠償の請求が来ました", None),
]

# 「市内の女性(34)が市に慰謝料など110万円を求める訴えを起こした」: the claimant as the subject
# of a suit over an infringement told the body sued; the company itself suing is no report.
CLAIMANT_AS_SUBJECT: list[tuple[str, Detection | None]] = [
    (
        "ポスターに写真を無断で使われ肖像権を侵害されたとして、県内の男性(41)が町に慰謝料など"
        "80万円を求める訴えを起こした。",
        THIRD,
    ),
    ("写真家の男性が、著作権侵害を理由に出版社に損害賠償を求めた。", THIRD),
    ("弊社が著作権侵害を理由にA社に損害賠償を求める訴えを起こしました。", None),
    ("当社は、商標権侵害を理由にB社に損害賠償を求める訴えを起こした。", None),
]

# 「○○システムズから報告を受けた」: a thing word (システム, ネットワーク) after a name withheld
# with marks ends a firm's name, as a legal form does; the bare thing names no one.
MASKED_FIRM: list[tuple[str, Detection | None]] = [
    ("委託先の○○システムズから、同社サーバーが不正アクセスを受けたと報告を受けました。", THIRD),
    ("△△ネットワークより、預けていた会員データが流出したとの連絡がありました。", THIRD),
    ("システムから、不審な通信が発生しているとの報告がありました。", None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    MADE_FOR_REPORTS
    + WRITER_CONTACTS
    + CLOUD_PROVIDER_WITH_NO
    + TALLY_AFTER_THE_REPORT
    + OPERATOR_LETTER
    + REPORTER_TEAM
    + ALERT_IN_ENGLISH
    + KEYED_CHANNEL
    + INFRINGEMENT_AS_TOPIC
    + CLAIMANT_AS_SUBJECT
    + MASKED_FIRM,
)
def test_sets_28_31_classes(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
