"""An assumption to work on (「公表する前提で準備中」) is neither a fact nor a decision: it
leaves announced (and any other fact it qualifies) unknown; a plan stated stays a plan."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

ANNOUNCED = [
    ("公表する前提で準備を進めています。", None),
    ("プレスリリースを出す前提で文面を作っています。", None),
    ("公表を前提に社内で調整中です。", None),
    # a plan or a preparation said outright is still one
    ("公表の準備中です。", True),
    ("来週ホームページで公表する予定です。", True),
    ("公表しない前提で動いていましたが、昨日公表しました。", True),
]


@pytest.mark.parametrize(("text", "announced"), ANNOUNCED)
def test_an_assumption_is_no_decision(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


def test_an_assumed_infection_is_not_a_confirmed_one() -> None:
    assert read_message("感染している前提で全端末を調べています。").unauthorized_access is None
