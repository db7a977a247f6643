"""What was said, quoted with って or と, then who said it and から ending the clause
(「…脅迫画面が出てるって本人から」「顧客情報が漏れてるって取引先から。」): a report with its
verb left off, as chat writes it; the reporter's category (our colleague's own device: self).

Our own sentences; a から that goes on to another verb (「…って取引先から聞かれた」 asked, or a
mail opened) reports nothing.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF, THIRD = Detection.SELF, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

VERBLESS_FROM: list[Case] = [
    ("総務のPCに身代金を要求する画面が出てるって本人から。LANは抜いた", SELF),
    ("うちから届いた請求書の宛名が別の会社だって取引先から。", THIRD),
    ("変なメールが届いたってお客さんから さっき", THIRD),
    # から goes on to another verb.
    ("取引先から来たメールを開いてしまった", None),
    ("これ何ですかって取引先から聞かれた", None),
]


@pytest.mark.parametrize(("text", "expected"), VERBLESS_FROM)
def test_detection_verbless_from(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
