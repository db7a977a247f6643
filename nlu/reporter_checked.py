"""Our own check of what an outsider reported (`detection`): 「取引先から指摘があり、社内
調査で発覚した」 — the report, not the check, made the company aware. Words in
`config/nlu_reporter_checked.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon

FILE: Final = "nlu_reporter_checked.toml"
_NAME_POS: Final = frozenset({"名詞", "接頭辞", "接尾辞"})


class CheckedFile(config.Schema):
    """`config/nlu_reporter_checked.toml`."""

    checks: NonEmptyWords
    reach: int
    ongoing: NonEmptyWords


class _Words(NamedTuple):
    checks: frozenset[str]
    reach: int
    ongoing: frozenset[str]


@cache
def _words() -> _Words:
    file = config.load(FILE, CheckedFile)
    return _Words(frozenset(file.checks), file.reach, frozenset(file.ongoing))


def names_a_check(doc: Doc, at: int) -> bool:
    """The finding of our own at `at` is named as a check (「社内調査で」「内部監査により」
    「社内で調べた」), within its first words or the verb after its particle, in its sentence."""
    words = _words()
    _, last = doc.sentence_span(at)
    # 「情シスで調べたら」: a name of several words, then its particle, then the verb that
    # says what it did; the verb right after the particle is within reach too.
    end = at
    while end < last and doc.tokens[end].pos1 in _NAME_POS:
        end += 1
    if end < last and doc.tokens[end].pos1 == "助詞":
        end += 2
    stop = min(last, max(at + words.reach, end))
    return any(t.lemma in words.checks for t in doc.tokens[at:stop])


def still_checking(doc: Doc, predicate: int, lex: Lexicon) -> bool:
    """The predicate at `predicate` is a checking one (`[detection] checking_predicates`)
    said as going on (「確認を進めております」「確認中」), so it found nothing yet."""
    if doc.tokens[predicate].lemma not in lex.checking_predicates:
        return False
    after = [t for t in doc.tokens[predicate + 1 : predicate + 4] if t.surface != "を"]
    return any(t.lemma in _words().ongoing for t in after[:2])
