"""Operators named by the work they do for us, not by a reporter word (`detection`):
「見張りをお願いしているセキュリティの会社から電話」「監視ベンダーからメール」「当社サイトを
ホスティングしている事業者からの連絡」 are the pamphlet's 外部からの通報, where a firm no
reporter word names, or a bare 「ベンダー」, reads as a third party.

Words in `config/nlu_reporter_operators.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.mentions import NOUN_PHRASE_POS, carries_aspect, noun_phrase_start

FILE: Final = "nlu_reporter_operators.toml"
# How many tokens of a firm's head are joined to be matched (事業・者).
_HEAD_REACH: Final = 2


class OperatorsFile(config.Schema):
    """`config/nlu_reporter_operators.toml`."""

    security: NonEmptyWords
    network: NonEmptyWords
    continuations: NonEmptyWords
    firm_heads: NonEmptyWords
    honorifics: NonEmptyWords


@cache
def _words() -> OperatorsFile:
    return config.load(FILE, OperatorsFile)


def operator_by_work(doc: Doc, end: int, lex: Lexicon) -> str | None:
    """The reporter label (`security` or `network`) of the firm whose name ends just before
    token `end`, when its work names it one: 「監視ベンダー」「セキュリティの会社さん」, or
    a clause qualifying it, 「見張りをお願いしている」「ホスティングしている」; else None."""
    words = _words()
    tokens = doc.tokens
    while end > 0 and tokens[end - 1].surface in words.honorifics:
        end -= 1
    head = _head_start(doc, end, words)
    if head is None:
        return None
    start = noun_phrase_start(doc, head)
    label = _work_in(doc, start, head, words)
    if label is not None:
        return label
    # 「…をお願いしている会社」「ホスティングしている事業者」: past the verb's tense and aspect.
    i = start - 1
    while i >= 0 and carries_aspect(tokens[i]):
        i -= 1
    if i < 0:
        return None
    if tokens[i].lemma not in lex.handing_over:
        # The work itself done (ホスティング・し): a noun only a する turns into the verb.
        done = any(t.lemma == "為る" for t in tokens[i + 1 : start])
        return _label(tokens[i].surface, words) if done else None
    i -= 1
    while i >= 0 and tokens[i].pos1 == "接頭辞":
        i -= 1  # 「お願い」
    if i < 1 or tokens[i].surface != "を":
        return None
    return _work_in(doc, noun_phrase_start(doc, i), i, words)


def _head_start(doc: Doc, end: int, words: OperatorsFile) -> int | None:
    """Where the firm's head (「会社」「事業・者」) ending at `end` starts, if one does."""
    for size in range(1, _HEAD_REACH + 1):
        if end - size < 0:
            break
        written = "".join(t.surface for t in doc.tokens[end - size : end])
        if written in words.firm_heads:
            return end - size
    return None


def _work_in(doc: Doc, lo: int, hi: int, words: OperatorsFile) -> str | None:
    """The label of the work the nouns in tokens[lo:hi] end with, past the nouns that may
    follow it (「セキュリティ運用」) and a の (「セキュリティの」)."""
    tokens = doc.tokens
    k = hi - 1
    if k >= lo and tokens[k].surface == "の":
        k -= 1
    while (
        k > lo and tokens[k].surface in words.continuations and _label(tokens[k - 1].surface, words)
    ):
        k -= 1
    if k < lo or tokens[k].pos1 not in NOUN_PHRASE_POS:
        return None
    return _label(tokens[k].surface, words)


def _label(surface: str, words: OperatorsFile) -> str | None:
    if surface in words.security:
        return "security"
    if surface in words.network:
        return "network"
    return None
