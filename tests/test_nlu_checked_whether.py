"""「侵入されていないか確認してもらっています」 asks whether, it does not deny: a check under way
is still open (the access stays unknown); a check done is left to its outcome."""

from __future__ import annotations

import pytest

from coverage import Access
from nlu import read_message

# (message, the access read)
CHECKS = [
    # A check under way: open, never "not found".
    ("サーバーに侵入されていないか業者に確認してもらっています", None),
    ("感染していないかチェック中です", None),
    ("改ざんされていないか調べています", None),
    ("不正アクセスされていないか、ベンダーが点検しています", None),
    # A check done: its outcome decides.
    ("不正アクセスがないか確認してもらった結果、問題ありませんでした", Access.NOT_FOUND),
    ("侵入されていないか確認したところ、痕跡はありませんでした", Access.NOT_FOUND),
    # A plain denial is still one.
    ("侵入はされていません", Access.NOT_FOUND),
]


@pytest.mark.parametrize(("message", "access"), CHECKS)
def test_a_check_of_whether_is_no_denial(message: str, access: Access | None) -> None:
    assert read_message(message).unauthorized_access is access
