"""`nlu.read_message` on single messages: what a careful Japanese reader takes as stated.

Each table is `(message, expected)`; a fact the message does not state must stay `None`.
Rows made with `guard` are regression rows: the reason names the gap they once showed.
"""

from __future__ import annotations

from typing import Any

import pytest

from coverage import Access, Detection, IncidentType
from nlu import Intent, read_message
from nlu.lexicon import GENERIC_INVESTIGATION


def guard(message: str, expected: Any, reason: str) -> Any:
    """A row that once read wrongly; `reason` says which gap it guards against."""
    return pytest.param(message, expected)


FOUND, NOT_FOUND = Access.FOUND, Access.NOT_FOUND

# (message, unauthorized_access): found only when confirmed, not_found only when concluded.
ACCESS = [
    ("サーバーに不正アクセスされました", FOUND),
    ("調査の結果、不正アクセスが確認されました", FOUND),
    ("ランサムウェアに感染し、ファイルが暗号化されました", FOUND),
    ("何者かに管理者アカウントへ不正ログインされた", FOUND),
    ("ホームページが改ざんされました", FOUND),
    ("フォレンジック調査で侵入の痕跡が見つかりました", FOUND),
    ("不正アクセスがあったことが判明しました", FOUND),
    ("漏えいは確認できなかったものの、不正アクセスの痕跡は残っていた", FOUND),
    ("不正アクセスは無かった", NOT_FOUND),
    ("調査したところ、不正アクセスはありませんでした", NOT_FOUND),
    ("フォレンジック調査の結果、不正アクセスは認められなかった", NOT_FOUND),
    ("侵入の痕跡はありませんでした", NOT_FOUND),
    ("ウイルス感染はしていないことを確認しました", NOT_FOUND),
    ("監視会社から通報があったが、調べたら不正アクセスはなかった", NOT_FOUND),
    ("不正アクセスが無かったとは言い切れない", None),
    ("情報が流出した可能性は否定できない", None),
    ("不正アクセスされたかもしれない", None),
    ("不正アクセスを受けた可能性が高い", None),
    guard(
        "ランサムウェアっぽい画面が出ている",
        None,
        "the hedge っぽい (labelling rule 1) is not read: found, and the type malware",
    ),
    guard(
        "調査はまだ途中ですが、侵入されたようです",
        None,
        "neither まだ途中 nor ようです hedges 侵入された: found",
    ),
    ("不正アクセスの有無は調査中です", None),
    ("漏えいは確認できなかったものの、念のため調査を続けています", None),
    guard(
        "不正アクセスは確認されていません",
        None,
        "「確認されていない」 is read as a conclusion (not_found); rule 4: not confirmed ≠ none",
    ),
    ("ウイルス感染の疑いがあります", None),
    guard(
        "不正アクセスの調査を業者に依頼しました",
        None,
        "read_incident_type takes a neutral mention (不正アクセスの調査) as a confirmed "
        "unauthorized_access, and read_message then infers access found from the type",
    ),
    ("顧客情報の入ったノートPCを紛失しました", None),
]


@pytest.mark.parametrize(("message", "expected"), ACCESS)
def test_unauthorized_access(message: str, expected: Access | None) -> None:
    """Access is found when confirmed, not_found when concluded absent, else unknown."""
    assert read_message(message).unauthorized_access == expected


# A hedge about access is an answer: "unknown", recorded in said_unknown.
ACCESS_SAID_UNKNOWN = [
    "不正アクセスが無かったとは言い切れない",
    "不正アクセスされたかもしれない",
    "不正アクセスの有無は調査中です",
    "不正アクセスがあったかどうかはわかりません",
    "侵入された可能性は否定できない",
    "不正アクセスを受けた可能性が高い",
]


@pytest.mark.parametrize("message", ACCESS_SAID_UNKNOWN)
def test_access_said_unknown(message: str) -> None:
    """A hedged or pending statement about access leaves it unknown and says so."""
    reading = read_message(message)
    assert reading.unauthorized_access is None
    assert "unauthorized_access" in reading.said_unknown


EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

