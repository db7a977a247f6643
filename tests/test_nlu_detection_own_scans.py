"""Our antivirus's scan (「フルスキャンで」「ウイルススキャンの結果」), named as the means, is our
own tool finding it (self, tests/data/README.md rule 3), as 「ウイルス対策ソフトで」 is.

Our own sentences; the reader's scan in a notice's request, or a scan only planned, says
nothing of who found it.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF = Detection.SELF

Case = tuple[str, Detection | None]

OWN_SCANS: list[Case] = [
    ("総務のPC、ウイルス対策ソフトのフルスキャンでトロイの木馬が見つかりました。", SELF),
    ("ウイルススキャンの結果、営業部の端末でマルウェアが検出されました。", SELF),
    ("定期のフルスキャンにより、共有PCの感染が分かりました。", SELF),
    # The reader's own scan, asked for; a scan not yet run.
    ("お使いの端末のウイルススキャンで異常が出た場合はご連絡ください。", None),
    ("明日フルスキャンをかける予定です。", None),
]


@pytest.mark.parametrize(("text", "expected"), OWN_SCANS)
def test_detection_own_scans(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
