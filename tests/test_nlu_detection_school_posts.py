"""A school's own posts, and our staff's 申し出, are our own staff telling (`detection`).

「教頭より、…USBメモリを紛失した旨の申し出がございました」: the principal writing of the deputy
head telling of their own loss is self (labelling rule 3: own staff), as 教諭 and 講師 are;
another school's (「他校の教頭」) is an outsider. A 申し出 received (「…との申し出がありました」)
is someone unnamed outside only when no staff of ours is named as its source.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF = Detection.SELF
THIRD = Detection.THIRD_PARTY

POSTS: list[tuple[str, Detection | None]] = [
    ("校長です。教頭より、名簿の入ったUSBメモリを紛失したとの申し出がありました", SELF),
    ("副校長が、成績一覧の入ったファイルが共有フォルダで誰でも見られることに気づきました", SELF),
    ("他校の教頭から、うちの生徒名簿が誤って届いていると連絡がありました", THIRD),
    ("社員より、顧客リストの入ったUSBメモリを紛失したとの申し出がありました", SELF),
    ("委託先の社員から、USBメモリを紛失したとの申し出がありました", THIRD),
    ("会員様の個人情報が見えているとの申し出がありました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), POSTS)
def test_a_schools_own_posts_are_its_staff(text: str, expected: Detection) -> None:
    """教頭 and 副校長 telling or noticing are the school itself; another school's are not."""
    assert read_message(text).detection is expected
