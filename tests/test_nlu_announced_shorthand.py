"""Announced said in shorthand with an English value and no colon (「公表no」「公表はyes」), as
agents and 情シス write a list of facts: the value after the cue is the fact. Asked,
supposed or followed by more words, it is no value. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

STATED: list[tuple[str, bool]] = [
    ("ランサム確定、検知=SOC、公表no、同意yes、復旧 300万", False),
    ("不正ログイン確認済。公表yes。個情 1,200件", True),
    ("DDoS、公表 NO、見積 80万", False),
    ("公表はNo、同意は未", False),
]

NOT_STATED: list[str] = [
    "公表no?",
    "公表noだと補償はどうなりますか",
    "公表yesなら見舞金も必要ですか",
    "公表nothing decided",
]


@pytest.mark.parametrize(("message", "announced"), STATED)
def test_an_english_value_after_the_cue_states_it(message: str, announced: bool) -> None:
    assert read_message(message).announced is announced


@pytest.mark.parametrize("message", NOT_STATED)
def test_asked_or_supposed_it_states_nothing(message: str) -> None:
    assert read_message(message).announced is None