# (message, detection): set only by how the incident came to the company's attention.
DETECTION = [
    ("通報ではなく社内で発見しました", SELF),
    ("情シスがログを確認していて気づきました", SELF),
    guard("社内のCSIRTが検知しました", SELF, "社内CSIRT is a self cue, 社内のCSIRT is not"),
    ("自社のEDRがアラートを出して発覚した", SELF),
    ("経理の担当者が自分で気づきました", SELF),
    ("A社ではなく社内の経理担当が気づきました", SELF),
    ("監視会社から不審な通信があると連絡がありました", EXTERNAL),
    ("セキュリティ運用会社のSOCが異常を検知しました", EXTERNAL),
    ("警察から情報漏えいの可能性があると連絡を受けた", EXTERNAL),
    ("JPCERT/CCから通知がありました", EXTERNAL),
    ("IPAから連絡があった", EXTERNAL),
    ("委託先のSOCから連絡がありました", EXTERNAL),
    ("宅配業者から誤配送の連絡があった", THIRD),
    ("社内で発見したのではなく、監視会社からの通報です", EXTERNAL),
    ("お客様からの指摘で発覚しました", THIRD),
    ("カード会社から不正利用の疑いがあると連絡がありました", THIRD),
    ("取引先から、御社からウイルス付きメールが届いていると指摘されました", THIRD),
    ("個人情報保護委員会に報告した", None),
    ("警察に被害届を出しました", None),
    ("取引先から損害賠償請求を受けました", None),
    ("ランサムウェアに感染しました", None),
]


@pytest.mark.parametrize(("message", "expected"), DETECTION)
def test_detection(message: str, expected: Detection | None) -> None:
    """A security operator or public body is external_report, another outsider third_party."""
    assert read_message(message).detection == expected


# (message, announced): done or planned → True, not done or not planned → False.
ANNOUNCED = [
    ("公表はまだしていないが来週する予定", True),
    ("昨日公表しました", True),
    ("自社HPにお詫びを掲載しました", True),
    ("ホームページで公表済みです", True),
    ("昨日記者会見を開きました", True),
    ("来週、記者会見を予定しています", True),
    ("プレスリリースを出しました", True),
    ("来週公表します", True),
    ("公表する予定はない", False),
    ("本件は非公表です", False),
    ("公表は控えています", False),
    ("まだ公表していません", False),
    ("公表はしない方針です", False),
    ("記者会見は行いません", False),
    ("被害者には個別に連絡しましたが、公表はしていません", False),
    ("公表するかどうか検討中です", None),
    guard(
        "公表前に保険の確認をしたい",
        None,
        "公表前 is read as announced: the 為る of したい later in the clause counts as doing it",
    ),
    ("ランサムウェアに感染しました", None),
]


@pytest.mark.parametrize(("message", "expected"), ANNOUNCED)
def test_announced(message: str, expected: bool | None) -> None:
    """An announcement made or planned is True; one withheld is False; undecided is None."""
    assert read_message(message).announced is expected


# (message, consent): the insurer's consent; False only when money went out without it.
CONSENT = [
    ("保険会社の同意を得ています", True),
    ("代理店経由で保険会社から了承をもらいました", True),
    ("保険会社から同意書面をもらった", True),
    ("保険会社のOKが出ています", True),
    ("保険会社の了承済みです", True),
    ("損保の担当者から費用支出の同意をもらいました", True),
    ("保険会社の同意を得ずに調査会社に発注してしまった", False),
    ("保険会社の承諾なしにフォレンジック業者と契約しました", False),
    ("保険会社には事後報告になります", False),
    ("保険会社に確認せず、すでにコールセンターを発注済みです", False),
    ("代理店から保険会社の同意が取れたと連絡がありました", True),
    guard(
        "保険会社の同意はこれから取ります",
        None,
        "consent still to be asked for (これから取ります) is read as given",
    ),
    guard(
        "同意はまだ取っていません",
        None,
        "not yet obtained, nothing spent, is read as refused (rule 6: unknown)",
    ),
    guard(
        "お客様の同意を得て連絡先を確認した",
        None,
        "_other_party looks for the lemma お客, but UniDic splits お客様 into 御/客/様",
    ),
    ("本人の同意なく個人情報が第三者に提供された", None),
    ("顧客情報の入ったノートPCを紛失しました", None),
]


