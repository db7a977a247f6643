"""Who found it (`detection`) when the words around a report change who made it. Set 7,
written blind, read third_party on a network operator whose quoted message named a
customer, on an operator missing from the reporters (インターネット接続事業者), on a later
tally of inquiries beside a named reporter, on a reply to the company's own request, and
on an insurance agent's client telling its agent.

Our own sentences in each class: the negatives must stay unknown, the positives next to
them must keep their category.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

# A network or hosting operator reporting an attack on or from its service is an external
# report (spec); a party named inside its quoted message is what it said.
NETWORK_OPERATOR: list[Case] = [
    (
        "契約しているレンタルサーバー会社から「お客様のサイトが改ざんされています」と連絡がありました。",
        EXTERNAL,
    ),
    ("プロバイダーから「取引先のサーバーから攻撃を受けています」と通報がありました。", EXTERNAL),
    ("回線業者から「お客様の回線から不審な通信が発信されています」とメールが来た。", EXTERNAL),
    (
        "利用しているインターネット接続業者から、当社の回線から攻撃通信が出ているとの連絡があった。",
        EXTERNAL,
    ),
    (
        "契約先の接続事業者から「御社の回線から大量の通信が出ている」と連絡を受けて発覚した。",
        EXTERNAL,
    ),
    # The quoted party is the sender only when nobody is named before the quote.
    ("お客様から「届いたメールに別の方の情報が載っている」とのご連絡をいただきました。", THIRD),
    ("取引先から「御社から届いたメールにウイルスが付いていた」と連絡がありました。", THIRD),
]

# Inquiries from nobody named, beside a named reporter, followed the news.
UNNAMED_AFTER_NAMED: list[Case] = [
    (
        "データセンター事業者から攻撃を受けているとの連絡があった。市には約40件の問い合わせが寄せられた。",
        EXTERNAL,
    ),
    (
        "警察から連絡があり、流出が判明しました。その後、問い合わせが多数寄せられています。",
        EXTERNAL,
    ),
    # With nobody named at all, the inquiries are still a third party's report.
    ("サイトがおかしいとのお問い合わせが寄せられ、調べたところ改ざんが判明しました。", THIRD),
]

# A reply to what the company asked (削除をお願いし…削除済みとのご連絡) came after it knew.
REPLY_TO_OUR_REQUEST: list[Case] = [
    ("受信者に削除をお願いし、削除した旨のご連絡をいただきました。", None),
    ("誤送付先に返送を依頼したところ、返送済みとの連絡がありました。", None),
    ("先方からは、破棄したとの報告をいただいております。", None),
    ("誤送信先には削除を依頼し、削除済みとのご連絡を頂戴しました。", None),
    # Their own request, or news of the incident, is still their report.
    ("取引先から、削除をお願いしたいとの連絡がありました。", THIRD),
    ("取引先から、別の会社の見積書が届いているとの連絡がありました。", THIRD),
]

# An insurance agent relaying its client: the insured telling the agent is no detection.
AGENT_RELAY: list[Case] = [
    ("代理店です。お客様から連絡があり、事務所のPCがランサムウェアに感染したそうです。", None),
    ("代理店の鈴木です。お客様から電話があって、USBメモリを紛失したとのことです。", None),
    ("お客様から連絡ありました。社長のスマホが盗まれたそうです。", None),
    ("お客様の件です。お客様からご連絡があり、ノートPCを置き忘れたとのことです。", None),
    # The client's own account of who told it still counts.
    (
        "保険代理店です。お客様から連絡があり、取引先からの指摘で情報漏えいが発覚したそうです。",
        THIRD,
    ),
    # A company's own customer (no agent marker, our own officer or thing) is a third party.
    ("お客様から連絡ありました。うちの社長宛のメールが別の方に届いたそうです。", THIRD),
    ("お客様から連絡がありました。お客様宛の請求書に別の方の情報が入っていたそうです。", THIRD),
    (
        "当社(保険代理店)において、お客様から「他人の情報が見える」とのご指摘をいただきました。",
        THIRD,
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    NETWORK_OPERATOR + UNNAMED_AFTER_NAMED + REPLY_TO_OUR_REQUEST + AGENT_RELAY,
)
def test_detection_in_context(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected


# Set 9, written blind: an operator telling of an attack on its own systems is a contractor
# reporting its own leak (third party), not an attack on the service it runs for us; the
# operator of our server reporting an attack on it stays an external report.
OPERATOR_SIDE: list[Case] = [
    (
        "利用しているクラウドサービスの提供事業者より、同社のサーバーが不正アクセスを受け、"
        "当社会員の情報が流出したとの連絡を受けました。",
        THIRD,
    ),
    (
        "運用を委託している業者から、業者側のシステムがランサムウェアに感染したと報告がありました。",
        THIRD,
    ),
    (
        "運用を委託している会社から、先方のサーバーが不正アクセスを受けたとの連絡がありました。",
        THIRD,
    ),
    ("プロバイダから、同社のサーバーに不正アクセスがあったと連絡を受けた。", EXTERNAL),
    ("レンタルサーバー会社から、当社サイトが改ざんされているとの連絡がありました。", EXTERNAL),
    (
        "サーバーの運用事業者から、当社のサイトにDDoS攻撃が行われているとの連絡を受けました。",
        EXTERNAL,
    ),
    (
        "サーバーの運用会社から、同サーバーへの不正なアクセスを検知したと連絡がありました。",
        EXTERNAL,
    ),
    ("SOC事業者がファイアウォールで不審な通信を検知しました。", EXTERNAL),
    ("監視を委託しているSOC事業者が不審な通信を検知した件についてご報告します。", EXTERNAL),
    # the contractor itself the subject of the attack it tells of
    (
        "受注管理を任せているクラウド事業者がランサムウェア攻撃を受け、当社の顧客データが"
        "流出した可能性があるとの連絡がありました。",
        THIRD,
    ),
    ("委託先のデータセンター事業者が不正アクセスを受けたと報告がありました。", THIRD),
    ("データセンター事業者から、当社サーバーが攻撃を受けていると連絡がありました。", EXTERNAL),
]

# Our own staff named by their job, and another organisation's staff.
STAFF_BY_JOB: list[Case] = [
    ("検針員から、端末を紛失したとの報告がありました。", SELF),
    ("教員が誤送信に気づきました。", SELF),
    ("駅の係員から、落とし物の連絡がありました。", THIRD),
    ("委託先の係員から、書類を紛失したとの報告がありました。", THIRD),
    ("取引先の社員の方から、誤送信のメールが届いていると連絡がありました。", THIRD),
    # Not ours, and the report that revealed it is theirs: a third party (spec "Third party").
    ("派遣先企業の社員が当社に連絡して発覚した。", THIRD),
    ("当社の社員が誤送信に気づきました。", SELF),
]

# The first report is how the company learnt of it: one added with も does not replace it;
# a later one said plainly, or a correction, still does.
ADDED_REPORT: list[Case] = [
    ("監視会社から通報があった。市民からの苦情も寄せられた。", EXTERNAL),
    ("警察から連絡を受けた。その後、取引先からも問い合わせが相次いだ。", EXTERNAL),
    ("取引先から連絡があった。警察からも連絡があった。", THIRD),
    ("取引先からも連絡があった。", THIRD),
    ("監視会社ではなく、取引先から連絡がありました。", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), OPERATOR_SIDE + STAFF_BY_JOB + ADDED_REPORT)
def test_detection_by_who_and_whose(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected


# Set 10, read blind: a lost thing that turned up read as found by us; a tally of inquiries
# in the response section read as who told; a cleft naming a mail from a party no reporter
# word names read as self; a contractor's letter to its principal, an office (事業所) before
# から, a key 「きっかけ」 in an agent's summary and a firm no reporter word names telling of
# its own attack read as unknown.

# The lost thing found again is its recovery, not how the loss came to light.
RECOVERED: list[Case] = [
    ("先日紛失したノートパソコンについて、本日パソコンが発見されましたのでお知らせします。", None),
    (
        "【続報】USBメモリ紛失の件(発見のご報告)。駅の遺失物係でUSBメモリが見つかり、返却されました。",
        None,
    ),
    ("鞄を置き忘れた件、昨日その鞄を発見しました。中の書類は無事でした。", None),
    # An attack found is still a finding of ours.
    ("社員がサーバー内に不審なファイルを発見しました。", SELF),
    ("情シスが不正なプログラムを発見した。", SELF),
]

# A count of reports received so far follows the news; a count alone may still be the trigger.
TALLY: list[Case] = [
    ("窓口を設置しました(10月3日までに42件のお問い合わせをいただいております)。", None),
    ("現時点で問い合わせは17件寄せられています。", None),
    ("不正アクセスを確認しました。これまでに120件のお問い合わせをいただきました。", None),
    ("3月6日、申請書の封入に誤りがあると総務課に2件の連絡があり、誤送付が判明しました。", THIRD),
    ("お客様から「変なメールが来た」と問い合わせが5件ありました。", THIRD),
    # 「来たって」, which MeCab cuts 来 + たって, still quotes what they told.
    ("会員さんから、偽のメールが来たって問い合わせが8件来てます", THIRD),
    ("保護者から、知らない番号から電話が来たって問い合わせが3件きてる", THIRD),
    ("利用者から問い合わせが20件ほど来ています", None),
]

# A cleft naming a call or a mail from someone outside names who told.
CLEFT_CHANNEL: list[Case] = [
    ("気づいたのは大家さんからの電話でした。", THIRD),
    ("最初に気づいたのは卒業生からのメッセージです。", THIRD),
    ("気づいたのは納品先の担当さんからのご連絡です。", THIRD),
    ("気づいたのは情シスです。", SELF),
]

# A contractor writing to its principal of the data it keeps is reporting its own incident.
PRINCIPAL_LETTER: list[Case] = [
    (
        "株式会社サンプル商事 御中\n弊社の配送管理サーバーがランサムウェアに感染し、"
        "貴社より配送業務のためにお預かりしている顧客データが暗号化されました。取り急ぎご報告申し上げます。",
        THIRD,
    ),
    (
        "弊社が御社から受託しております給与計算業務において、設定の誤りにより"
        "従業員情報が閲覧可能となっていたことが判明しましたのでご報告いたします。",
        THIRD,
    ),
    # The company's own notice names no contractor writing to it.
    ("当社サーバーがランサムウェアに感染したことをご報告いたします。", None),
]

# An office named with 所 is a party that can tell; a reason with ところ is not.
OFFICE: list[Case] = [
    ("翌日、誤ってFAXを受信した営業所から連絡があり判明しました。", THIRD),
    # A public office is a public body (spec), never the third party an office name reads as.
    ("本日、保健所から連絡があり、誤送付が判明しました。", EXTERNAL),
    ("確認したところから順次ご連絡いたします。", None),
]

# 「きっかけ」 keys how it came to light, even in an agent's summary of its client's case.
KEYED_TRIGGER: list[Case] = [
    ("代理店です。状況まとめ\n侵入:調査中 / きっかけ:お客様からの問い合わせ(3件)", THIRD),
    ("代理店です。きっかけ:監視会社からの通報", EXTERNAL),
    ("代理店です。お客様から連絡があり、社長のPCがウイルスに感染したそうです。", None),
    ("きっかけは不明です。", None),
]

# A firm no reporter word names, the subject of its own attack in the news it sent, told us.
FIRM_TELLER: list[Case] = [
    (
        "チラシを印刷会社に頼んでるんだけど、その印刷会社がサイバー攻撃を受けて、会員名簿(約300人)が流出したって連絡がきた",
        THIRD,
    ),
    ("発送代行会社がランサムウェアに感染して顧客データが漏れたと連絡がありました。", THIRD),
    ("うちの会社がサイバー攻撃を受けたって連絡がきた", None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    RECOVERED + TALLY + CLEFT_CHANNEL + PRINCIPAL_LETTER + OFFICE + KEYED_TRIGGER + FIRM_TELLER,
)
def test_detection_set10_classes(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected


# Set 11, written blind: a letter that arrived from a rights holder (手紙が届く, as a mail
# does); our staff member 「本人」 reporting inward (社員本人が…申告した), where a 申告
# received from someone says nothing of who; and the writer coming in to work and seeing
# the ransom screen (朝来たら…画面に).
LETTER: list[Case] = [
    ("ブログに使ったイラストの作者から手紙が届きました。", THIRD),
    ("写真家から、使用料を払ってほしいと書面が届いた", THIRD),
    ("お客様から手紙が来ました", THIRD),
    ("手紙が届きました", None),
    ("取引先に手紙が届きました", None),
]
STAFF_SELF_REPORT: list[Case] = [
    ("担当者本人が不審に感じ、情シスに報告した。", SELF),
    ("社員が総務課に申告しました。", SELF),
    ("職員本人が異変に気づいた。", SELF),
    ("本人から申告がありました。", None),
    ("確定申告の書類を紛失しました。", None),
    ("警察に被害を申告した。", None),
]
SEEN_ON_ARRIVAL: list[Case] = [
    ("朝出社したらパソコンの画面に英語のメッセージが表示されていました", SELF),
    ("出勤したら共有フォルダのファイルが全部開けない状態でした", SELF),
    ("朝来たら画面が真っ黒で身代金を要求する文が出てました", SELF),
    ("朝来たら保守業者から画面がおかしいと電話がありました", THIRD),
    ("朝来たら画面に脅迫文が出てたらどうすればいい？", None),
    ("出社したら上司に呼ばれました", None),
]


@pytest.mark.parametrize(("text", "expected"), LETTER + STAFF_SELF_REPORT + SEEN_ON_ARRIVAL)
def test_detection_set11_classes(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
