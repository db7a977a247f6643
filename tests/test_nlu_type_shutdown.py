"""A machine switched off is no loss: 落とす said of power or of a system is the containment
step, not a thing dropped (tests/data/README.md rule 2: `lost_or_stolen` is devices,
documents, USB lost), whatever particle or adverb stands between; a thing one carries
dropped stays a loss.
"""

from __future__ import annotations

import pytest

from coverage import IncidentType
from nlu.extract import read_message

LOST, DDOS, MALWARE = IncidentType.LOST_OR_STOLEN, IncidentType.DDOS, IncidentType.MALWARE

Case = tuple[str, IncidentType | None]

CASES: list[Case] = [
    ("ファイルサーバーはとりあえず電源落としました", None),
    ("念のため複合機も電源を落としておきました", None),
    ("ルーターの電源はもう落としてあります", None),
    ("事務所のブレーカーを落として帰りました", None),
    ("感染した端末はすぐに電源落として隔離済みです", MALWARE),
    ("踏み台にされてたNASがDDoSに使われてたと確定、サーバーも落としました", DDOS),
    # Near misses: a thing one carries, dropped, is still lost.
    ("帰りの電車で社用スマホを落としました", LOST),
    ("顧客リストの入ったUSBを落としたかもしれません", LOST),
    ("財布ごと社員証を落としてしまいました", LOST),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_power_switched_off_is_no_loss(text: str, expected: IncidentType | None) -> None:
    assert read_message(text).incident_type is expected
