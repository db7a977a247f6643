"""A form's checkboxes after the announcement's key (「公表:□済 ■未 □予定なし」): only the
ticked box says anything; 未 beside an offered 予定なし is "before the announcement" (rule 5's
公表前, unknown), as a bare 「公表:未」 is none yet.

Our own lines. Set 35, written blind, read an agent's accident sheet 「公表：□済　■未　□予定
なし」 as announced: the unticked 「□済」 was read as done.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

SHEET = "■事故受付シート\n・事故種別:紛失\n・内容:鞄ごと置き引き\n"

TICKED: list[tuple[str, bool | None]] = [
    (SHEET + "・公表:□済 ■未 □予定なし", None),
    (SHEET + "・公表:■済 □未 □予定なし", True),
    (SHEET + "・公表:□済 □未 ■予定なし", False),
    (SHEET + "・公表:☐済 ☑予定 ☐予定なし", True),
    (SHEET + "・公表:□済 ■未", False),
    (SHEET + "・公表:□済 □未 □予定なし", None),
    (SHEET + "・公表:□済 ■未定", None),
]


@pytest.mark.parametrize(("text", "announced"), TICKED)
def test_only_the_ticked_box_says_whether_it_was_announced(
    text: str, announced: bool | None
) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is announced


# Near misses: no checkboxes, the value read as before.
PLAIN: list[tuple[str, bool]] = [
    ("・公表:済", True),
    ("公表:未\n同意:取得済", False),
    ("■公表\nHPで公表済みです", True),
]


@pytest.mark.parametrize(("text", "announced"), PLAIN)
def test_a_plain_value_still_reads(text: str, announced: bool) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is announced
