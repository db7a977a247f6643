"""Our own stock-taking or log watching named as the occasion it came to light on
(「4月の書類棚卸しの際、…所在不明となり」「ログ監視してたら…ログインが複数ありました」) is our
own check finding it: self (tests/data/README.md rule 3), as 「棚卸しで」 already is.

Our own sentences; an outsider's watching (「監視会社のログ監視で」) stays theirs, and a check
that found nothing says nothing.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF, EXTERNAL = Detection.SELF, Detection.EXTERNAL_REPORT

Case = tuple[str, Detection | None]

OWN_OCCASIONS: list[Case] = [
    ("年度末の棚卸しの際、患者台帳が1冊見当たらないことが分かりました。", SELF),
    ("ログを監視していたら、深夜に管理者アカウントでのログインが何回もありました", SELF),
    # Theirs, or nothing found.
    ("監視会社のログ監視で不審な通信が検知されました。", EXTERNAL),
    ("ログ監視で異常はありませんでした。", None),
]


@pytest.mark.parametrize(("text", "expected"), OWN_OCCASIONS)
def test_detection_own_occasions(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
