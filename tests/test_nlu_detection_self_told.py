"""One of us telling (`detection` self, labelling rule 3): a device's user declaring it, staff
declaring it to an internal unit, a staff member telling of their own slip as 本人; and one
of us passing on an outsider's report, which stays the outsider's (nlu.reporter_self_told)."""

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

# A bare 本人 telling the news quoted before it, whose subject is our staff member, is that
# member (「…と本人から申告」, labelling rule 3: own staff).
STAFF_HIMSELF: list[tuple[str, Detection | None]] = [
    ("経理担当が請求書のファイルを誤って送ったと本人から申告がありました", SELF),
    ("職員2名が偽のログイン画面にIDを入れてしまったと、本人たちから連絡がありました", SELF),
    ("派遣スタッフのうち1人が社用スマホをなくしたって本人から電話がきた", SELF),
    ("社員がUSBを電車に置き忘れたと本人から報告を受けました", SELF),
    # Said as an outsider tells (苦情): 本人 is the person in the photo, a third party.
    ("社員がイベントの写真をSNSに載せたと本人から苦情がありました", THIRD),
    # Someone else named before it: 本人 may be that person.
    ("店員が会員の名簿を見せてしまったと、会員本人から連絡がありました", THIRD),
    ("委託先の担当がUSBを落としたと本人から連絡がありました", THIRD),
]

PASSED_ON: list[tuple[str, Detection | None]] = [
    ("社長に言われて気づいた", SELF),
    ("上司に指摘されて気づいた", SELF),
    # An outsider told our president first: the outsider's report is how we learnt of it.
    ("取引先から社長に連絡があり、社長に言われて気づいた", THIRD),
    ("警察から部長に連絡があって、部長に言われて知りました", EXTERNAL),
    ("社長から言われて気づきました。取引先から社長に連絡があったそうです", THIRD),
]


@pytest.mark.parametrize(("text", "detection"), DECLARED + STAFF_HIMSELF + PASSED_ON)
def test_one_of_us_telling(text: str, detection: Detection | None) -> None:
    assert read_message(text).detection is detection
