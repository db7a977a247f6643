"""A letter whose head line is a mail merge's name field (「〇〇様」「○○ ○○ 様」) goes to each
person on its list: notifying them one by one, no announcement (tests/data/README.md rule 5),
however politely it apologises. A group of readers (「お客様各位」) may still be the public notice.
Letters of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

_BODY = (
    "いつも当店をご利用いただき、誠にありがとうございます。\n"
    "この度、当店の会員管理システムに不正アクセスがあり、会員様のお名前とメールアドレスが外部に"
    "流出したことが判明いたしました。\n"
    "ご迷惑とご心配をおかけしましたことを、心よりお詫び申し上げます。"
)

CASES: list[tuple[str, bool | None]] = [
    ("件名：会員情報の流出に関するお詫び\n\n〇〇様\n" + _BODY, None),
    ("○○ ○○ 様\n\n" + _BODY, None),
    # Near miss: a group of readers, the public notice.
    ("お客様各位\n\n会員情報の流出に関するお詫びとお知らせ\n\n" + _BODY, True),
]


@pytest.mark.parametrize(("text", "announced"), CASES)
def test_a_merge_field_letter_is_no_announcement(text: str, announced: bool | None) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is announced
