"""The incident type in casual Slack talk: one table per mechanism, sentences of our own."""

from __future__ import annotations

import pytest

from coverage import Access, IncidentType
from nlu.evaluate import predict
from nlu.extract import read_message

SUSPECTED, MALWARE, MEDIA = IncidentType.SUSPECTED, IncidentType.MALWARE, IncidentType.MEDIA
VISUAL, VENDOR, OTHER = IncidentType.VISUAL_LEAK, IncidentType.VENDOR_LEAK, IncidentType.OTHER

# A sign of a possible attack said and not denied makes the incident suspected, whatever the
# check found later; a report that led to a check is one too. Denied, or a bare agent's
# shorthand, it names no type.
SIGNS: list[tuple[str, IncidentType | None]] = [
    ("本社のファイルサーバーで不審な通信を検知しました", SUSPECTED),
    ("VPNに海外からログイン試行が何百回もあったけど、成功はしてないっぽい", SUSPECTED),
    ("EDRのアラートが上がったので外部に見てもらいました。侵入はなかったです", SUSPECTED),
    ("取引先から連絡を受けて調べたところ、当社への不正アクセスはありませんでした", SUSPECTED),
    ("プロバイダからの通報で調べてもらったら、侵入の形跡はなかったです", SUSPECTED),
    ("会員のカードが不正利用されていると決済代行会社から連絡がありました", SUSPECTED),
    ("ルーターのログを見ましたが、不審な通信はありませんでした", None),
    ("外部通報、不正アクセスなし、調査費200万", None),
]

# A ransom note on the screen is the infection itself; a support scam's warning is only a
# possible one.
SCREENS: list[tuple[str, IncidentType | None]] = [
    ("受付のPCに「All your files are encrypted」って表示が出てる", MALWARE),
    ("倉庫のPCに身代金を要求するメッセージが出ていました", MALWARE),
    (
        "「ウイルスに感染しました」という警告が画面に出て、書いてある番号に電話してしまった",
        SUSPECTED,
    ),
]

# A type only hedged yields to one stated plainly; alone it stays. A hedged `other` yields to
# a hedged attack. A doubt after a vendor is about the leak, not about the vendor.
HEDGED_TYPES: list[tuple[str, IncidentType | None]] = [
    ("社用PCがウイルスに感染しました。取引先のデータも盗まれたかもしれません", MALWARE),
    ("ECサイトが落ちたのは攻撃なのかサーバーの不具合なのか、まだ分かりません", SUSPECTED),
    ("配送の書類を紛失したかもしれません", IncidentType.LOST_OR_STOLEN),
    ("委託先で顧客データが漏えいしたかどうか、まだ調査中とのことです", VENDOR),
]

# A guess (「かと思って」) and a rhetorical doubt (「ではないか」) hedge; they deny nothing.
GUESSES: list[tuple[str, IncidentType | None]] = [
    ("ランサムかと思って業者に見てもらったけど、ただの故障でした", SUSPECTED),
    ("写真家の方から、著作権の侵害ではないかとご連絡をいただきました", MEDIA),
]

# Casual and plain wording of each type that names no attack.
CASUAL: list[tuple[str, IncidentType | None]] = [
    ("案内メール、BCCでなくCCで全員に送ってしまいました", IncidentType.MISDELIVERY),
    ("宛先を誤り、別のお客様に見積書をお送りしてしまいました", IncidentType.MISDELIVERY),
    ("別の方の明細が同封されていたとお客様からご連絡がありました", IncidentType.MISDELIVERY),
    ("見積書のPDF、違う会社の分を添付して送ってた", IncidentType.MISDELIVERY),
    ("差し込み印刷のミスで、他の会員の名前入りのメールが届いたそうです", IncidentType.MISDELIVERY),
    ("顧客リストの入ったUSBどっかいった…", IncidentType.LOST_OR_STOLEN),
    ("営業用のタブレットを電車に忘れてしまいました", IncidentType.LOST_OR_STOLEN),
    ("カフェで大声で商談していて、内容を周りに聞かれていたようです", VISUAL),
    ("会議室のモニターに顧客一覧が映ったままで、来客に見えてしまいました", VISUAL),
    ("発送を委託した業者で顧客名簿が流出しました", VENDOR),
    ("予約管理を任せているSaaS事業者が不正アクセスを受けました", VENDOR),
    ("写ってたお客さんから「勝手に載せないで」って言われて、慰謝料を請求されています", MEDIA),
    ("共有フォルダの設定ミスで、社外からも見れる状態になっていました", OTHER),
    ("アンケート用紙をシュレッダーにかけずにゴミに出してしまいました", OTHER),
    ("バイトがお客様の予約表が写った写真をインスタにあげてた", OTHER),
    ("社員が規程違反で個人のGmailに顧客リストを転送していました", OTHER),
    ("電話で本人確認せずに、別のお客様の住所を教えてしまいました", OTHER),
    ("経理のPCに知らない人がログインした形跡がありました", IncidentType.UNAUTHORIZED_ACCESS),
]


