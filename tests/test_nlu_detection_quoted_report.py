"""A report that quotes what was said with という names the party whose から comes before it.

「お客様からの「ログインできない」という問い合わせがきっかけです」: MeCab cuts という in two
(と・いう), so the quote's own verbs read as a clause that took the から away from the report
word, and detection stayed unknown. A から that belongs to a verb of its own before the
report (「取引先から届いたメールを開いたところ」) still tells nothing.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY

CASES: list[tuple[str, Detection | None]] = [
    ("利用者からの「パスワードを変えた覚えがない」という連絡がきっかけでした", THIRD),
    ("保護者の方からの「名簿が届いていない」という問い合わせで発覚しました", THIRD),
    ("警察からの「御社のサーバーが攻撃に使われている」という連絡で分かりました", EXTERNAL),
    ("取引先からの「変なメールが届いた」っていう電話で気づきました", THIRD),
    # Near misses: the から goes with a verb of its own, and the report is ours or hearsay.
    ("取引先から届いたメールを開いたところ、ウイルスに感染したという報告を上司にしました", None),
    ("顧客から受け取ったUSBを挿したら、感染したという話です", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_report_quoting_with_to_iu_names_its_source(
    text: str, expected: Detection | None
) -> None:
    assert read_message(text).detection == expected
