"""Incident type and unauthorized access as public notices and news reports word them.

One table per mechanism; the sentences are our own, written the way notices are.
"""

from __future__ import annotations

import pytest

from coverage import Access, IncidentType
from nlu.extract import read_message

FOUND, NOT_FOUND = Access.FOUND, Access.NOT_FOUND
UA, MALWARE, DDOS = IncidentType.UNAUTHORIZED_ACCESS, IncidentType.MALWARE, IncidentType.DDOS
SUSPECTED, VENDOR = IncidentType.SUSPECTED, IncidentType.VENDOR_LEAK

Row = tuple[str, IncidentType | None, Access | None]

# A doubt said after a list of harms (「改ざん・流出などの被害は確認されておりません」)
# qualifies the attack word at its head, past the other cues in the list.
DOUBT_PAST_OTHER_CUES: list[Row] = [
    ("サイトの改ざん・情報流出などの被害は現在のところ確認されておりません", SUSPECTED, None),
    (
        "当社サイトへの不正アクセスはありませんでした。また、データの改ざん・流出なども"
        "確認されていません",
        SUSPECTED,
        NOT_FOUND,
    ),
]

# Words that hold a cue and name no attack on our systems (nor a loss: できなくする).
NOT_ATTACKS: list[Row] = [
    ("先月からアクセス数が急に増えました", None, None),
    # A misconfiguration: no attack (アクセス制限 is no access word), a leak of type other.
    ("アクセス制限の設定に不備があり、名簿が外から見える状態でした", IncidentType.OTHER, None),
    ("攻撃対象ではない部署のサーバーまで止まりました", None, None),
    ("当社をかたるなりすましメールが出回っています", None, None),
    ("担当者は警察から事情を聴かれました", None, None),
    ("通信をできなくする攻撃を受けました", UA, FOUND),
]

# A DDoS whose notice denies any intrusion (「改ざんや漏えいはありませんでした」) found no
# access; denying only a leak leaves the attack received, found.
DDOS_DENIALS: list[Row] = [
    ("DDoS攻撃を受けましたが、サイトの改ざんや情報の漏えいはありませんでした", DDOS, NOT_FOUND),
    ("DDoS攻撃を受け、顧客情報の流出はございません", DDOS, FOUND),
    ("大量のアクセスによるDDoS攻撃でサイトが止まりました", DDOS, FOUND),
]

# A defaced or rewritten site is unauthorized access; the malware it serves its visitors
# is not an infection of ours.
TAMPERED_SITES: list[Row] = [
    ("公式サイトが改ざんされ、閲覧した人のPCがウイルスに感染したおそれがあります", UA, FOUND),
    ("ホームページが書き換えられ、ウイルスを配布するサイトに誘導されていました", UA, FOUND),
    ("ランサムウェアに感染し、ファイルが暗号化されました", MALWARE, FOUND),
]

# 「不正に」 with a verb says the same as the compound noun (不正ログイン, 不正接続).
ADVERBIAL_ATTACKS: list[Row] = [
    ("会員アカウントに不正にログインされました", UA, FOUND),
    ("事務所のパソコンが外部と不正に接続されていました", UA, FOUND),
]

# An attack checked for and not found on our systems was only suspected.
NOT_FOUND_ATTACKS: list[Row] = [
    (
        "当市職員を装ったメールはEmotet感染に起因するものでしたが、本件は市の機器が"
        "ウイルスに感染したことによるものではありません",
        SUSPECTED,
        NOT_FOUND,
    ),
]

# News register: 「〜とみられる」 is the reporter's guess, not a confirmation.
NEWS_HEDGES: list[Row] = [
    ("サイバー攻撃とみられる大量のアクセスで、サイトが閲覧しにくくなった", DDOS, None),
    ("県は、何者かに不正アクセスされたとみられると説明した", SUSPECTED, None),
]

# Words shown on a screen, quoted (a support scam's warning), are no infection.
SCREEN_TEXT: list[Row] = [
    ("「ウイルスに感染しました。サポートへ電話を」と画面に表示された", None, None),
    ("「ウイルス感染、今すぐサポートセンターへ連絡してください」という警告が出た", None, None),
    ("「ランサムウェアに感染した」と情シスから連絡があった", MALWARE, FOUND),
]

# The other types as notices word them.
OTHER_TYPES: list[Row] = [
    ("案内文を誤って送ってしまいました", IncidentType.MISDELIVERY, None),
    ("非公開の資料をホームページに誤って掲載していました", IncidentType.OTHER, None),
    ("受付での会話が待合室の患者に聞こえる状態でした", IncidentType.VISUAL_LEAK, None),
    ("委託事業者のサーバーが不正アクセスを受けたと報告がありました", VENDOR, None),
    ("脂肪を落とすサプリの購入者名簿をなくしました", IncidentType.LOST_OR_STOLEN, None),
]


@pytest.mark.parametrize(
    ("message", "incident_type", "access"),
    DOUBT_PAST_OTHER_CUES
    + NOT_ATTACKS
    + DDOS_DENIALS
    + TAMPERED_SITES
    + ADVERBIAL_ATTACKS
    + NOT_FOUND_ATTACKS
    + NEWS_HEDGES
    + SCREEN_TEXT
    + OTHER_TYPES,
)
def test_notice_type_and_access(
    message: str, incident_type: IncidentType | None, access: Access | None
) -> None:
    """A notice's wording gives the type and access a careful reader takes as stated."""
    reading = read_message(message)
    assert (reading.incident_type, reading.unauthorized_access) == (incident_type, access)
