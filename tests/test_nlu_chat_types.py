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

# A ransom note on the screen is the infection itself; a support scam's warning is not.
SCREENS: list[tuple[str, IncidentType | None]] = [
    ("受付のPCに「All your files are encrypted」って表示が出てる", MALWARE),
    ("倉庫のPCに身代金を要求するメッセージが出ていました", MALWARE),
    ("「ウイルスに感染しました」という警告が画面に出て、書いてある番号に電話してしまった", None),
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
