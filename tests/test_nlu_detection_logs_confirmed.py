"""Our IT team's log check said as done (確認済) confirms what was known (`detection`).

「情シスです。補足：監査ログで…不正サインインを確認済」: the sighting is a check on an incident
already told, as 「CSIRTで確認済み」 is (labelling rule 3: confirming in logs does not set it).
The team saying it saw it in the logs (確認しました, 出ています) still found it: self.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF = Detection.SELF

Case = tuple[str, Detection | None]

LOG_CHECKS: list[Case] = [
    ("情シスです。サインインログで社長アカウントへの不審なサインインを確認済です。", None),
    ("情シスの田中です。FWログで外部への不審な通信を確認済み。", None),
    ("情シスです。サインインログで社長アカウントへの不審なサインインを確認しました。", SELF),
    ("情シスの田中です。FWログに外部への不審な通信が記録されていました。", SELF),
]


@pytest.mark.parametrize(("text", "expected"), LOG_CHECKS)
def test_a_log_check_said_as_done_sets_no_detection(text: str, expected: Detection | None) -> None:
    """確認済 after our IT team's log reading confirms; 確認しました is its own finding."""
    assert read_message(text).detection is expected
