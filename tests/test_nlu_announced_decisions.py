"""Where a cue's predicate is when a clause of another verb leads on to it (「公表？ 社長と話して、
うちはせえへんことにした」「公表は、役員と相談して、見送ることにしました」), and a decision
still to come (「公表は来週決めます」「公表は社長が判断します」), which is undecided: labelling
rule 5 leaves 検討中 unknown. A decision taken (「公表することに決めました」「…ことに決めて
います」) stands."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

LEADING_ON = [
    ("公表？ 社長と話して、うちはせえへんことにした", False),
    ("公表は、役員と相談して、しないことにしました。", False),
    ("公表？ 弁護士と話して、来週ホームページに載せる予定です", True),
    # the cue's own verb in て is the announcement itself
    ("公表して、問い合わせが増えました。", True),
]

TO_BE_DECIDED = [
    ("公表は来週決めます。", None),
    ("公表は、社長と相談して、来週決めます。", None),
    ("公表は社長が判断します。", None),
    ("公表は社長と相談して決めます", None),
    # decided
    ("公表することに決めました。", True),
    ("公表しないことに決めました。", False),
    ("公表は来週、記者会見で行うことに決めています。", True),
    ("来週公表することに決まりました。", True),
]


@pytest.mark.parametrize(("text", "announced"), LEADING_ON)
def test_a_clause_leading_on_leaves_the_predicate_to_the_next(
    text: str, announced: bool | None
) -> None:
    assert read_message(text).announced is announced


@pytest.mark.parametrize(("text", "announced"), TO_BE_DECIDED)
def test_a_decision_still_to_come_is_undecided(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced
