"""A group's size said as a fact about the company (「顧客は全部で5万人いる」「従業員は200名
の会社です」) is how many there are, not how many were hit (labelling rule 7)."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

# (text, individuals, corporations)
SIZES: list[tuple[str, int | None, int | None]] = [
    ("ランサムウェアにやられました。うちの顧客は全部で3万人います", None, None),
    ("不正アクセスがあったようです。会員は約1万2千人おります。", None, None),
    ("サーバーが暗号化された。取引先は全部で150社ある", None, None),
    ("弊社は従業員が80名ほど在籍する会社です。PCがウイルスに感染しました", None, None),
    ("社員は120名の会社で、メールサーバーに不審なログインがありました。", None, None),
    ("取引先は400社程度あります。ウイルス感染したPCが1台見つかった", None, None),
    ("ECサイトです。お客様は合わせて6万人いるのですが、サイトが改ざんされました", None, None),
    # Near misses: the count is said of the data, or of those hit.
    ("不正アクセスで顧客4万人分の個人情報が漏えいしました", 40000, None),
    ("会員1万8千人の名簿が入ったUSBをなくしました", 18000, None),
    ("情報が流出した顧客は3万人います", 30000, None),
    ("スマホを落とした。連絡先にはお客様が約300人登録されている", 300, None),
    ("影響を受けた取引先は150社あります", None, 150),
    ("取引先は80社あり、その全社に偽の請求メールが送られました", None, 80),
    ("うちの顧客は全部で2万人います。その全員の情報が漏れました", 20000, None),
]


@pytest.mark.parametrize(("text", "individuals", "corporations"), SIZES)
def test_a_group_size_is_no_count_of_victims(
    text: str, individuals: int | None, corporations: int | None
) -> None:
    reading = read_message(text)
    assert (reading.individuals, reading.corporations) == (individuals, corporations)
