"""A contractor's letter to its principal: what the contractor says it announced is its
own announcement, not the principal's (labelling rule 5), however many words stand
between 貴社より and the data it keeps (お預かり, 委託)."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

CONTRACTOR_ANNOUNCES = [
    "弊社の配送システムが不正アクセスを受けました。貴社より配送業務のためにお預かりしている"
    "お客様の住所データが含まれております。弊社ホームページにて来週公表する予定です。",
    "御社から給与計算の目的で委託されている従業員名簿が流出した可能性がございます。"
    "本件は本日、弊社より記者会見にて公表いたしました。",
]

# The company's own words, even when it names its contractor's letter, still decide.
OWN_ANNOUNCEMENT = [
    ("委託先から報告があり、当社は昨日HPで公表しました", True),
    ("委託先のサーバーがやられました。うちはまだ公表していません", False),
]


@pytest.mark.parametrize("text", CONTRACTOR_ANNOUNCES)
def test_a_contractors_own_announcement_is_not_the_principals(text: str) -> None:
    assert read_message(text).announced is None


@pytest.mark.parametrize(("text", "announced"), OWN_ANNOUNCEMENT)
def test_the_companys_own_announcement_still_counts(text: str, announced: bool) -> None:
    assert read_message(text).announced is announced
