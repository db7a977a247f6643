"""Whether to announce, said to be undecided (「するかどうかもまだ決まっていません」).

Words in `config/nlu_announce_undecided.toml`. A sentence says it when it asks whether
(かどうか, か否か) and either denies a decision (決まっていない) or calls it open (未定).
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import PhraseSet
from nlu.polarity import negations

FILE: Final = "nlu_announce_undecided.toml"


class UndecidedFile(config.Schema):
    """`config/nlu_announce_undecided.toml`."""

    whether: NonEmptyWords
    deciding: NonEmptyWords
    open_words: NonEmptyWords
    advice_asked: NonEmptyWords


@cache
def _file() -> UndecidedFile:
    return config.load(FILE, UndecidedFile)


@cache
def _advice() -> PhraseSet:
    return PhraseSet({"advice": _file().advice_asked})


# The marks of a question after the advice asked (「よろしいのでしょうか」「すべき？」).
_ASKING: Final = frozenset({"か", "?", "？"})


def undecided_in(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether a sentence starting in tokens[lo:hi] says whether to do it is undecided: not
    decided (決まっていない), open (未定), or to be decided later (「するかどうか来週決めます」)."""
    file = _file()
    i = lo
    while i < hi:
        first, last = doc.sentence_span(i)
        text = doc.text[doc.tokens[first].start : doc.ends[last - 1]]
        words = doc.tokens[first:last]
        advice = _advice().find(doc, first, last)
        if advice and any(t.surface in _ASKING for t in doc.tokens[advice[0].end : last]):
            return True  # 「出したほうがよろしいのでしょうか」: whether to, asked
        if any(w in text for w in file.whether):
            if any(t.lemma in file.open_words for t in words):
                return True
            deciding = any(t.lemma in file.deciding for t in words)
            if deciding and negations(doc, first, last, lex) % 2:
                return True
            if decided_later(doc, first, last):
                return True  # 「公表するかどうか来週決めます」: the decision is still to come
        i = max(last, i + 1)
    return False


def not_yet_undecided(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Not yet (まだ) in tokens[lo:hi], and whether to at all undecided in the same or the
    next sentence."""
    if not any(t.lemma == "未だ" for t in doc.tokens[lo:hi]):
        return False
    _, last = doc.sentence_span(lo) if lo < len(doc.tokens) else (lo, lo)
    following = doc.sentence_span(last)[1] if last < len(doc.tokens) else last
    return undecided_in(doc, lo, following, lex)


def decided_later(doc: Doc, lo: int, hi: int) -> bool:
    """「公表は来週決めます」「公表は社長と相談して判断します」: a verb of deciding in tokens[lo:hi]
    said ahead (no た after it in its verb group, nor ている): the decision is still to come.
    「公表することに決めました」「…ことに決めています」 are taken."""
    tokens = doc.tokens
    deciding = _file().deciding
    return any(tokens[i].lemma in deciding and not _settled(doc, i + 1, hi) for i in range(lo, hi))


def _settled(doc: Doc, k: int, hi: int) -> bool:
    """Whether the verb group from `k` on says the deciding is done (た, ている)."""
    tokens = doc.tokens
    while k < hi and (tokens[k].pos1 == "助動詞" or tokens[k].lemma in _DOING):
        if tokens[k].lemma == "た":
            return True
        k += 1
    # 「行うことに決めています」: decided, and so it stands
    return k + 1 < hi and tokens[k].surface in ("て", "で") and tokens[k + 1].lemma == "居る"


# 「判断します」「判断いたします」: the verb that makes a noun of deciding a verb.
_DOING = frozenset({"為る", "致す"})
