"""A third party's report word MeCab cuts in two (情報提供: 情報 + 提供), received with nobody
named (「同社に匿名の情報提供があり」「情報提供が寄せられた」), is a third party's report, as the
one-word タレコミ already is (tests/data/README.md rule 3).

Our own sentences; the company's own request for tips, or its tip to the police, is none
received.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

SPLIT_REPORTS: list[Case] = [
    ("先月、当社に匿名の情報提供があり、社内で調べたところ持ち出しが分かりました。", THIRD),
    ("元社員が名簿を持ち出しているとの情報提供が寄せられました。", THIRD),
    # Asked for, or made by us.
    ("心当たりのある方は情報提供をお願いします。", None),
    ("当社から警察に情報提供しました。", None),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_REPORTS)
def test_detection_split_reports(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
