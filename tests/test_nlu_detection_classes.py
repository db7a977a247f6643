"""Who found it (`detection`), class by class: each rule's positives and its near misses.

The spec's "External report" and "Third party" sections decide the category; a text that
does not say who found it leaves `detection` unknown, since a wrong value is worse.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

# An agent of ours (「自社で」「CSIRTが」) says self only when what they did was a finding.
AGENT_OF_A_FINDING: list[Case] = [
    ("経理課のPCの不審な通信を自社で見つけ、すぐにネットワークから外しました", SELF),
    ("当社では、サーバーへの攻撃を常時監視しており、この監視で異常を捉えました", SELF),
    ("社内のCSIRTが不審なログインに気づき、アカウントを止めました", SELF),
    # Confirming, investigating or changing something says nothing of who noticed.
    ("サーバーへの侵入はCSIRTで確認済みです。調査費は300万円の見込みです", None),
    ("マルウェア感染は情シスで確定しました。復旧費用は80万円です", None),
    ("ルーターの設定は自分で変えたものでした。侵入の形跡はありません", None),
    ("当社内部での調査には限界があるため、専門会社に依頼しました", None),
]

# 見つかる says something turned up (a lost item, evidence), not who noticed the incident.
TURNED_UP: list[Case] = [
    ("紛失した書類の入った封筒が、翌日駅の遺失物係で見つかりました", None),
    ("置き忘れたタブレットが見つかったと店から連絡がありました", THIRD),
    ("社員が置き忘れに気づき、探しましたが見つかっていません", SELF),
]

# A call that came in: 「電話がかかってきた」「客からかかってきた電話」.
CALLS_IN: list[Case] = [
    ("工務店から電話がかかってきて、うちを名乗る不審なメールが届いたと言われた", THIRD),
    ("得意先からかかってきた一本の電話で、ホームページの改ざんを知りました", THIRD),
    ("警察から電話をもらい、当社のサーバーが踏み台にされていると教えられました", EXTERNAL),
    # The company's own call is no report it received.
    ("不審に思い、こちらからカード会社に電話をかけて確認しました", None),
]

# An inquiry the company received comes from outside, with nobody named: third party.
INQUIRIES: list[Case] = [
    ("当社を名乗るメールが届いたとのお問い合わせを複数いただきました", THIRD),
    ("会員の皆様から、身に覚えのない請求があるとの問い合わせが寄せられました", THIRD),
    # The company's own contact point and its request to readers are none.
    ("本件に関するお問い合わせは、下記の専用窓口までお願いいたします", None),
    ("ご不明な点はお問い合わせください", None),
]

# Our own staff telling the company, or finding it, is self; an outsider's staff is not.
OWN_STAFF: list[Case] = [
    ("営業所の職員から、顧客名簿の入ったバッグを電車に置き忘れたとの報告がありました", SELF),
    ("当法人の職員が、届いたメールを調べたところ、なりすましであると判明しました", SELF),
    ("受付の社員がPCを使っていたところ、ウイルス感染の警告が出ました", SELF),
    # What was found is what they did: no word of who found it.
    ("元社員が退職時に顧客リストを持ち出していたことが判明しました", None),
    ("委託先の配送業者の社員が伝票を紛失していたと判明しました", None),
]

# An alarm going off on our own system is self, unless an outsider is named as its source.
ALARMS: list[Case] = [
    ("午前9時にサーバーの異常を知らせる警報が作動し、サイトが止まりました", SELF),
    ("閲覧中のブラウザに、突然ウイルス感染の警告が表示されました", SELF),
    ("監視会社からアラートが上がり、不正な通信がわかりました", EXTERNAL),
    # 「警告音」 is a sound, not our alarm's word.
    ("スマホから警告音が流れるサイトを開いてしまいました", None),
]

# A mail arriving from a security, network or public body is its report; a mail from
# anyone else may be the attack itself.
MAIL_FROM: list[Case] = [
    ("IPAから届いたメールに、当社サイトの脆弱性が書かれていました", EXTERNAL),
    ("契約しているプロバイダから届いた通知で、踏み台にされていると知りました", EXTERNAL),
    ("取引先から届いたメールの添付ファイルを開いたところ、感染しました", None),
]

# A notice's documents are no report: 「通知書が同封されていた」.
DOCUMENTS: list[Case] = [
    ("封入作業で、別の方の通知書が同封されていたことが判明しました", None),
]

# The operator running the company's site, reporting an attack on it, is a network operator.
SITE_OPERATOR: list[Case] = [
    ("ホームページの運営を委託している事業者から、改ざんされているとの連絡がありました", EXTERNAL),
]

# An operator telling of an attack on its own systems is a contractor reporting its own
# leak (spec, "Third party"), not an external report of an attack on our service.
OWN_ATTACK: list[Case] = [
    ("SaaS事業者が攻撃を受け、当社の顧客データが流出したとのお知らせがありました", THIRD),
]

# 「Xの説明では、…」: the sentence is X's account, so X told the company, whoever told X.
ACCOUNTS: list[Case] = [
    ("配送業者の説明では、警察から顧客名簿が押収されたと連絡があったとのことです", THIRD),
    ("カード会社の話では、県警から不正利用の連絡があったそうです", THIRD),
    # No frame: the police told the company itself.
    ("委託先が調べる前に、警察から顧客名簿が押収されたと連絡がありました", EXTERNAL),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    AGENT_OF_A_FINDING
    + TURNED_UP
    + CALLS_IN
    + INQUIRIES
    + OWN_STAFF
    + ALARMS
    + MAIL_FROM
    + DOCUMENTS
    + SITE_OPERATOR
    + OWN_ATTACK
    + ACCOUNTS,
)
def test_detection_class(text: str, expected: Detection | None) -> None:
    """Who found it, by the class of wording that says so."""
    assert read_message(text).detection == expected


# A bare 「気づき」「見つけ」 is self only when no outsider is a subject in its sentence.
BARE_FINDING: list[Case] = [
    ("朝、予約システムの画面がおかしいことに気づき、すぐにネットワークから外しました", SELF),
    ("保守業者がサーバーの異常に気づき、調べています", None),
    ("ログインできないことに気づき、システム会社が確認したところ、乗っ取られていました", None),
    # Our own staff named with the outsider's word (「職員本人が」) is still one of us.
    ("職員本人が紛失に気づき、すぐに上司に伝えました", SELF),
]

# Finding one's own photo or work published: the person shown or the author, outside.
THEIR_OWN: list[Case] = [
    ("私の作品のイラストが、その会社の広告に無断で使われているのを見つけました", THIRD),
    ("僕の写真が塾のチラシに載っているのを見つけて驚きました", THIRD),
    # Our staff finding something on their own machine is self.
    ("私のパソコンに不審なファイルがあるのを見つけ、情シスに伝えました", SELF),
]

# An inquiry that qualifies a thing (「問い合わせのあった取引」) is about that thing: no
# report; the loss met when we went to check it is our own finding (nlu.reporter_own).
INQUIRY_ABOUT_A_THING: list[Case] = [
    ("会員から問い合わせのあった注文を調べようとしたところ、帳票の紛失が分かりました", SELF),
    ("取引先から問い合わせのあった件を調べたところ、誤送信が判明しました", THIRD),
    ("顧客から問い合わせがあった際に、名簿の紛失が分かりました", THIRD),
]

# 「Xからも」 decides only when nothing else is said.
ALSO_FROM: list[Case] = [
    ("同じ日に、別の会社からも当社名義の不審なメールが届いたと連絡がありました", THIRD),
    ("当社のEDRが検知し、その後、取引先からも連絡がありました", SELF),
]

# A letter in a reporter's name is its report.
IN_ITS_NAME: list[Case] = [
    ("ある日、著作権者の代理人名義の文書が届き、画像の無断使用を指摘されました", THIRD),
    ("弁護士名義の内容証明が届きました", THIRD),
    # A name that tells nothing: 「社長名の文書を送付した」 is our own letter.
    ("社長名の文書を取引先に送付しました", None),
]

# A damages claim came after the company knew, except a rights holder's.
RIGHTS_HOLDER_CLAIMS: list[Case] = [
    ("サイトのバナー画像について、イラストレーターから提訴されました", THIRD),
    ("カメラマンから使用料を請求する通知が来ています", THIRD),
    ("漏えいの件で、顧客から損害賠償を請求されています", None),
    ("取引先から損害賠償請求訴訟を起こされました", None),
]

# A mail from a customer or partner is their report when the company learnt of it from
# the mail, and may be the attack when it was opened.
LEARNT_FROM_MAIL: list[Case] = [
    ("お客様から届いたメールで、サイトが改ざんされていることを知りました", THIRD),
    ("取引先から届いたメールに驚き、調べるとホームページが書き換えられていました", THIRD),
    ("取引先から届いたメールのリンクを開いたところ、感染しました", None),
]

# A mis-sent mail reported to the company, with nobody named: only a recipient knows.
MISDELIVERY_REPORTED: list[Case] = [
    ("案内状の封入に誤りがあると、総務課に3件の連絡があり、誤送付が判明しました", THIRD),
    ("メールの宛先が違うと窓口に連絡が入り、誤送信が分かりました", THIRD),
    # The company's own report, or a report of something else, is not.
    ("誤送付が判明したため、すぐに警察に連絡しました", None),
    ("サーバーが止まっていると総務課に連絡があり、障害が分かりました", None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    MISDELIVERY_REPORTED
    + BARE_FINDING
    + THEIR_OWN
    + INQUIRY_ABOUT_A_THING
    + ALSO_FROM
    + IN_ITS_NAME
    + RIGHTS_HOLDER_CLAIMS
    + LEARNT_FROM_MAIL,
)
def test_detection_finder(text: str, expected: Detection | None) -> None:
    """Who found it, when the text names the finder or the reporter indirectly."""
    assert read_message(text).detection == expected


# A security vendor named by its kind in a news report (「セキュリティ企業」) is a security
# operator: an external report.
SECURITY_VENDOR_BY_KIND: list[Case] = [
    ("米国のセキュリティ企業から、不正な通信が出ているとの連絡を受けて調べた", EXTERNAL),
    ("大手セキュリティー会社の指摘で、サイトの改ざんが分かったという", EXTERNAL),
    # Near misses: a vendor that sold the company a product told nothing; a customer did.
    ("セキュリティ企業の製品を導入していたが、顧客からの指摘で流出が分かった", THIRD),
    ("セキュリティ企業に調査を依頼しました", None),
]

# Checking what an outsider reported (「当社で確認したところ」) does not make it self-found;
# with no report, the company's own check is its finding.
CHECKING_A_REPORT: list[Case] = [
    (
        "利用者の方から、不審なメールが届いたとの連絡がありました。当社で確認したところ、"
        "メールサーバーへの不正アクセスが判明しました",
        THIRD,
    ),
    ("警察から情報提供を受け、職員が確認すると、名簿が掲示板に載っていました", EXTERNAL),
    # Near misses: a finding word after a report is still the last statement; no report,
    # the check is ours.
    ("当社で定期的にログを確認したところ、不審な接続が見つかりました", SELF),
    ("取引先からの連絡ではなく、当社で気づいたものです", SELF),
]


@pytest.mark.parametrize(("text", "expected"), SECURITY_VENDOR_BY_KIND + CHECKING_A_REPORT)
def test_news_report_reporters(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


# Public bodies, security bodies and service providers named by kind in notices.
BODIES_BY_KIND: list[Case] = [
    ("捜査機関からの連絡により、顧客情報の流出が判明しました", EXTERNAL),
    ("外部のセキュリティ専門機関から、当社サイトの改ざんについて指摘を受けました", EXTERNAL),
    ("NICTからの注意喚起で、当社の機器が攻撃に使われていたことが判明しました", EXTERNAL),
    (
        "利用しているクラウドサービスの提供事業者から、同サービスへの不正ログインが確認されたと連絡がありました",
        EXTERNAL,
    ),
    ("監視サービスを提供する事業者から、不審な通信を検知したとの連絡がありました", EXTERNAL),
    # Near miss: a warning we gave reports nothing to us.
    ("当社はお客様に注意喚起を行いました", None),
]


@pytest.mark.parametrize(("text", "expected"), BODIES_BY_KIND)
def test_bodies_named_by_kind(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected


# Probe r7 (tests/data/nlu_probe_chat_r7.jsonl): a report missed when the negation after it
# was the reported content's, not a denial of the report: a hedge's ない past an ellipsis,
# an account opened by 「報告では」「レポートでは」; and our information-systems department.
REPORT_CONTENT_NEGATED = [
    (
        "警察（サイバー課）から連絡がありまして…うちのサーバが攻撃に使われてるかもしれない、と。",
        EXTERNAL,
    ),
    ("監視会社のレポートでは不正アクセスの形跡は確認されなかったとのこと。調査完了です", EXTERNAL),
    ("監視会社の報告では不正アクセスの形跡は確認されなかったとのこと。", EXTERNAL),
    ("ルータの管理画面に誰か入った形跡ありって、情報システム部から報告がありました", SELF),
    # Near misses: a report denied stays denied; a report of our own is none.
    ("通報ではなく社内で発見しました", SELF),
    ("監視会社からの報告ではなく、社内で気づきました", SELF),
    ("月次レポートを作成しています", None),
    ("取引先にレポートを提出した", None),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_CONTENT_NEGATED)
def test_a_negated_report_content_keeps_the_report(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
