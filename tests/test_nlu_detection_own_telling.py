"""Who found it (`detection`) is never read from a report the company makes itself: a
timeline's line ending on 「警察に通報」 (no する after the noun) is the company telling the
police, and 「ご報告をいたします」 (お/ご, the report word, を and a humble verb) is the
writer's own telling, even with an operator named earlier in its sentence.

Our own sentences: the near misses keep the report received.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

OWN_TELLING: list[Case] = [
    ("■経緯\n5月2日 出社した社員が盗難に気づき、警察に通報\n5月3日 お客様へのご連絡を開始", SELF),
    ("8月9日 夜間に事務所へ侵入される\n8月10日 警察に通報\n8月11日 対象者への連絡を開始", None),
    ("プロバイダで起きた障害につき、最終のご報告をいたします。", None),
    ("監視会社で行っている調査について、途中経過のご報告をいたします。", None),
    ("警察署での聴取につきまして、続報のご連絡を申し上げます。", None),
    # Reports received stay so.
    ("監視会社から通報\n翌日、調査を開始", EXTERNAL),
    ("■経緯\n6月1日 お客様から当社に連絡\n6月2日 調査を開始", THIRD),
    ("取引先からご連絡をいただき、判明しました。", THIRD),
    ("警察に通報がありました", EXTERNAL),
]


@pytest.mark.parametrize(("text", "expected"), OWN_TELLING)
def test_detection_own_telling(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
