"""Our staff saying what they saw, to the writer, as the reason for what the writer did next
(「職員が、…画面に変わっておりますと申しますので私も見てみました」「社員が…って言うから見て
みた」), or an older colleague or a part-timer telling us (「事務のおばちゃんが…言うてきて」):
our own staff found it (self, tests/data/README.md rule 3).

Our own sentences; staff passing on an outsider's report still read that outsider.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF, THIRD = Detection.SELF, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

STAFF_SAID: list[Case] = [
    (
        "受付の職員が、予約システムの画面が英語ばかりになっておりますと申しますので、私も確認しました。",
        SELF,
    ),
    ("社員が、共有フォルダのファイルが開けないって言うから見てみたら全部暗号化されてた", SELF),
    ("パートさんが「レジのパソコンが勝手に動いてる」って言ってきました", SELF),
    ("経理のおばちゃんが、知らないソフトが入ってるって言うてきてん", SELF),
    # An outsider told the staff first.
    ("社員が、取引先から変なメールが来たと連絡があったと言うので確認しました。", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), STAFF_SAID)
def test_detection_staff_said(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
