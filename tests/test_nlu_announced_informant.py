"""A public body that told the company of its incident and then announced it (「県警は…と
発表した」, with 「同社は県警からの連絡で把握した」) made its own announcement, about another's
incident: not the company's (labelling rule 5). A body announcing with no such telling may
be announcing its own incident, and that counts."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

ANNOUNCED_BY_THE_INFORMANT = [
    "○○県警は3日、市内の建設会社の経理用サーバーがランサムウェアに感染し、取引先の口座情報が"
    "流出した可能性があると発表した。同社は県警からの連絡で被害を知ったという。",
    "警視庁サイバー犯罪対策課は、都内の通販会社のサイトが改ざんされ、カード情報が抜き取られて"
    "いたと公表した。通販会社は警視庁より連絡を受けるまで気付かなかったという。",
    "個人情報保護委員会は、人材派遣会社の登録者約3千人分の情報が流出したと発表した。同社は"
    "個人情報保護委員会からの指摘で把握したとしている。",
]

# The body's own incident, the company telling of the body's call, or the company as the
# topic: the company's (or the body's own) announcement, which counts.
STILL_ANNOUNCED = [
    "○○県警は5日、警察署の署員が捜査書類の入ったかばんを紛失したと発表した。",
    "精密機器メーカーの△△は8日、社内サーバーが不正アクセスを受けたと発表した。県警からの"
    "連絡で判明したという。",
    "県警から連絡があり、調査の結果ランサムウェアと分かりました。本日HPで公表しました。",
]


@pytest.mark.parametrize("text", ANNOUNCED_BY_THE_INFORMANT)
def test_the_informants_announcement_is_not_the_companys(text: str) -> None:
    assert read_message(text).announced is None


@pytest.mark.parametrize("text", STILL_ANNOUNCED)
def test_an_announcement_of_its_own_still_counts(text: str) -> None:
    assert read_message(text).announced is True


# A body's announcement cited by name (「警察庁の発表によると」) in a text in the writer's own
# voice (本会, 当社) is what the body made public, not an announcement by the writer.
CITED_BODY = [
    "【会員各位】警察庁の発表によると、ランサムウェアの被害報告は昨年200件を超えました。本会と"
    "しても会員の皆様に対策をお願いいたします。なお、本会のシステムに被害は確認されておりません。",
    "IPAの発表資料によれば、VPN機器の脆弱性を狙った攻撃が増えています。当社でも機器の更新を"
    "進めております。お取引先様にも対策をお願いしております。",
]

# The company's own announcement, or a news story citing the company: it counts.
COMPANY_ANNOUNCES = [
    "同社の発表によると、顧客約2千人分の氏名と住所が流出した。",
    "当社は本日、ランサムウェア被害について公表いたしました。警察庁の発表によると同様の被害が"
    "増えております。",
]


@pytest.mark.parametrize("text", CITED_BODY)
def test_a_cited_bodys_announcement_is_not_the_writers(text: str) -> None:
    assert read_message(text).announced is None


@pytest.mark.parametrize("text", COMPANY_ANNOUNCES)
def test_the_companys_announcement_beside_a_cited_body_counts(text: str) -> None:
    assert read_message(text).announced is True
