"""Announced, when the writer quotes their own claim and concedes it (「公表済みって言いましたが、
まだでした」): the clause after the concession says what is so, never the quoted claim."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict
from nlu.extract import read_message

TAKEN_BACK = [
    ("公表したって言いましたが、まだでした。", False),
    ("HPに載せたと書きましたが、実はまだ公表していません。", False),
    ("公表済みと伝えましたけど、まだです。", False),
    ("公表はしていないと言いましたが、昨日プレスリリースを出していました。", True),
    ("公表したって言いましたが、正しくは来週公表する予定です。", True),
    # someone else's word taken back by what is known: still undecided
    ("公表するって社長が言ってたけど、まだ決まってないです。", None),
    # nothing said in the claim's place
    ("公表済みって言いましたが。", None),
]

# No concession: a quoted claim that stands, or a plain statement.
NOT_TAKEN_BACK = [
    ("公表済みだと広報が言っていました。", True),
    ("公表したので、問い合わせが増えています。", True),
    ("公表はまだしていないと上司に伝えました。", False),
]


@pytest.mark.parametrize(("text", "announced"), TAKEN_BACK)
def test_a_conceded_claim_gives_way_to_what_follows(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


@pytest.mark.parametrize(("text", "announced"), NOT_TAKEN_BACK)
def test_a_claim_not_conceded_stands(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


def test_the_correction_in_a_later_message_wins() -> None:
    facts, _, _ = predict(
        [
            "ランサムウェアの件、HPで公表済みです。",
            "訂正です。公表済みって言いましたが、まだでした。来月の役員会で決める予定です。",
        ]
    )
    assert facts["announced"] is False
