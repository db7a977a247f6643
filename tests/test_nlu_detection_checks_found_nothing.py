"""Our own check that has found nothing is no finding of ours (`detection`).

Detection is how the incident came to the company's attention (labelling rule 3). A check
still going on (「情シスが確認中です」) has found nothing yet, and a check whose outcome
clause says nothing was there (「当社の定期監査では、異常はありませんでした」) made the
company aware of nothing: both leave detection unknown, so the bot asks. The same checks
that did find something stay self.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF = Detection.SELF

Case = tuple[str, Detection | None]

STILL_CHECKING: list[Case] = [
    ("情シスが確認中です", None),
    ("社員が確認中です", None),
    ("担当者がログを確認中です", None),
    ("情シスが確認を進めています", None),
    # Found while checking, or checked and found: ours.
    ("担当者が確認中に不審なファイルを見つけました", SELF),
    ("社員が確認したところ、不審なファイルがありました", SELF),
]

FOUND_NOTHING: list[Case] = [
    ("当社の定期監査では、異常はありませんでした", None),
    ("定期監査の結果、異常は見つかりませんでした", None),
    ("定期監査で、不審な通信は確認されませんでした", None),
    ("うちの定期点検では、特に怪しいところはなかったです", None),
    ("社内調査の結果、異常なしでした", None),
    # The outcome clause found something, or its denial is of something else.
    ("内部監査で顧客情報の持ち出しが発覚しました", SELF),
    ("社内の監視で、怪しい通信が見つかりました", SELF),
    ("社内の監視で、不審な通信を見つけたが問題なかった", SELF),
    ("自社で、不正アクセスはなかったことを確認しました", SELF),
    ("自社のEDRで、感染は防げませんでした", SELF),
    ("定期監査の結果、顧客名簿の紛失が見つかりました", SELF),
    # An agent's list item: 「自社検知」 is the finding, the next item another fact.
    ("自社検知、アクセス無し、調査費50万", SELF),
]


@pytest.mark.parametrize(("text", "expected"), STILL_CHECKING)
def test_a_check_still_going_on_has_found_nothing_yet(
    text: str, expected: Detection | None
) -> None:
    """「確認中」 after our staff is a check under way, not a finding of theirs."""
    assert read_message(text).detection is expected


@pytest.mark.parametrize(("text", "expected"), FOUND_NOTHING)
def test_a_check_whose_outcome_is_nothing_found_tells_no_detection(
    text: str, expected: Detection | None
) -> None:
    """「定期監査では、異常はありませんでした」: the next clause says what the check found."""
    assert read_message(text).detection is expected
