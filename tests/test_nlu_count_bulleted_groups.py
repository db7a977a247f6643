"""Victim groups listed one to a bullet line (class: bulleted person groups). 「・会員：3,200名分」
「・退会者：1,979名分」 are different persons whose data leaked, so the individuals are their sum
(labelling rule 7). Lines that list kinds of data about the same persons, share a group, say
they overlap or total, or are no run of one bullet mark keep the largest count. Sentences of
our own."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

LEAD = "不正アクセスにより、以下の個人情報が流出しました。\n"

SUMMED: list[tuple[str, int]] = [
    ("・会員：3,200名分\n・退会者：1,979名分", 5179),
    ("・現役の生徒の氏名、成績：420名分\n・卒業生の氏名、住所：1,350名分", 1770),
    ("- 患者様の診療予約情報 2,300件\n- 職員の氏名、内線番号 85件", 2385),
    (
        "●ご購入者の氏名・住所：812名分\n●メルマガ登録者のメールアドレス：2,004名分\n●応募者の履歴書：31名分",
        2847,
    ),
]

KEPT: list[tuple[str, int]] = [
    # Kinds of data about the same persons: the largest, not a sum.
    ("・氏名、住所、電話番号：1,200名分\n・クレジットカード情報：300名分", 1200),
    # One group on both lines.
    ("・会員の氏名、住所：3,200名分\n・会員のカード番号：800名分", 3200),
    # A part of the other, or a total line.
    ("・会員：3,200名分\n・うち退会者：400名分", 3200),
    ("・会員：3,200名分\n・退会者：1,979名分\n・合計：5,179名分", 5179),
    # Not adjacent lines of one mark.
    ("・会員：3,200名分\n\n■退会者：1,979名分", 3200),
]


@pytest.mark.parametrize(("body", "expected"), SUMMED)
def test_listed_groups_add_up(body: str, expected: int) -> None:
    assert read_message(LEAD + body).individuals == expected


@pytest.mark.parametrize(("body", "expected"), KEPT)
def test_lines_of_no_separate_group_keep_the_largest(body: str, expected: int) -> None:
    assert read_message(LEAD + body).individuals == expected
