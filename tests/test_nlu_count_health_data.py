"""Our own people counted with their data of any kind after 「の」 (「休職中の職員3名の病状を
話してしまい」「社員2名の病歴が漏れました」): they are the persons the data is about, victims,
as with 「従業員1,045名の個人情報」; a person's condition (病状, 健康状態) is health data. A staff
member whose PC it was (「従業員1名のパソコンが感染し」) is no victim."""

from __future__ import annotations

import pytest

from nlu.data_kinds import DataKind, find_data_kinds
from nlu.evaluate import predict

VICTIMS = [
    ("懇親会で総務の担当者が、休職中の職員3名の病状を大声で話してしまいました", 3),
    ("社員2名の病歴が記載されたファイルが流出しました", 2),
    ("社員4名の健康状態を書いたメモを電車に置き忘れました", 4),
]

NOT_VICTIMS = ["従業員1名のパソコンがウイルスに感染しました", "社員2名で対応しています"]


@pytest.mark.parametrize(("message", "count"), VICTIMS)
def test_staff_counted_with_their_data_are_victims(message: str, count: int) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] == count


@pytest.mark.parametrize("message", NOT_VICTIMS)
def test_staff_acting_are_no_victims(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] is None


def test_a_condition_is_health_data() -> None:
    assert DataKind.SENSITIVE in find_data_kinds("職員の病状を話してしまいました")
