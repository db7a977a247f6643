"""A bare 本人 telling of a loss our own staff suffered is that staff member (`detection`).

「職員の自宅に空き巣が入り、…記録が盗まれました。本人から今朝電話がありました」: the data's
subjects know nothing of a loss until told, so the 本人 who calls is the staff member named
before the loss (labelling rule 3: own staff → self). A complaint (苦情), ご本人, a loss of
nobody of ours, or an incident of another kind leaves 本人 an outsider.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF = Detection.SELF
THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

TOLD: list[Case] = [
    ("社員が顧客名簿を電車に置き忘れました。本人から連絡がありました", SELF),
    ("営業担当の車上荒らしで、見積書の束が盗まれました。本人より報告がありました", SELF),
    ("看護師の鞄が盗まれ、患者20名分のメモが入っていました。本人から電話がありました", SELF),
    # Near misses: a complaint, the honoured data subject, a loss of an outsider, another kind.
    ("社員が顧客名簿を電車に置き忘れました。本人から苦情がありました", THIRD),
    ("社員が顧客名簿を置き忘れました。ご本人から電話がありました", THIRD),
    ("お客様の財布が店内で盗まれました。本人から連絡がありました", THIRD),
    ("社員がSNSにお客さんの写真を載せてしまいました。本人から電話がありました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), TOLD)
def test_a_bare_honnin_after_our_staffs_loss_is_self(text: str, expected: Detection) -> None:
    """本人 after our staff's loss, telling as staff tell, is that staff member."""
    assert read_message(text).detection is expected
