"""A contractor named by the work we gave it tells of an attack it suffered.

「DM発送を委託してるA社から、ランサムウェア被害に遭ったと連絡」: the party before から is
qualified by a verb of handing over our work, so it is a contractor whatever its name, and
the attack it tells of suffering is on its systems (rule 2: `vendor_leak`, our access
unknown). Told of our own systems, or by an operator watching them, it stays our attack.
"""

from __future__ import annotations

import pytest

from coverage import Access, IncidentType
from nlu.extract import read_message

VENDOR, MALWARE = IncidentType.VENDOR_LEAK, IncidentType.MALWARE

Case = tuple[str, IncidentType | None, Access | None]

TOLD: list[Case] = [
    ("DM発送を委託してるA社から、ランサムウェア被害に遭ったと連絡がありました", VENDOR, None),
    ("発送を委託しているA社から、ランサムウェアに感染したと連絡がありました", VENDOR, None),
    ("給与計算を頼んでいる会社から、ランサムウェアの被害を受けたとメールが来ました", VENDOR, None),
    # Our own systems named, or a watcher of ours telling what it saw on them.
    (
        "保守を委託しているA社から、当社のPCがランサムウェアに感染したと連絡がありました",
        MALWARE,
        Access.FOUND,
    ),
    (
        "監視を委託している会社から、ランサムウェアに感染したと連絡がありました",
        MALWARE,
        Access.FOUND,
    ),
    ("委託先から、当社サーバーがランサムウェアに感染したと連絡がありました", MALWARE, Access.FOUND),
]


@pytest.mark.parametrize(("text", "kind", "access"), TOLD)
def test_a_contractor_named_by_its_work_tells_of_its_own_attack(
    text: str, kind: IncidentType | None, access: Access | None
) -> None:
    reading = read_message(text)
    assert (reading.incident_type, reading.unauthorized_access) == (kind, access)
