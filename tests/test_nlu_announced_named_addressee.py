"""A letter whose head names one person, a space, then 様 (「佐藤　様」「理事長 高橋 様」) is
written to that person: an apology to one victim, no public announcement (labelling rule 5).
A group greeted with 様 (「保護者の皆様」「お客様各位」) may be the public notice still. Our own
texts."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

TO_ONE: list[str] = [
    "佐藤　様\n\n請求書の誤送付についてのお詫び\n\n株式会社サンプル商事\n\n"
    "このたびは当社の不手際により、佐藤様宛ての請求書を別のお客様に送付してしまいました。"
    "多大なるご迷惑をおかけしましたことを心よりお詫び申し上げます。",
    "理事長 高橋 様\n\n会員名簿の紛失について（ご報告）\n\n事務局\n\n"
    "10月3日、事務局職員が会員名簿を電車内に置き忘れました。深くお詫び申し上げます。",
]

# Near misses: a group of readers; a one-person letter that says it was announced.
PUBLIC: list[str] = [
    "保護者の皆様\n\n個人情報の紛失について（お詫び）\n\n○○学園\n\n"
    "このたび、本校教員が生徒の成績を記録したUSBメモリを紛失いたしました。"
    "深くお詫び申し上げます。",
    "佐藤　様\n\n請求書の誤送付についてのお詫び\n\n株式会社サンプル商事\n\n"
    "このたびは当社の不手際により、請求書を別のお客様に送付してしまいました。"
    "本件は当社ホームページにて本日公表いたしました。",
]


@pytest.mark.parametrize("text", TO_ONE)
def test_a_letter_to_one_named_person_is_no_announcement(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is None


@pytest.mark.parametrize("text", PUBLIC)
def test_a_group_letter_or_a_stated_announcement_still_reads(text: str) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is True