@pytest.mark.parametrize(("message", "expected"), CONSENT)
def test_consent(message: str, expected: bool | None) -> None:
    """The insurer's consent is True when given, False when spent without it, else None."""
    assert read_message(message).consent is expected


T = IncidentType

# (message, incident_type): the most specific type stated.
INCIDENT_TYPES = [
    ("社内PCがランサムウェアに感染しました", T.MALWARE),
    ("Emotetに感染して取引先になりすましメールが送られた", T.MALWARE),
    ("ウイルスに感染したことが確認された", T.MALWARE),
    ("ECサイトに不正アクセスがあり、カード情報が漏えいした", T.UNAUTHORIZED_ACCESS),
    ("SQLインジェクションで会員情報を抜かれました", T.UNAUTHORIZED_ACCESS),
    ("ホームページが改ざんされました", T.UNAUTHORIZED_ACCESS),
    ("DDoS攻撃を受けてサイトが停止した", T.DDOS),
    ("社内のPCが乗っ取られてDDoS攻撃の踏み台にされた", T.DDOS),
    ("不正アクセスの可能性があると監視会社から連絡がありました", T.SUSPECTED),
    ("ウイルスに感染したかもしれない", T.SUSPECTED),
    ("不審な通信が見つかり、侵入されたかどうか調査中です", T.SUSPECTED),
    ("顧客情報の入ったノートPCを紛失しました", T.LOST_OR_STOLEN),
    ("USBメモリを盗まれました", T.LOST_OR_STOLEN),
    ("書類が入ったカバンを電車に置き忘れた", T.LOST_OR_STOLEN),
    ("電車内で顧客の話をしていたのを他人に聞かれた", T.VISUAL_LEAK),
    ("カフェでPCの画面をのぞき見された", T.VISUAL_LEAK),
    ("顧客リストを添付したメールを誤送信してしまった", T.MISDELIVERY),
    ("FAXを別の会社に誤送信しました", T.MISDELIVERY),
    ("請求書を別の顧客に誤って郵送した", T.MISDELIVERY),
    guard(
        "委託先から顧客情報が漏えいしました",
        T.VENDOR_LEAK,
        "_is_reporter takes every 委託先から as the vendor reporting, even when から says "
        "where the data leaked from",
    ),
    ("業務委託先のサーバーがランサムウェアに感染し、当社の顧客データが流出した", T.VENDOR_LEAK),
    ("ウェブサイトに掲載した写真が著作権侵害だとして使用料を請求された", T.MEDIA),
    ("広告に使った写真について肖像権の侵害を主張されています", T.MEDIA),
    ("設定ミスで顧客情報が外部から閲覧できる状態になっていた", T.OTHER),
    ("退職した社員が顧客名簿を持ち出した", T.OTHER),
    ("システムの不具合で他人の情報が表示された", T.OTHER),
    ("保険の内容を教えてください", None),
]


@pytest.mark.parametrize(("message", "expected"), INCIDENT_TYPES)
def test_incident_type(message: str, expected: IncidentType | None) -> None:
    """The incident type is the most specific one the message states; a hedge is suspected."""
    assert read_message(message).incident_type == expected


# (message, (individuals, corporations)): victims only, never our staff, PCs or inquiries.
VICTIMS = [
    ("顧客情報2,000件が漏えいしました", (2_000, None)),
    ("お客様300名分の個人情報が流出した", (300, None)),
    ("会員約1万人のメールアドレスが流出", (10_000, None)),
    ("患者200人分のカルテ情報を紛失した", (200, None)),
    guard(
        "社員150名の個人情報が漏れた",
        (150, None),
        "staff count as victims only beside the lemmas 漏洩/流出/被害/対象 (_is_target); "
        "漏れる is not among them",
    ),
    ("顧客リスト(約300名分)を紛失", (300, None)),
    ("取引先3社の情報が漏れた", (None, 3)),
    ("3社の取引先にメールを誤送信しました", (None, 3)),
    ("個人1,000名と法人20社の情報が漏えい", (1_000, 20)),
    ("取引先企業5社と個人顧客80名の情報が流出しました", (80, 5)),
    ("従業員5名で対応しています", (None, None)),
    ("担当者2名がメールを開いてしまった", (None, None)),
    ("PC3台が感染しました", (None, None)),
    ("問い合わせが50件来ています", (None, None)),
    ("取引先から損害賠償を請求された", (None, None)),
    ("11月20日に顧客情報が漏えいした", (None, None)),
    guard(
        "見舞金は1人500円を支払う予定です",
        (None, None),
        "the 1人 of a price 「1人500円」 is read as one victim (victims.price_unit "
        "only skips amounts with per_unit set, as 「1名あたり500円」)",
    ),
]


