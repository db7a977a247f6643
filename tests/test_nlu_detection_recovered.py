"""A report that a lost thing was found again comes after the company knew of the loss:
it tells of the recovery, not of how the incident came to light (labelling rule 3)."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

RECOVERY_REPORTED = [
    "警察から連絡あって見つかった！",
    "警察から連絡があり、スマホが戻ってきました",
    "交番から連絡があり、社用携帯が届いていました",
    "警察署から連絡があり、ノートパソコンが拾われて保管されているとのこと",
    # The recovery quoted before the report word (「見つかったって連絡」).
    "交番から見つかったって電話きた",
    "警察から、社用スマホが見つかったとの連絡がありました",
    "駅からカバンが届いたと連絡があった",
]

# The report of the incident itself, or what it found, keeps its reporter.
STILL_REPORTED = [
    ("警察から連絡があり、不正アクセスが見つかった", Detection.EXTERNAL_REPORT),
    ("監視会社から連絡があって、不審な通信が見つかった", Detection.EXTERNAL_REPORT),
    ("作者の方から著作権侵害の通知が届き、気づきました", Detection.THIRD_PARTY),
    ("取引先から連絡があった", Detection.THIRD_PARTY),
    # What the quoted report found is the incident.
    ("JPCERTから改ざんが見つかったって連絡がきた", Detection.EXTERNAL_REPORT),
    ("警察から、不審なプログラムが見つかったとの連絡がありました", Detection.EXTERNAL_REPORT),
]


@pytest.mark.parametrize("text", RECOVERY_REPORTED)
def test_a_report_of_the_thing_found_again_sets_no_detection(text: str) -> None:
    assert read_message(text).detection is None


@pytest.mark.parametrize(("text", "detection"), STILL_REPORTED)
def test_a_report_of_the_incident_keeps_its_reporter(text: str, detection: Detection) -> None:
    assert read_message(text).detection is detection