@pytest.mark.parametrize(("message", "expected"), SIGNS)
def test_signs_of_an_attack_make_a_suspicion(message: str, expected: IncidentType | None) -> None:
    """An alert, a login attempt or a report that led to a check is a possible attack."""
    assert read_message(message).incident_type == expected


@pytest.mark.parametrize(("message", "expected"), SCREENS)
def test_a_ransom_note_on_the_screen_is_malware(
    message: str, expected: IncidentType | None
) -> None:
    """A ransom note shown is the infection; a scam's warning shown is not."""
    assert read_message(message).incident_type == expected


@pytest.mark.parametrize(("message", "expected"), HEDGED_TYPES + GUESSES)
def test_a_hedged_type_yields_to_a_plain_one(message: str, expected: IncidentType | None) -> None:
    """Types only guessed at give way to types stated; a guess never denies."""
    assert read_message(message).incident_type == expected


@pytest.mark.parametrize(("message", "expected"), CASUAL)
def test_casual_wording_names_the_type(message: str, expected: IncidentType | None) -> None:
    """Everyday phrasing of each type is read as that type."""
    assert read_message(message).incident_type == expected


# A cue holding its own verb is stated in its clause (a later clause's hedge has a subject of
# its own); a lone arrow leads a key to its value.
CLAUSES: list[tuple[str, IncidentType | None, Access | None]] = [
    (
        "担当者のメールアカウントを乗っ取られ、取引先の情報が見られた可能性があります",
        IncidentType.UNAUTHORIZED_ACCESS,
        Access.FOUND,
    ),
    ("侵入 → なし（調査済み）", None, Access.NOT_FOUND),
]


@pytest.mark.parametrize(("message", "kind", "access"), CLAUSES)
def test_the_statement_of_a_cue_is_its_own(
    message: str, kind: IncidentType | None, access: Access | None
) -> None:
    """A verb inside the cue states it; 「→」 between key and value hides nothing."""
    reading = read_message(message)
    assert (reading.incident_type, reading.unauthorized_access) == (kind, access)


def test_a_report_then_a_clean_check_stays_a_suspicion() -> None:
    """「通報で調べたら侵入なし」 over two messages: a suspicion ruled out, access not found."""
    talk = ["監視会社からの通報で調べてもらいました", "結果、不正アクセスはありませんでした"]
    facts, _, _ = predict(talk)
    assert (facts["incident_type"], facts["unauthorized_access"]) == ("suspected", "not_found")


# Data taken by an attack (「顧客情報が盗まれた」) is no stolen thing; a device still is.
DATA_TAKEN: list[tuple[str, IncidentType | None]] = [
    ("持ち込まれたUSBからウイルスに感染して、会員情報が盗まれました", MALWARE),
    ("ランサムウェアに感染して取引先のデータを盗まれました", MALWARE),
    ("営業車から顧客名簿の入ったノートPCが盗まれました", IncidentType.LOST_OR_STOLEN),
]


@pytest.mark.parametrize(("text", "expected"), DATA_TAKEN)
def test_data_taken_by_an_attack_is_no_theft(text: str, expected: IncidentType | None) -> None:
    assert read_message(text).incident_type is expected


# 「わからず」 is a doubt like 「わからない」: the access stays open, not denied.
ACCESS_OPEN: list[str] = [
    "侵入経路わからずで、まだ調べています",
    "どこから入られたのか分からず困ってます。不正アクセスかどうかも不明",
]


@pytest.mark.parametrize("text", ACCESS_OPEN)
def test_not_knowing_how_is_no_denial(text: str) -> None:
    assert read_message(text).unauthorized_access is not Access.NOT_FOUND


# Chat, round 6: one table per mechanism, each conversation read whole (turns joined by ||).
def _facts(conversation: str) -> dict[str, object]:
    facts, _, _ = predict(conversation.split("||"))
    return {str(getattr(key, "value", key)): value for key, value in facts.items()}


# 「模様」 and 「確定していない」 are hearsay of an unconfirmed state: suspected, access open.
HEARSAY: list[str] = [
    "取引先の話では、うちの予約サイトに不正アクセスがあった模様です",
    "ECサーバーに侵入された模様。詳細はまだ",
    "ログを見る限り、管理画面に不正ログインされた模様で、範囲はこれから",
]


@pytest.mark.parametrize("conversation", HEARSAY)
def test_hearsay_of_an_attack_is_a_suspicion(conversation: str) -> None:
    facts = _facts(conversation)
    assert facts["incident_type"] == "suspected"
    assert facts["unauthorized_access"] is None


