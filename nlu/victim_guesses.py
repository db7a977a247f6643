"""A count said as the writer's guess (「たぶん2000人ぐらいだと思います」): the number itself
is guessed, no count of victims. Words in `config/nlu_victim_guesses.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.phrases import PhraseSet

FILE: Final = "nlu_victim_guesses.toml"


class GuessesFile(config.Schema):
    """`config/nlu_victim_guesses.toml`."""

    copulas: NonEmptyWords
    guesses: NonEmptyWords


@cache
def _file() -> GuessesFile:
    return config.load(FILE, GuessesFile)


@cache
def _guesses() -> PhraseSet:
    return PhraseSet({"guess": _file().guesses})


def guessed(doc: Doc, count: Count) -> bool:
    """Whether a guess (「と思う」) follows the count, or its copula, right after it."""
    i = doc.token_at(count.end - 1) + 1
    tokens = doc.tokens
    if i < len(tokens) and tokens[i].lemma in _file().copulas:
        i += 1
    if i >= len(tokens):
        return False
    return any(m.start == i for m in _guesses().find(doc, i, min(len(tokens), i + 4)))
