"""Who reported it, what happened, whether it was announced: one table per mechanism."""

from __future__ import annotations

import pytest

from coverage import Detection, IncidentType
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

# A reporter's category: security or network operator and public body are the pamphlet's
# 外部からの通報; every other outsider is a third party; one of our own is self.
REPORTERS: list[tuple[str, Detection | None]] = [
    ("セキュリティ監視会社から不審な通信について通報を受けました", EXTERNAL),
    ("契約しているプロバイダから、弊社のIPから大量のスパムが出ていると連絡がありました", EXTERNAL),
    ("レンタルサーバーの会社からDDoS攻撃を受けているとメールが来ました", EXTERNAL),
    ("県警のサイバー犯罪対策課から連絡があり、サイトの改ざんが分かりました", EXTERNAL),
    ("警察（生活安全課）から情報流出の懸念があると連絡を受けました", EXTERNAL),
    ("SOC運用委託先からアラートの連絡が来ました", EXTERNAL),
    ("得意先から、御社名義の怪しいメールが届いたと連絡がありました", THIRD),
    ("決済代行会社からカード情報流出の懸念について連絡を受けた", THIRD),
    ("メールを受け取った方から、添付ファイルに他人の住所があるとご連絡をいただきました", THIRD),
    ("印刷を委託している業者から、当社の名簿が流出したと報告がありました", THIRD),
    ("株式会社Bから、先方のサーバーがランサムウェアに感染したと報告を受けました", THIRD),
    ("自社のSOCで不審な通信を検知しました", SELF),
    ("校内の情報センターが監視で検知しました", SELF),
    ("ウイルス対策ソフトで確認したところ、感染が見つかりました", SELF),
]

# A bare 外部 or 第三者 says nobody the pamphlet names: a third party, never an external report.
# The pamphlet's own term said as such (an agent's 「外部通報」) is one.
BARE_OUTSIDER: list[tuple[str, Detection | None]] = [
    ("外部から情報が寄せられて発覚しました", THIRD),
    ("外部から連絡があって分かりました", THIRD),
    ("外部通報あり、侵入なし、費用は40万円", EXTERNAL),
    ("外部からの通報はなく、社内で見つけました", SELF),
    ("第三者による不正アクセスが確認されました", None),
]

# A key naming the reporter as its value (「検知：監視会社」「通報元：取引先」).
KEYED: list[tuple[str, Detection | None]] = [
    ("通報元：得意先／侵入：なし", THIRD),
    ("検知：監視センター／費用：50万", EXTERNAL),
]

# Someone the company asked, or the insurer, telling it something is not how it was found.
NOT_REPORTS: list[tuple[str, Detection | None]] = [
    ("調査会社からは、侵入の痕跡はなかったと報告がありました", None),
    ("代理店から了承の連絡をもらいました", None),
    ("市から受託している納入通知書の封入作業で、他人の書類が混ざっていました", None),
]


@pytest.mark.parametrize(("message", "expected"), REPORTERS + BARE_OUTSIDER + KEYED + NOT_REPORTS)
def test_detection_by_reporter_category(message: str, expected: Detection | None) -> None:
    """The reporter's category decides the detection; nobody named leaves it open."""
    assert read_message(message).detection == expected


# A contractor named as the one who reported is a vendor leak only when it reports its own leak;
# a security operator under contract is a reporter, not a vendor.
VENDOR_OR_REPORTER: list[tuple[str, IncidentType | None]] = [
    ("監視を委託しているSOC事業者から、不正アクセスのおそれがあると連絡", IncidentType.SUSPECTED),
    ("委託先から謝罪の電話がきて、顧客リストが持ち出されたと分かった", IncidentType.VENDOR_LEAK),
]

# Words that hold a cue and name no incident.
NOT_FACTS: list[tuple[str, IncidentType | None]] = [
    ("新型コロナウイルスの影響で在宅勤務中、PCを電車に置き忘れました", IncidentType.LOST_OR_STOLEN),
    ("コロナウイルス対策の案内を別の取引先に誤送信しました", IncidentType.MISDELIVERY),
    ("水道使用料の通知書を誤って別の世帯に送付しました", IncidentType.MISDELIVERY),
    (
        "サポート詐欺で、「ウイルスに感染しました」という警告の番号に電話し、遠隔操作されて侵入された",
        IncidentType.UNAUTHORIZED_ACCESS,
    ),
    ("偽のウイルス警告が出て、表示された番号に電話してしまいました", IncidentType.SUSPECTED),
    ("パンフレットの書体がライセンス違反だとして請求を受けました", IncidentType.MEDIA),
]


@pytest.mark.parametrize(("message", "expected"), VENDOR_OR_REPORTER + NOT_FACTS)
def test_incident_type_reads_what_happened(message: str, expected: IncidentType | None) -> None:
    """A word that only looks like an incident (a screen warning, a fee, a disease) is none."""
    assert read_message(message).incident_type == expected


# A notice published by the company in its own voice is itself the announcement; an
# explicit statement still decides, and a report to the insurer is no notice.
ANNOUNCED: list[tuple[str, bool | None]] = [
    ("お客様には多大なるご迷惑をおかけし、深くお詫び申し上げます", True),
    ("不正アクセスによる情報流出の可能性について、お知らせいたします", True),
    ("当該USBメモリは発表の時点では見つかっていません", True),
    ("同社は12日、PCの紛失を明らかにした", True),
    ("ご心配をおかけしておりますが、公表は控えております", False),
    ("FAX誤送信の件、ご報告いたします", None),
    ("原因が明らかになった", None),
]


@pytest.mark.parametrize(("message", "expected"), ANNOUNCED)
def test_announced_by_the_notice_itself(message: str, expected: bool | None) -> None:
    """The company's own public notice states the announcement without the word 公表."""
    assert read_message(message).announced is expected
