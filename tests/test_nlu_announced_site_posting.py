"""Putting the incident on the organisation's own site, said with a verb of posting and no
word for announcing: posted or planned is announced, not posted is not (rule 5); a file
or photo put on the site, a mistaken posting, or staff's own SNS is no announcement."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

POSTINGS = [
    ("顧客への連絡は済みました。ホームページにも載せてあります", True),
    ("経緯は公式サイトに掲載済みです", True),
    ("明日、自社サイトにアップする予定です", True),
    ("社長の判断で、来週ウェブサイトに出すことにしました", True),
    ("お詫びは郵送しましたが、HPには出していません", False),
    ("ホームページにはまだ載せてないです", False),
    ("HPには掲載しない方針です", False),
    # Shorthand with no particle (rule 5's HP掲載).
    ("ランサム確定。顧客DB暗号化。HP掲載済", True),
    ("侵入確認、ホームページ告知済み。窓口開設済", True),
    ("公式サイトお知らせ済です", True),
    # An apology or a statement posted (set 26: 「公式サイトに謝罪文を掲載した」).
    ("同社は20日、公式サイトに謝罪文を掲載した。", True),
    ("ホームページにおわびを載せました", True),
    ("HPに声明を掲載する予定です", True),
    ("謝罪文はまだHPに載せていません", False),
]

NOT_POSTINGS = [
    # An apology sent, not posted, or the contractor's own.
    "謝罪文をメールでお客様にお送りしました",
    "委託先は自社サイトに謝罪文を掲載した",
    "HPに掲載していたイラストについて、作者から使用料を請求されました",
    "ホームページに会員名簿のファイルが誤って掲載されていました",
    "社員が店の写真を自分のSNSに載せていました",
    "HPに載せるかどうかは役員で相談中です",
    "HPに載せた求人の応募者一覧を別の応募者にメールしてしまいました",
    "ホームページに載せたって部長は言っていました",
    # A file already on the site, or posted by mistake, said in shorthand.
    "HP掲載済みの集合写真に生徒の名札が写っていた",
    "誤ってHP掲載済みの状態になっていた名簿",
]


# What the words for announcing say stands over a posting said beside them.
@pytest.mark.parametrize(
    ("text", "announced"),
    [
        ("HPに載せたと書きましたが、実はまだ公表していません", False),
        ("公表は見送りで、HPにも載せません", False),
    ],
)
def test_the_words_for_announcing_stand(text: str, announced: bool) -> None:
    assert read_message(text).announced is announced


@pytest.mark.parametrize(("text", "announced"), POSTINGS)
def test_posting_on_the_own_site_is_an_announcement(text: str, announced: bool) -> None:
    assert read_message(text).announced is announced


@pytest.mark.parametrize("text", NOT_POSTINGS)
def test_a_file_or_a_mistake_on_the_site_is_no_announcement(text: str) -> None:
    assert read_message(text).announced is None