# A partner's hijacked mailbox (business e-mail compromise) is no attack on our systems, and
# the money wired to the fraudster is no cost of handling the incident.
PARTNER_HIJACK: list[tuple[str, str | None]] = [
    ("先方のメールが乗っ取られていたらしく、偽の請求書どおりに120万振り込んでしまいました", None),
    (
        "取引先のメールアカウントが乗っ取られてて、うちは偽の口座に送金してしまった"
        "||うちのメールは調べてもらって侵入の痕跡なしでした",
        "not_found",
    ),
]


@pytest.mark.parametrize(("conversation", "access"), PARTNER_HIJACK)
def test_a_partners_hijacked_mailbox_is_no_intrusion(conversation: str, access: str | None) -> None:
    facts = _facts(conversation)
    assert facts["incident_type"] == "other"
    assert facts["unauthorized_access"] == access
    assert facts["costs"] == {}


# The contractor that watches for attacks (「委託先の監視会社」) reports one: no vendor leak;
# its report, glossed in brackets, is still an outside report, unless the gloss says in-house.
MONITORING: list[tuple[str, str]] = [
    (
        "サーバーが乗っ取られました。社内で気づきました"
        "||すみません、正確にはSOC(委託先の監視会社)のアラートが最初でした",
        "external_report",
    ),
    ("委託先の監視会社からのアラートで、VPN経由の侵入が確定しました", "external_report"),
    ("うちのSOC(社内のチームです)が不審な通信を検知し、侵入が確定しました", "self"),
]


@pytest.mark.parametrize(("conversation", "detection"), MONITORING)
def test_a_monitoring_contractor_reports_no_vendor_leak(conversation: str, detection: str) -> None:
    facts = _facts(conversation)
    assert facts["incident_type"] == "unauthorized_access"
    assert facts["detection"] == detection


# The sender noticing a mail just sent is self; the recipient's later note that it deleted
# the mail says how it ended, not who noticed.
SENDER_NOTICED: list[str] = [
    "見積書を別の取引先に誤送信しました。送信直後に気づいて連絡しました",
    "顧客リストを添付したまま別の会社に送ってしまった。送った本人がすぐ気づきました||先方からは削除したとの連絡をもらいました",
]


@pytest.mark.parametrize("conversation", SENDER_NOTICED)
def test_the_sender_noticing_is_self(conversation: str) -> None:
    assert _facts(conversation)["detection"] == "self"


# Talk in a public place overheard by a stranger is a visual (aural) leak, even posted online.
OVERHEARD: list[str] = [
    "営業が電車で取引先の話をしていたのを、隣の席の人がSNSに書き込んでいました",
    "ランチ中に患者さんの話をしていたのを隣の客が聞いていて、病院に苦情が来ました",
]


@pytest.mark.parametrize("conversation", OVERHEARD)
def test_overheard_talk_is_a_visual_leak(conversation: str) -> None:
    assert _facts(conversation)["incident_type"] == "visual_leak"


# A price only heard (「〜らしい」) for a step not yet taken is no cost said.
HEARD_PRICES: list[str] = [
    "フォレンジックを頼むか検討中。費用は200〜300万らしい",
    "弁護士の相談料は1時間3万くらいかかるらしいです",
]


@pytest.mark.parametrize("conversation", HEARD_PRICES)
def test_a_heard_price_is_no_cost(conversation: str) -> None:
    assert _facts(conversation)["costs"] == {}


# Probe r7 (tests/data/nlu_probe_chat_r7.jsonl): access said still open in chat wording
# read as found or not_found before. Unknown, not a value: 未確定, a guess (と思う),
# whether it is so (あるかは), a check still to come (これから確認).
ACCESS_STILL_OPEN = [
    "MSSPからのアラート: 不審な外部通信 from PC-023 ... 調査中で感染は未確定",
    "情シス「侵入はされてないと思う」←まだ確認中です",
    "セキュリティベンダーの診断で脆弱性が見つかった。攻撃された形跡があるかはこれから確認",
    "侵入されたかは未判明です",
]


@pytest.mark.parametrize("text", ACCESS_STILL_OPEN)
def test_access_still_open_is_no_value(text: str) -> None:
    assert read_message(text).unauthorized_access not in (Access.FOUND, Access.NOT_FOUND)


# ... and their near misses, which do state a value.
ACCESS_STATED = [
    ("ログ見たら外部から入られてた。VPN経由で管理者アカウント使われてます", Access.FOUND),
    ("外部から入られた形跡はありませんでした", Access.NOT_FOUND),
    ("ウイルス対策ソフトが検知→隔離、感染はしてないってベンダーに言われた", Access.NOT_FOUND),
    ("ｳｲﾙｽ感染確認しました（EDRのアラートで気づいた）。被害範囲は調査中", Access.FOUND),
]


@pytest.mark.parametrize(("text", "expected"), ACCESS_STATED)
def test_access_stated_in_chat(text: str, expected: Access) -> None:
    assert read_message(text).unauthorized_access is expected


def test_a_burglary_is_no_intrusion() -> None:
    assert read_message("事務所に空き巣に入られた").unauthorized_access is None
