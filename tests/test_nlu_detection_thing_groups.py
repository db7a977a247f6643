"""A group of things (「IPアドレス群」「端末類」) before から is where traffic came from, as the
thing itself is (「IPアドレスから」): no party that told the company, so it makes no
third-party report; our own team detecting it is still self.

Our own sentences; a firm with 等 after it (「A社等から連絡」) still names who told.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF, THIRD = Detection.SELF, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

THING_GROUPS: list[Case] = [
    ("当社の監視チームが、海外のIPアドレス群から大量のログイン試行があるのを検知しました。", SELF),
    ("情シスが、複数の端末類から不審な通信が出ていることを検知しました。", SELF),
    ("特定のサーバー群から外部への通信が続いているとの連絡はまだありません。", None),
    # A party with a group suffix still told.
    ("取引先A社等から、不審なメールが届いたとの連絡がありました。", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), THING_GROUPS)
def test_detection_thing_groups(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