@pytest.mark.parametrize(("message", "expected"), VICTIMS)
def test_victims(message: str, expected: tuple[int | None, int | None]) -> None:
    """Counts of persons and companies affected are read; staff, devices and dates are not."""
    reading = read_message(message)
    assert (reading.individuals, reading.corporations) == expected


G = GENERIC_INVESTIGATION

# (message, ([(key, yen)], [unassigned yen])): each amount goes to the cost it is said about.
COSTS = [
    ("調査に300万、復旧に200万かかった", ([(G, 3_000_000), ("data_recovery", 2_000_000)], [])),
    ("調査費用は1台につき100万円で3台分です", ([(G, 3_000_000)], [])),
    guard(
        "調査と復旧で500万",
        ([], [5_000_000]),
        "_joined_ambiguity exempts pairs with a plain 調査, so 調査と復旧 is taken as 復旧 alone",
    ),
    ("調査300万、復旧200万、合計500万", ([(G, 3_000_000), ("data_recovery", 2_000_000)], [])),
    ("調査費用は200〜300万円の見込みです", ([(G, 3_000_000)], [])),
    guard(
        "調査費は300万円ではなく350万円でした",
        ([(G, 3_500_000)], []),
        "the amount denied by ではなく is attached as a second cost",
    ),
    ("被害範囲の調査に600万円", ([("investigation", 6_000_000)], [])),
    ("ネットワーク遮断の作業に20万円", ([("access_response", 200_000)], [])),
    ("コールセンターの設置に400万円かかりました", ([("incident_response", 4_000_000)], [])),
    ("お詫び状の郵送費に30万円", ([("incident_response", 300_000)], [])),
    ("見舞金として1人500円を2,000名に支払います", ([("condolence", 1_000_000)], [])),
    ("弁護士費用が50万円です", ([("consultation", 500_000)], [])),
    ("データ復旧費用は150万円でした", ([("data_recovery", 1_500_000)], [])),
    ("再発防止策としてEDRを導入し、80万円かかった", ([("prevention", 800_000)], [])),
    ("取引先から2,000万円の損害賠償請求を受けた", ([("damages", 20_000_000)], [])),
    ("売上が300万円減少した", ([], [3_000_000])),
    ("PC3台が感染しました", ([], [])),
    ("11月20日に発覚しました", ([], [])),
    ("第三者に情報が漏れた", ([], [])),
    ("一部のデータが暗号化された", ([], [])),
    ("千葉の営業所で発生しました", ([], [])),
]


@pytest.mark.parametrize(("message", "expected"), COSTS)
def test_costs(message: str, expected: tuple[list[tuple[str, int]], list[int]]) -> None:
    """Amounts attach to their cost, per-unit prices multiply, unclear ones stay unassigned."""
    reading = read_message(message)
    costs = sorted((c.key, c.yen) for c in reading.costs)
    assert (costs, sorted(a.yen for a in reading.unassigned)) == (
        sorted(expected[0]),
        sorted(expected[1]),
    )


