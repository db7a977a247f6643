"""Our own inspection named as the means of finding (「保存書類の内部点検において判明」
「内部点検で」) is self-detection, as an internal audit is (labelling rule 3: own staff).

Our own sentences: an inspection only named, or a contractor's, is not our finding.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF = Detection.SELF

Case = tuple[str, Detection | None]

OWN_INSPECTION: list[Case] = [
    ("伝票の綴りが所在不明となっていることが、保存書類の内部点検において判明いたしました。", SELF),
    ("内部点検により、顧客名簿の一部が所在不明であることが判明しました", SELF),
    # Only named, or theirs.
    ("内部点検の結果については、後日お知らせします", None),
    ("委託先の内部点検において、書類の紛失が判明したと報告がありました", None),
]


@pytest.mark.parametrize(("text", "expected"), OWN_INSPECTION)
def test_detection_own_inspection(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
