"""Real incident notices: which counts are victims, and which are something else."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

# Records kept somewhere, in a text that says no leak is known: not a count of victims.
# Kept records that leaked, or were lost, still are.
STORED: list[tuple[str, int | None]] = [
    (
        "サーバーには約3万人分の会員情報が記録されている。現時点で情報漏洩は確認されておらず、調査中です。",
        None,
    ),
    ("台帳に記載されている顧客数は420件です。外部への漏えいの可能性は低いと考えています。", None),
    ("サーバーには約3万人分の会員情報が記録されている。調査中です。", 30000),
    ("顧客情報2,000件が保存されたノートPCを紛失しました", 2000),
    ("保存していた顧客情報800件が流出しました。ほかの漏洩は確認されていません。", 800),
]


@pytest.mark.parametrize(("text", "expected"), STORED)
def test_stored_records_are_not_victims_without_a_leak(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected
