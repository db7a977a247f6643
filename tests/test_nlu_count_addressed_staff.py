"""Companies counted with their staff as a mail's addressees (「取引先50社の担当者宛の案内メール
をTOで一斉送信」) are the victims, their people not ours; a count of our own staff named after
it (「1名の職員が誤って送信」) stays no count. Our own sentences."""

from __future__ import annotations

import pytest

from nlu import read_message

CASES: list[tuple[str, int | None]] = [
    ("協力会社30社の担当者宛のお知らせを、BCCにせずTOで送ってしまいました", 30),
    ("顧問先8社の担当者宛の請求案内を、TOで一斉送信してしまいました", 8),
    # Near misses: a contractor's staff acting; our staff.
    ("委託先1社の作業員が誤って顧客情報を送信しました", None),
    ("2名の社員が誤ってファイルを共有しました", None),
]


@pytest.mark.parametrize(("message", "corporations"), CASES)
def test_companies_addressed_through_their_staff(message: str, corporations: int | None) -> None:
    assert read_message(message).corporations == corporations
