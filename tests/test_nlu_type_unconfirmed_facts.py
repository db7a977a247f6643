"""An incident named only as a fact not confirmed names no type (labelling rule 1).

「持ち出しの事実は確認できませんでした」「紛失の事実は確認されていません」 doubt whether
anything happened at all: the type stays unknown, where a hedge of the incident itself
(「盗まれた可能性があります」) still names it, and a loss stated plainly stays a loss
whatever else is unconfirmed.
"""

from __future__ import annotations

import pytest

from coverage import Detection, IncidentType
from nlu.extract import read_message

LOST, OTHER = IncidentType.LOST_OR_STOLEN, IncidentType.OTHER

Case = tuple[str, IncidentType | None]

FACTS: list[Case] = [
    ("社内監査の結果、持ち出しの事実は確認できませんでした", None),
    ("紛失の事実は確認されていません", None),
    ("調査しましたが、誤廃棄の事実は確認できませんでした", None),
    # The incident itself hedged, or stated, beside an unconfirmed leak.
    ("盗まれた可能性があります", LOST),
    ("ノートPCを紛失しました。情報漏えいの事実は確認されていません", LOST),
    ("顧客データの持ち出しが判明しました", OTHER),
]


@pytest.mark.parametrize(("text", "expected"), FACTS)
def test_an_unconfirmed_fact_names_no_type(text: str, expected: IncidentType | None) -> None:
    assert read_message(text).incident_type is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("社内監査の結果、持ち出しの事実は確認できませんでした", None),
        ("社内監査の結果、不正アクセスが確認できました", Detection.SELF),
    ],
)
def test_a_check_that_could_not_confirm_tells_no_detection(
    text: str, expected: Detection | None
) -> None:
    """「確認できませんでした」: the audit found nothing, so it made us aware of nothing."""
    assert read_message(text).detection is expected
