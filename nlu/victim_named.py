"""Partner companies named by a letter whose documents befell something (「取引先A社の生産管理
データが消失」「A社様にB社様向けの見積書を送付」): one corporate victim each, when no count is
said. Words in `config/nlu_victim_named.toml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords, Word
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.patterns import alternation
from nlu.polarity import negations

FILE: Final = "nlu_victim_named.toml"


class NamedFile(config.Schema):
    """`config/nlu_victim_named.toml`."""

    letters: Word
    honorifics: NonEmptyWords
    joiners: NonEmptyWords
    of: NonEmptyWords
    addressed: NonEmptyWords
    partners: NonEmptyWords
    documents: NonEmptyWords
    window: PositiveInt
    befell: NonEmptyWords


@dataclass(frozen=True, slots=True)
class _Words:
    names: re.Pattern[str]
    befell: frozenset[str]


@cache
def _words() -> _Words:
    file = config.load(FILE, NamedFile)
    name = rf"(?<![A-Za-z])[{re.escape(file.letters)}]社(?:{alternation(file.honorifics)})?"
    partner = alternation(file.partners)
    # 「顧問先A社とC社の」「取引先A社と取引先B社の」: a list of names, each a victim.
    joined = rf"{name}(?:(?:{alternation(file.joiners)})(?:{partner})?{name})*"
    documents = alternation(file.documents)
    # The documents end the noun the tie opens (「生産管理データ」「決算書類一式」): kanji and
    # katakana only between, no particle (「A社の担当者から、見積書が」 names the staff).
    near = rf"[一-龥々ァ-ヶー]{{0,{file.window}}}?(?:{documents})"
    return _Words(
        re.compile(
            rf"(?P<partner>{partner})?(?P<names>{joined})"
            rf"(?:(?P<of>{alternation(file.of)})|(?:{alternation(file.addressed)})){near}"
        ),
        frozenset(file.befell),
    )


_LETTER = re.compile(r"([A-Z])社")


def named_companies(doc: Doc, lex: Lexicon) -> int | None:
    """How many letter-named partner companies the text says had documents lost, sent astray
    or leaked, or None when it names none."""
    words = _words()
    if "社" not in doc.text:
        return None
    named: set[str] = set()
    for match in words.names.finditer(doc.text):
        if match.group("of") and not match.group("partner"):
            continue  # 「A社の…」 alone may be the insured's own data
        if _befell(doc, doc.token_at(match.start()), words, lex):
            named.update(_LETTER.findall(match.group("names")))
    return len(named) or None


def _befell(doc: Doc, token: int, words: _Words, lex: Lexicon) -> bool:
    """The sentence of token `token` says, not denies, what befell the documents
    (「…は流出していません」 says nothing befell them)."""
    lo, hi = doc.sentence_span(token)
    return any(
        (t.lemma in words.befell or t.surface in words.befell)
        and negations(doc, i + 1, doc.clause_end(i), lex) % 2 == 0
        for i, t in enumerate(doc.tokens[lo:hi], lo)
    )