# (message, intent): a question about money wins over the facts reported with it.
INTENTS = [
    ("保険金はいくら出ますか?", Intent.ESTIMATE),
    ("ランサムウェアに感染しました。これって補償されますか", Intent.ESTIMATE),
    ("調査費300万円ですが、支払額を教えてください", Intent.ESTIMATE),
    guard(
        "これって対象外ですか?",
        Intent.ESTIMATE,
        "only 対象外で合って is an estimate phrase; rule 12 names 対象外？ as a money question",
    ),
    ("まず何をすればいいですか", Intent.GUIDANCE),
    ("ノートPCを紛失しました。どうすればいいでしょうか", Intent.GUIDANCE),
    # The checklist named alone, or asked for, is a request for the steps; in a statement
    # it asks nothing.
    ("チェックリスト", Intent.GUIDANCE),
    ("やることリスト見せてください", Intent.GUIDANCE),
    ("ＴＯＤＯリストをお願いします", Intent.GUIDANCE),
    ("対応手順を教えて", Intent.GUIDANCE),
    ("再発防止としてチェックリストを導入しました", Intent.REPORT),
    ("どこに電話すればいいですか", Intent.CONTACTS),
    ("事故受付の電話番号を教えてください", Intent.CONTACTS),
    # The contacts named alone, as the help text invites (「「連絡先」で緊急連絡先」); the
    # word in a statement is data that was lost.
    ("連絡先", Intent.CONTACTS),
    ("緊急連絡先を教えてください", Intent.CONTACTS),
    ("電話番号は？", Intent.CONTACTS),
    ("連絡先にお客様が約200人登録されていました", Intent.REPORT),
    ("取引先の連絡先が入ったUSBを紛失しました", Intent.REPORT),
    ("担当者と話したいです", Intent.ESCALATE),
    ("人につないでください", Intent.ESCALATE),
    ("こんにちは", Intent.HELP),
    ("使い方を教えて", Intent.HELP),
    (":wave:", Intent.HELP),
    ("最初からやり直したい", Intent.RESET),
    ("リセット", Intent.RESET),
    ("リセットでお願いします", Intent.RESET),
    ("最初から！", Intent.RESET),
    ("最初から相談し直したい", Intent.RESET),
    # Starting over erases the conversation: a reset word in a message that tells of the
    # incident or asks something else is no request to start over.
    ("パスワードをリセットしました", Intent.REPORT),
    ("ＰＷリセット済みです", Intent.REPORT),
    ("最初から説明してもらえますか", Intent.REPORT),
    ("最初から感染していたのかもしれません", Intent.REPORT),
    ("業者が調査をやり直しました", Intent.REPORT),
    ("ブラウザのキャッシュをクリアしました", Intent.REPORT),
    # The estimate asked for by name, or whether the insurance can be used at all; a
    # vendor's quote told of asks nothing.
    ("見積もり出して", Intent.ESTIMATE),
    ("概算を教えてください", Intent.ESTIMATE),
    ("保険って使えるんですか", Intent.ESTIMATE),
    ("これ保険でおりますか", Intent.ESTIMATE),
    ("業者に見積もりを出してもらっています", Intent.REPORT),
    # Nothing done yet: what to do now is the answer.
    ("まだ何もしてないです", Intent.GUIDANCE),
    ("まだ何もしていません", Intent.GUIDANCE),
    ("何もしていないのにPCが固まった", Intent.REPORT),
    ("はい", Intent.ANSWER),
    ("いいえ", Intent.ANSWER),
    ("わかりません", Intent.ANSWER),
    ("調査中です", Intent.ANSWER),
    ("ランサムウェアに感染しました", Intent.REPORT),
]


@pytest.mark.parametrize(("message", "expected"), INTENTS)
def test_intent(message: str, expected: Intent) -> None:
    """The intent says what the user wants from this message."""
    assert read_message(message).intent is expected


# (message, answer): a bare yes / no / unknown answers the bot's last question.
ANSWERS = [
    ("はい", "yes"),
    ("はい、そうです", "yes"),
    ("いいえ", "no"),
    ("いいえ、違います", "no"),
    ("わかりません", "unknown"),
    ("調査中です", "unknown"),
    ("ランサムウェアに感染しました", None),
]


@pytest.mark.parametrize(("message", "expected"), ANSWERS)
def test_answer(message: str, expected: str | None) -> None:
    """A bare answer is read as yes, no or unknown; a report is no answer."""
    assert read_message(message).answer == expected
