"""Counts of companies, group names and one person's share typed in hiragana (「こじん３００めい、
ほうじん２しゃ分」「ひとりぶん」) read as their kanji; a mail's recipients who got another's data
are no victims, in kana or kanji (「とりひきさき2しゃに別のおきゃくさんの見積書」).

Our own sentences, in the class of a blind set's phone-typed report.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict
from nlu.normalize import normalize

REWRITES: list[tuple[str, str]] = [
    ("ほうじん３しゃ分です", "法人3社分です"),
    ("こじん１２０めい", "個人120名"),
    ("こじん 40めい、ほうじん 2しゃ", "個人 40名、法人 2社"),
    ("りようしゃさん ひとりぶんの ないようです", "りようしゃさん 1人分の ないようです"),
    ("ふたりぶんです", "2人分です"),
    # Near misses: more kana of another word after the counter, a group word inside a
    # longer word, and one not before a number.
    ("３しゃしん", "3しゃしん"),
    ("２しゃいんが対応", "2しゃいんが対応"),
    ("めいこじん3", "めいこじん3"),
    ("こじんてきには", "こじんてきには"),
    ("ひとりで対応しています", "ひとりで対応しています"),
    ("ひとり分かってない", "ひとり分かってない"),
]


@pytest.mark.parametrize(("raw", "expected"), REWRITES)
def test_kana_groups_and_company_counter(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


COUNTS: list[tuple[list[str], int | None, int | None]] = [
    (["委託先からDMリストがもれたって連絡", "こじん３００めい、ほうじん２しゃ分です"], 300, 2),
    (["取引先の名簿をなくしました。ほうじん５しゃぶんです"], None, 5),
    (["ふぁっくすを まちがえて おくりました かいいんさん ふたりぶんの じゅうしょです"], 2, None),
    # Recipients of another's data, kana or kanji, are no victims; recipients who saw one
    # another's addresses are.
    (["とりひきさき2しゃに別のおきゃくさんの見積書おくっちゃった"], None, None),
    (["取引先2社に別のお客様の見積書を送ってしまいました"], None, None),
    (["BCCにせず取引先18社に一斉送信してしまいました"], None, 18),
]


@pytest.mark.parametrize(("messages", "individuals", "corporations"), COUNTS)
def test_kana_counts_of_companies(
    messages: list[str], individuals: int | None, corporations: int | None
) -> None:
    facts, _, _ = predict(messages)
    assert (facts.get("individuals"), facts.get("corporations")) == (individuals, corporations)
