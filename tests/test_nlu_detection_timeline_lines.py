"""A timeline's line that ends in its finding (「10月2日　当社従業員が、…表示が出ていることを
確認」) is our staff's finding (self), however the next line starts: a noun on the next line
is another statement, not the thing the finding qualifies.

Our own sentences; a finding that does qualify a noun in its own line
(「職員が、確認したファイルを削除」) still tells nothing of who found it.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF = Detection.SELF

Case = tuple[str, Detection | None]

TIMELINE_LINES: list[Case] = [
    (
        "■経緯\n5月8日　当社社員が、共有サーバーのファイル名が変わっていることを確認\n"
        "5月8日　当該サーバーをネットワークから切り離し",
        SELF,
    ),
    (
        "経緯\n3月1日 当院職員が、受付端末に不審な画面が表示されていることを発見\n"
        "3月2日 外部業者に調査を依頼",
        SELF,
    ),
    ("職員が、確認したファイルを削除しました。", None),
]


@pytest.mark.parametrize(("text", "expected"), TIMELINE_LINES)
def test_detection_timeline_lines(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
