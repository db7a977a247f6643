"""A key that says how it came to light names the trigger, even after another report.

「業者から調査結果の報告が来ました。そもそものきっかけは監視会社からの通報です」: the
later sentence was dropped as a report that followed the first; a key (きっかけ, 発見の
きっかけ, 発覚のきっかけ) says in so many words which report was the trigger (labelling rule
3), so it stands, with a pause after its は too. A report said with も after the first is
still what followed.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY

CASES: list[tuple[str, Detection | None]] = [
    (
        "業者から調査結果の報告が来ました。感染はなしでした。そもそものきっかけは監視会社からの通報です",
        EXTERNAL,
    ),
    ("保守業者から報告書が届きました。発見のきっかけは、警察からの連絡でした", EXTERNAL),
    ("ベンダーさんから連絡がありました。発覚のきっかけ：お客様からの問い合わせ", THIRD),
    ("きっかけは、お客様からのお電話です", THIRD),
    # Near misses: no key, or a key whose value is not known.
    ("監視会社から通報がありました。その後お客様からも問い合わせがありました", EXTERNAL),
    ("取引先から連絡がありました。きっかけはまだ分かりません", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_key_naming_the_trigger_stands(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
