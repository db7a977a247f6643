"""A contractor named only as who checks or watches our systems is no leak at the contractor.

「当社サイトが不正アクセスを受けたことが、委託先の調査で判明」: the contractor's investigation
settled an attack on our own systems, an `unauthorized_access` found; 「セキュリティ運用を委託
している会社から通報」: the contractor is the security operator watching us (rule 3's
outsourced SOC). An attack on the contractor's own systems stays `vendor_leak` with our access
unknown, and so does a leak told with the contractor's check and no attack named.
"""

from __future__ import annotations

import pytest

from coverage import Access, IncidentType
from nlu.extract import read_message

UA, MALWARE, VENDOR = (
    IncidentType.UNAUTHORIZED_ACCESS,
    IncidentType.MALWARE,
    IncidentType.VENDOR_LEAK,
)
FOUND = Access.FOUND

Case = tuple[str, IncidentType | None, Access | None]

CASES: list[Case] = [
    ("当社のECサイトが不正アクセスを受けていたことが、委託先の調査で判明しました", UA, FOUND),
    ("委託先が調べたところ、うちのサーバーにランサムウェアが入っていたそうです", MALWARE, FOUND),
    (
        "保守の委託先による解析の結果、社内PCがマルウェアに感染していたことが確認されました",
        MALWARE,
        FOUND,
    ),
    ("セキュリティ運用を委託している会社から、不正アクセスを検知したと通報がありました", UA, FOUND),
    (
        "セキュリティ運用の委託先から不審な通信の通報があり、調査の結果マルウェア感染が判明",
        MALWARE,
        FOUND,
    ),
    # Near misses: the contractor's own systems, or a leak with no attack named.
    ("委託先のサーバーが不正アクセスを受けたことが、委託先の調査で判明しました", VENDOR, None),
    ("委託先の調査で、顧客情報の流出が確認されました", VENDOR, None),
    ("発送を委託している業者のシステムがランサムウェアに感染したと連絡がありました", VENDOR, None),
    (
        "セキュリティ運用を委託している会社がランサムウェアに感染し、預けていたログが流出しました",
        VENDOR,
        None,
    ),
]


@pytest.mark.parametrize(("text", "kind", "access"), CASES)
def test_a_contractor_who_checks_for_us_is_no_leak(
    text: str, kind: IncidentType | None, access: Access | None
) -> None:
    reading = read_message(text)
    assert (reading.incident_type, reading.unauthorized_access) == (kind, access)
