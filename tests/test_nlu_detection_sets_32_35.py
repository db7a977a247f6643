"""Classes of wording sets 32, 34 and 35 misread for `detection` (labelling rule 3), each
with sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# 「請求書が添付されています」: an attachment named in a claim's mail is its invoice; a lure is
# an attachment opened or run.
ATTACHMENT_OPENED: list[tuple[str, Detection | None]] = [
    (
        "社内報に使ったイラストの作者さんから無断使用だとメールが来ました。請求書が添付されています。",
        THIRD,
    ),
    ("写真家の方から著作権侵害だとメールが届きました。使用料の見積書が添付されてました", THIRD),
    ("取引先を名乗るメールが来て、添付を開いてしまいました。", None),
    ("Amazonからメールが来て、添付ファイルを開いたらおかしくなりました", None),
]

# 「著作権者から請求書きた」: an invoice that came, its particle dropped as chat writes it.
INVOICE_WITHOUT_PARTICLE: list[tuple[str, Detection | None]] = [
    ("ブログの写真、著作権者から請求書きた。使用料で30万", THIRD),
    ("イラストの作者から請求書来ました。無断使用だそうです", THIRD),
    ("写真の権利持っとる会社から請求書きてん。無断使用やって", THIRD),
    ("業者から請求書きた。調査費は80万でした", None),
]

# 「先方から正式に抗議を受けた」: a protest received is a complaint, from whoever made it.
PROTEST_RECEIVED: list[tuple[str, Detection | None]] = [
    ("先方から正式に抗議ば受けたとよ", THIRD),
    ("隣の席にいたお客様から抗議を受けました。", THIRD),
    ("当社から先方に抗議しました。", None),
    ("先方に抗議する予定です", None),
]

# 「取引先の経理の方から」「B社のご担当者様から」: the person of an outside party's department,
# or of a firm named by a letter, told; our own staff said so politely tells nothing here.
OUTSIDE_PERSON: list[tuple[str, Detection | None]] = [
    ("取引先の経理の方からお電話をいただきまして、感染がわかりました", THIRD),
    ("委託先の営業の人から、データが漏れたと連絡がありました", THIRD),
    ("B社の担当者さんから連絡があり、添付は開かずに削除したとのことでした。", THIRD),
    ("A社のご担当者様から、誤って届いたとご連絡をいただきました", THIRD),
    ("経理の担当者さんから連絡がありました。", None),
    ("経理の方から連絡がありました", None),
]

# 「友達から…ってLINE来て」: a friend outside is a third party, and a LINE message that came
# is a report as a mail is; one that lured someone is the attack.
FRIEND_ON_LINE: list[tuple[str, Detection | None]] = [
    ("友達から「これお前の会社のやつじゃね？」ってLINE来て、見たらXに写真が上がってました", THIRD),
    ("知人から、御社のサイトがおかしいとLINEが来ました", THIRD),
    ("店の名前で変なLINEが来て、リンクを開いてしまいました", None),
]

# 「ホームページのサーバーを提供している事業者」「ホームページの配信を委託している事業者」:
# the hosting operator named by the hosting it does, telling of an attack on its service;
# a mail delivery service is a contractor like any other.
HOSTING_BY_ITS_WORK: list[tuple[str, Detection | None]] = [
    (
        "ホームページのサーバーを提供している事業者から、DDoS攻撃を受けているとの連絡があった。",
        EXTERNAL,
    ),
    (
        "市がホームページの配信を委託している事業者から、攻撃を検知したとの連絡があり判明した。",
        EXTERNAL,
    ),
    (
        "メールの配信を委託している事業者から、配信システムが不正アクセスを受けて会員のアドレスが"
        "漏れたと連絡がありました",
        THIRD,
    ),
]

# 「保守をお願いしてる業者さんが定期点検で…って言ってきました」: a firm named by its work,
# politely, is an outsider: its check is its own, and what it told us toward us is its report.
FIRM_TELLS_US: list[tuple[str, Detection | None]] = [
    (
        "保守をお願いしてる業者さんが定期点検で、サーバーに見覚えのないプロセスが動いてるって言ってきました。",
        THIRD,
    ),
    ("発送をお願いしてる会社さんが、うちの荷物が一箱足りないって連絡してきました", THIRD),
    ("情シスが定期点検で不審なプロセスに気づきました", SELF),
    ("経理の子が、変なメールが来てるって言ってきました", SELF),
]

# 「本部から連絡」: a head office is the organisation's own, as 本社 is (unknown, not guessed).
HEAD_OFFICE: list[tuple[str, Detection | None]] = [
    ("本部あてに送った書類が届いていないと、本部から連絡がありました", None),
    ("取引先から、書類が届いていないと連絡がありました", THIRD),
]

# 「安全管理措置に不備があったと指摘」: a regulator's verdict on the company's safeguards,
# once the matter was known; a setting's flaw pointed out may be how it came to light.
SAFEGUARDS_VERDICT: list[tuple[str, Detection | None]] = [
    ("委員会は、同社の安全管理措置に不備があったと指摘した。", None),
    ("セキュリティ研究者から、サイトの設定の不備を指摘され発覚した。", THIRD),
]

# 「お使いの端末のウイルス対策ソフトで」: the reader's tool, in a notice's request.
READERS_TOOL: list[tuple[str, Detection | None]] = [
    (
        "念のため、お使いの端末のウイルス対策ソフトでチェックを行っていただきますようお願い"
        "申し上げます。",
        None,
    ),
    ("当社のウイルス対策ソフトで検知しました。", SELF),
]

# 「…を検知しました。感染確定、流出はなかったとベンダーから報告」: after our own finding, a
# report whose quoted content is a verdict is the check's outcome; news of a leak still says
# who told.
VERDICT_AFTER_OUR_FINDING: list[tuple[str, Detection | None]] = [
    (
        "ウイルス対策ソフトが経理のPCでトロイの木馬を検知しました。感染確定、情報流出はなかったと"
        "ベンダーから報告。",
        SELF,
    ),
    ("EDRで検知しました。侵入の痕跡はなかったと保守業者から報告を受けました。", SELF),
    ("EDRで検知しました。その後、顧客情報が流出したと委託先から連絡がありました。", THIRD),
]

# An operator's letter to the company: the writer named in a header line (「送信元:…SOC
# センター」), the writer's own SOC in a letter to 貴社 (「貴社ご契約の当社SOCサービス」), or a
# letter to a clinic (「貴院のNAS」); not the company's own notice, nor a contractor's letter of
# the data it keeps (its own incident).
OPERATOR_LETTERS: list[tuple[str, Detection | None]] = [
    (
        "宛先：株式会社サンプル商事 総務部 御中\n送信元：ミハリ24 SOCセンター\n"
        "検知日時：2025/05/01 03:10\n検知内容：外部の不審なサーバーへの通信",
        EXTERNAL,
    ),
    (
        "宛先：株式会社サンプル商事 総務部 御中\n送信元：情報システム部\n"
        "検知日時：2025/05/01 03:10\n検知内容：外部の不審なサーバーへの通信",
        None,
    ),
    ("送信元：ミハリ24 SOCセンター\n検知日時：2025/05/01 03:10\n検知内容：不審な通信", None),
    (
        "株式会社サンプル商事\n総務部 ご担当者様\n\nミハリセキュリティ株式会社の田中です。\n"
        "9月3日に貴社ご契約の当社SOCサービスより通報いたしました不審な通信について、"
        "調査結果をご報告いたします。",
        EXTERNAL,
    ),
    ("9月3日に当社SOCサービスより通報いたしました不審な通信について、ご報告いたします。", None),
    (
        "株式会社○○ 御中\n弊社は貴社よりお預かりしている会員データの保管を受託しております。"
        "弊社SOCより通報がありました不審な通信について、ご報告いたします。",
        THIRD,
    ),
    (
        "さくら歯科医院\n院長 山田 様\n\n株式会社ネットミハリ 運用監視センターです。\n"
        "当社の監視サービスにおいて、貴院のNASへの多数のログイン試行を検知いたしました。",
        EXTERNAL,
    ),
]

# 「> どなたが最初に気づきましたか？」 answered 「自分です、朝イチで開いたら」: the answer's first
# clause names the writer or the company alone.
OURSELVES_ANSWERED: list[tuple[str, Detection | None]] = [
    ("> どなたが最初に気づきましたか？\n自分です、朝イチで開いたら。", SELF),
    ("> どなたが最初に気づきましたか？\nうちです", SELF),
    ("> どなたが最初に気づきましたか？\nわからないです", None),
    ("> どなたが最初に気づきましたか？\n取引先さんです", THIRD),
    ("自分です、朝イチで開いたら。", None),
]

# 「…検知（自社SOC）」: our own operator in brackets after the report word.
OWN_OPERATOR_GLOSSED: list[tuple[str, Detection | None]] = [
    ("FWログで外部からのブルートフォース検知（自社SOC）。", SELF),
    ("外部から通報（JPCERT）あり。", EXTERNAL),
]

# 「情シスの佐藤です。M365のサインインログに…出ています」: our IT team, introducing itself,
# saw it in our own logs; a bare log, a log that showed nothing, or a report before it do not.
IT_TEAM_LOGS: list[tuple[str, Detection | None]] = [
    (
        "情シスの佐藤です。M365のサインインログに、海外IPからのサインイン試行が大量に出ています。",
        SELF,
    ),
    (
        "情シス課長の森です。FWログで、海外IPからの接続試行が多数記録されているのを確認しました。",
        SELF,
    ),
    ("管理画面のログに海外IPからのアクセスが残ってる。情シスで調査中", None),
    ("情シスの佐藤です。ログを確認しましたが、不審な記録はありませんでした。", None),
    (
        "情シスの佐藤です。取引先から、変なメールが届いたと連絡がありました。ログで確認しました。",
        THIRD,
    ),
]

# 「当院では…監査しており、8月の監査において…を確認」「検品作業で…が判明」: our own regular
# check or inspection as the means; a customer's is theirs.
OWN_CHECKS: list[tuple[str, Detection | None]] = [
    (
        "当院では閲覧履歴を定期的に監査しており、8月の監査において不審な閲覧記録を確認しました。",
        SELF,
    ),
    ("当社では定期的に監査を行っております。", None),
    ("倉庫での検品作業で、ケースが一つ届いていないことが判明しました。", SELF),
    ("お客様の検品で、商品が足りないことが判明しました", None),
]

# 「朝事務所に来たら…暗号化されてて、…払ったほうが早いのかね」: what was met on coming in,
# told in a question's run-on sentence, is no supposition.
MET_ON_ARRIVAL: list[tuple[str, Detection | None]] = [
    (
        "朝事務所に来たらファイルが全部暗号化されてて、身代金を払えって出てるんだけど、"
        "これ払ったほうが早いのかね",
        SELF,
    ),
    ("朝来たら画面が真っ黒になってたら、どうすればいい？", None),
]

# 「写真を許可なく載せていた…その施主さんから慰謝料を請求」: a work published without leave is
# an infringement, whose claim is how it came to light; an insider's theft is not.
PUBLISHED_WITHOUT_LEAVE: list[tuple[str, Detection | None]] = [
    (
        "施主さんの顔が写った写真を許可なく載せていたそうで、その施主さんから慰謝料を請求されています",
        THIRD,
    ),
    ("社員が顧客名簿を許可なく持ち出し、顧客から損害賠償を請求されています", None),
]

# 「外部の会社に委託しているのですが、そこがランサムウェアの被害にあって…と連絡が来ました」:
# そこ takes up the contractor as the subject of the news it told, when that news is of an
# incident.
CONTRACTOR_TAKEN_UP: list[tuple[str, Detection | None]] = [
    (
        "会員データの管理を外部の会社に委託していて、そちらがランサムウェアに感染したと連絡が"
        "ありました。",
        THIRD,
    ),
    (
        "ホームページの更新を制作会社に頼んでいるのですが、そこが今月で廃業すると連絡が来ました。",
        None,
    ),
    (
        "給与計算を外部の会社に委託しているのですが、そこがランサムウェアの被害にあって、データが"
        "外に出た可能性もあると連絡が来ました。",
        THIRD,
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ATTACHMENT_OPENED
    + INVOICE_WITHOUT_PARTICLE
    + PROTEST_RECEIVED
    + OUTSIDE_PERSON
    + FRIEND_ON_LINE
    + HOSTING_BY_ITS_WORK
    + FIRM_TELLS_US
    + HEAD_OFFICE
    + SAFEGUARDS_VERDICT
    + READERS_TOOL
    + VERDICT_AFTER_OUR_FINDING
    + OPERATOR_LETTERS
    + OURSELVES_ANSWERED
    + OWN_OPERATOR_GLOSSED
    + IT_TEAM_LOGS
    + OWN_CHECKS
    + MET_ON_ARRIVAL
    + PUBLISHED_WITHOUT_LEAVE
    + CONTRACTOR_TAKEN_UP,
)
def test_sets_32_35_classes(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
