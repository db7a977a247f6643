"""One of us telling (`detection` self, labelling rule 3): a device's user declaring it, staff
declaring it to an internal unit; and one of us passing on an outsider's report, which stays
the outsider's (nlu.reporter_self_told)."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF = Detection.SELF
THIRD = Detection.THIRD_PARTY
EXTERNAL = Detection.EXTERNAL_REPORT

DECLARED: list[tuple[str, Detection | None]] = [
    ("経理のPCがおかしいと本人から申告がありました", SELF),
    ("総務部のパソコンで変な画面が出たと本人から申告あり。ウイルスかも", SELF),
    ("社員が不審メールを開いたと情シスに自己申告がありました", SELF),
    ("派遣社員がUSBをなくしたと、上司に自己申告してきた", SELF),
    # A data subject's 申告 says nothing of who: no device of ours before 本人.
    ("顧客本人から申告がありました", None),
    ("患者さんから申告がありました", None),
    ("確定申告の書類を紛失した", None),
]

PASSED_ON: list[tuple[str, Detection | None]] = [
    ("社長に言われて気づいた", SELF),
    ("上司に指摘されて気づいた", SELF),
    # An outsider told our president first: the outsider's report is how we learnt of it.
    ("取引先から社長に連絡があり、社長に言われて気づいた", THIRD),
    ("警察から部長に連絡があって、部長に言われて知りました", EXTERNAL),
    ("社長から言われて気づきました。取引先から社長に連絡があったそうです", THIRD),
]


@pytest.mark.parametrize(("text", "detection"), DECLARED + PASSED_ON)
def test_one_of_us_telling(text: str, detection: Detection | None) -> None:
    assert read_message(text).detection is detection
