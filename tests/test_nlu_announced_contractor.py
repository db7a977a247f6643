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


# The subject of the announcing word decides whose announcement it is: a contractor or a
# provider as the subject is its own; ours, or a statement of theirs that we announced, counts.
ANNOUNCED_BY_WHOM = [
    ("外注先はもう公表してるみたい", None),
    ("委託先の会社は自社HPで経緯を公表したが、当社はまだ公表していない", False),
    ("提供事業者がプレスリリースを出しました", None),
    ("先方は記者会見を開いたそうです", None),
    ("委託先の公表を受けて、当社も本日公表しました", True),
    ("委託先も公表済みで、当社も来週公表する予定です", True),
    ("委託先がランサムウェアに感染したことを当社HPで公表しました", True),
    ("委託先の件はHPで公表しました", True),
]


@pytest.mark.parametrize(("text", "announced"), ANNOUNCED_BY_WHOM)
def test_whose_announcement_is_read_from_its_subject(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


# A company's own announcement said to be still weighed stays open, even when the story
# says what the company made known (明らかにした).
STILL_WEIGHED = [
    "販売会社の△△は、顧客約800人分の情報が流出したと明らかにした。自社での公表については検討中としている。",
    "同組合は被害を明らかにしたが、公表するかどうかは検討しているという。",
]


@pytest.mark.parametrize("text", STILL_WEIGHED)
def test_an_announcement_still_weighed_is_not_taken_as_done(text: str) -> None:
    assert read_message(text).announced is not True


# A contractor putting a notice on its own site, however said (a posted お詫び, a site
# notice, telling on the site), is its own announcement; the company's own site posting,
# even about the contractor, still counts.
POSTED_BY_WHOM = [
    ("開発ベンダー様は明日ホームページでお詫びを掲載されるとのことです。", None),
    ("委託先はHPでお知らせしています", None),
    ("保守業者はホームページで経緯を報告しています", None),
    ("外注先もHPにお詫びを載せています", None),
    ("ベンダー様はHPでお詫びを掲載済みですが、当社の公表は未定です。", None),
    ("委託先のサーバーが攻撃されたことを当社HPでお知らせしました", True),
    ("委託先から連絡があり、HPに経緯を掲載しました", True),
    ("開発ベンダーの不具合でしたが、当社のホームページでお詫びを掲載しました", True),
    ("ベンダー様はHPでお詫びを掲載されましたが、当社は公表しておりません。", False),
]


@pytest.mark.parametrize(("text", "announced"), POSTED_BY_WHOM)
def test_whose_site_notice_it_is_is_read_from_its_subject(
    text: str, announced: bool | None
) -> None:
    assert read_message(text).announced is announced
