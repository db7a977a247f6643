"""A staffing firm's registrants (「登録スタッフ」「登録者」) are the people it places, not its
own staff: their report is a third party's (tests/data/README.md rule 3), and the staff word
inside their name makes none of them one of us.

Our own sentences; our own staff (「当社のスタッフが気づき」) still found it themselves.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF, THIRD = Detection.SELF, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

REGISTRANTS: list[Case] = [
    ("当社の登録スタッフの方から、自分の職歴が他社に知られているとの連絡がありました。", THIRD),
    ("登録スタッフ様より「知らない会社から電話が来た」とのお問い合わせで判明しました。", THIRD),
    ("派遣登録者の方から、履歴書がネットで見られるとのお電話をいただきました。", THIRD),
    ("登録者からの指摘で、名簿が誰でも見られる状態だったことが分かりました。", THIRD),
    # Our own staff, plainly named, is still one of us.
    ("スタッフから、共有フォルダが誰でも見られるとの報告がありました。", SELF),
    ("登録スタッフの名簿が公開状態だったことに、当社のスタッフが気づきました。", SELF),
    # A registrant noticing, with no report to us said, is not our staff finding it.
    ("登録スタッフが気づいたようです。", None),
]


@pytest.mark.parametrize(("text", "expected"), REGISTRANTS)
def test_detection_registrants(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
