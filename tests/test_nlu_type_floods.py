"""A flood described plainly, then the DDoS named only in doubt, is a suspected attack.

「大量のアクセスでサイトがつながらなくなった。DDoS攻撃を受けたとみて調べている」: the site's
trouble is told as a fact, whether it was an attack only presumed (rule 2: the text hedges
whether a DDoS happened → `suspected`), as when both are said in one sentence. The flood told
alone, or the DDoS named plainly, is a DDoS received with access found.
"""

from __future__ import annotations

import pytest

from coverage import Access, IncidentType
from nlu.extract import read_message

DDOS, SUSPECTED = IncidentType.DDOS, IncidentType.SUSPECTED
FOUND = Access.FOUND

Case = tuple[str, IncidentType | None, Access | None]

CASES: list[Case] = [
    (
        "町の公式サイトが大量のアクセスを受けて閲覧しにくくなった。町はDDoS攻撃を受けたとみて"
        "原因を調べている。",
        SUSPECTED,
        None,
    ),
    ("通販サイトが大量アクセスで落ちました。DDoS攻撃かもしれません", SUSPECTED, None),
    ("大量のアクセスでサーバーが重い状態です。DDoSっぽいけど、まだわかりません", SUSPECTED, None),
    # Near misses: the flood alone, or the DDoS named plainly.
    ("予約サイトが大量のアクセスでダウンしました", DDOS, FOUND),
    ("大量のアクセスでサーバーがダウン。DDoS攻撃と判明しました", DDOS, FOUND),
    (
        "大量アクセスでサイトがつながらない。プロバイダからDDoS攻撃を受けていると連絡がありました",
        DDOS,
        FOUND,
    ),
]


@pytest.mark.parametrize(("text", "kind", "access"), CASES)
def test_a_flood_beside_a_presumed_ddos_is_suspected(
    text: str, kind: IncidentType | None, access: Access | None
) -> None:
    reading = read_message(text)
    assert (reading.incident_type, reading.unauthorized_access) == (kind, access)
