"""Who found it (`detection`) when a later sentence says what brought it to light: a trigger
that is none of ours supersedes a finding of ours told before it, which did not bring the
incident to the company's attention (labelling rule 3). A trigger of ours, or one that points
back to the finding, keeps it.

Our own sentences: the negatives must keep the finding (or the reporter), the positives must
leave it unknown.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD, SELF = Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

TRIGGERS: list[Case] = [
    (
        "3月に担当者が誤りに気づいて差し替えましたが、報告されませんでした。"
        "流出が判明したのは5月で、利用者が古い版を持っていたことがきっかけです。",
        None,
    ),
    (
        "係員が設定ミスに気づいて直したものの、共有されなかった。"
        "発覚の契機は、来場者が画面を撮影していたことだった。",
        None,
    ),
    # The trigger is ours, points back, or is an outsider's report read as such.
    ("職員が不審なファイルに気づいた。判明のきっかけは職員の気づきだった。", SELF),
    ("社員が不審なメールに気づきました。これがきっかけで感染が判明しました。", SELF),
    (
        "担当者が誤りに気づいて直したが、共有されなかった。"
        "判明のきっかけは、顧客からの問い合わせでした。",
        THIRD,
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRIGGERS)
def test_detection_trigger(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
