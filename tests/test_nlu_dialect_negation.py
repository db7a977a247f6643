"""Western negation (「しとらんです」 = していないです, 「してへんです」, 「払わんです」) is a
negation for every reader, though unidic-lite tags its ん before です as the nominalising の and
its へん as the noun 辺. Set 30, written blind: 「しとらんです」 answering 「公表はされましたか？」;
「公表はしとらんです」 read as announced. The explanatory ん (「公表したんです」「大変なんです」)
and the noun 辺 (「この辺」) stay as they are. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import read_message
from nlu.tokens import tokenize

NOT_ANNOUNCED = [
    "公表はしとらんです。",
    "ホームページにはまだ何も出しとらんです",
    "公表はしてへんです",
    "会見は開いとらんですよ",
    "公表はせえへん方針です",
]

ANNOUNCED = [
    "公表したんです",
    "昨日HPで公表しとるんです",
]


@pytest.mark.parametrize("text", NOT_ANNOUNCED)
def test_western_negation_denies(text: str) -> None:
    assert read_message(text).announced is False


@pytest.mark.parametrize("text", ANNOUNCED)
def test_the_explanatory_n_does_not_deny(text: str) -> None:
    assert read_message(text).announced is True


# (text, the token's surface, the lemma and part of speech it is read with)
TAGS = [
    ("公表しとらんです", "ん", "ず", "助動詞"),
    ("同意はもらっとらんです", "ん", "ず", "助動詞"),
    ("まだ言わんです", "ん", "ず", "助動詞"),
    ("公表してへんです", "へん", "へん", "助動詞"),
    ("見たんです", "ん", "の", "助詞"),
    ("大変なんです", "ん", "の", "助詞"),
    ("この辺です", "辺", "辺", "名詞"),
]


@pytest.mark.parametrize(("text", "surface", "lemma", "pos1"), TAGS)
def test_the_token_is_tagged_as_what_it_is(text: str, surface: str, lemma: str, pos1: str) -> None:
    found = [(t.surface, t.lemma, t.pos1) for t in tokenize(text)]
    assert (surface, lemma, pos1) in found


ANSWERS: list[tuple[str, bool]] = [
    ("しとらんです", False),
    ("まだしとらん", False),
    ("してへんです", False),
    ("しとります", True),
]


@pytest.mark.parametrize(("answer", "announced"), ANSWERS)
def test_a_western_answer_under_the_quoted_question(answer: str, announced: bool) -> None:
    assert read_message(f"> 公表はされましたか？\n{answer}").announced is announced


def test_consent_denied_in_western_speech_with_money_spent() -> None:
    reading = read_message("同意はもろとらんです。でももう業者に発注してしもた")
    assert reading.consent is False
