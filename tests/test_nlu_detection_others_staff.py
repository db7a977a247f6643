"""Another organisation's staff (labelling rule 3): 「他の会社の社員から連絡」「紹介先の病院の
職員から」 are outsiders telling us, a third party; their bare 「気づいた」 is no finding of
ours. Our own people, our group's, stay as they were (nlu.reporter_staff.of_another)."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# An organisation said to be another (別の, 他の, よその) or a place we deal with (紹介先,
# 転院先, 訪問先), then の and its staff: the outsider's people.
TOLD_BY_THEIR_STAFF: list[tuple[str, Detection | None]] = [
    ("よその会社の社員さんから電話があって、うちのチラシに顧客名簿が印刷されてると言われた", THIRD),
    ("他の企業の担当者から、御社の見積書が誤って届いていると連絡をもらいました", THIRD),
    ("転院先の病院の看護師から、紹介状に別の患者の検査結果が入っていたと連絡がありました", THIRD),
    ("訪問先の企業の職員から、置き忘れたファイルを預かっていると電話をいただきました", THIRD),
    ("派遣先企業の社員から、共有フォルダに名簿が見えるとの連絡がありました", THIRD),
    ("別の会社の人が気づいて教えてくれました", THIRD),
    ("他の会社の担当者が誤送信に気づいて教えてくれました", THIRD),
]

# Their noticing, with nothing told to us, says nothing; it is not our own finding.
NOTICED_BY_THEM: list[tuple[str, Detection | None]] = [
    ("別の会社の社員がその画面に気づきました", None),
    ("A社の担当者が異常に気づきました", None),
]

# Our own people, or our group's (which may be ours), stay as before.
OURS: list[tuple[str, Detection | None]] = [
    ("うちの会社の社員から連絡がありました", None),
    ("社員から連絡がありました", SELF),
    ("他の課の職員から、共有フォルダの権限がおかしいと連絡がありました", SELF),
    ("当社のタイ子会社の従業員から、不審なメールが届いたと連絡がありました", None),
    ("グループ会社の社員から連絡がありました", None),
    ("社員が気づいて教えてくれました", SELF),
]


@pytest.mark.parametrize(("text", "detection"), TOLD_BY_THEIR_STAFF + NOTICED_BY_THEM + OURS)
def test_another_organisations_staff(text: str, detection: Detection | None) -> None:
    assert read_message(text).detection is detection
