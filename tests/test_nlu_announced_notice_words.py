"""告知 (a notice to users) and 外に言う (telling it outside) are words for announcing:
「告知はしない方針」「外部に言うつもりはありません」 deny it, 「アプリで告知済み」 says it. A
medical or an insurance disclosure (がん告知, 告知義務) and someone else telling are not."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

WORDS = [
    ("告知はしない方針です。ユーザーには臨時メンテと案内しています。", False),
    ("アプリのお知らせ欄で告知済みです。", True),
    ("利用者への告知は来週行う予定です。", True),
    ("外に言うつもりはない。", False),
    ("外部に言うつもりはありません。", False),
    ("社外に言うかどうかは検討中です。", None),
]

NOT_ANNOUNCING = [
    "がん告知を受けた社員の情報が含まれていました。",
    "保険の告知義務について教えてください。",
    "取引先が外に言ってしまったらしいです。",
]


@pytest.mark.parametrize(("text", "announced"), WORDS)
def test_notice_words_announce(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


@pytest.mark.parametrize("text", NOT_ANNOUNCING)
def test_other_disclosures_announce_nothing(text: str) -> None:
    assert read_message(text).announced is None
