"""Where a word for announcing says nothing of this incident's announcement, and where its
predicate is when it opens a topic.

「取引先の未発表の新商品」 describes another thing; 「当社が発表したものではございません」
denies who a story came from; 「「公表しました」と書いたのは誤りで、まだです」 takes the
writer's words back; 「公表については、…検討中です」 opens a topic whose predicate follows.
Words in `config/nlu_announced_clauses.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.polarity import negations, preceded_by_negating_prefix

FILE: Final = "nlu_announced_clauses.toml"


class ClausesFile(config.Schema):
    """`config/nlu_announced_clauses.toml`."""

    topic_verbs: NonEmptyWords
    topic_particles: NonEmptyWords
    own_states: NonEmptyWords
    attributed_things: NonEmptyWords
    wrong_words: NonEmptyWords
    wishing: NonEmptyWords
    asked_for: NonEmptyWords


@cache
def _file() -> ClausesFile:
    return config.load(FILE, ClausesFile)


def topic_end(doc: Doc, cue_end: int) -> int | None:
    """「公表については、」「公表に関しましては」: where the words that only make the cue a
    topic end (に, a verb of `topic_verbs`, て, は), or None when the cue is no topic."""
    tokens, words = doc.tokens, _file()
    i = cue_end
    if i + 2 >= len(tokens) or tokens[i].surface != "に":
        return None
    if tokens[i + 1].lemma not in words.topic_verbs:
        return None
    i += 2
    while i < len(tokens) and tokens[i].lemma == "ます":
        i += 1  # 「に関しましては」
    if i >= len(tokens) or tokens[i].surface != "て":
        return None
    i += 1
    if i < len(tokens) and tokens[i].surface in words.topic_particles:
        i += 1
    return i


def describes_another(doc: Doc, cue_start: int, cue_end: int, lex: Lexicon) -> bool:
    """「取引先の未発表の新商品」「未公表の情報」: 未/非 before the cue and の after it make it
    describe another thing; not 「未公表のまま」「非公表の方針」, the incident's own state."""
    tokens = doc.tokens
    if not preceded_by_negating_prefix(doc, cue_start, lex):
        return False
    if cue_end + 1 >= len(tokens) or tokens[cue_end].surface != "の":
        return False
    noun = tokens[cue_end + 1]
    return noun.pos1 in _NOUNS and noun.lemma not in _file().own_states


# 「未発表の新商品」: a prefix (新) may open the noun described.
_NOUNS: Final = frozenset({"名詞", "接頭辞"})


def source_denied(doc: Doc, cue_end: int, lex: Lexicon) -> bool:
    """「当社が発表したものではございません」「当社が公表した情報ではありません」: the cue's
    verb in the past names a thing, and the copula after it is denied: what is denied is
    that a story came from the company, not that it announced."""
    tokens = doc.tokens
    i = cue_end
    past = False
    while i < len(tokens) and (tokens[i].pos1 == "助動詞" or tokens[i].lemma == "為る"):
        past = past or tokens[i].lemma == "た"
        i += 1
    if not past or i + 1 >= len(tokens) or tokens[i].lemma not in _file().attributed_things:
        return False
    copula = i + 1
    if tokens[copula].surface not in _COPULAS:
        return False
    end = doc.clause_end(copula)
    return negations(doc, copula, end, lex) % 2 == 1


# The copula's first token after the thing named (「もので」「情報で」「ものじゃ」).
_COPULAS: Final = frozenset({"で", "じゃ", "では"})


def claim_taken_back(doc: Doc, cue_end: int, lex: Lexicon) -> int | None:
    """「さっき「公表しました」と書いたのは誤りで、まだです」「公表済みと言ったのは間違いでした」:
    the writer's words quoted (と, って), a verb of saying, の は, then a word for wrong. Returns
    the first token after the words taking it back (what is so follows there), else None."""
    tokens = doc.tokens
    _, hi = doc.sentence_span(cue_end - 1)
    quote = next(
        (k for k in range(cue_end, hi) if _quoting(tokens[k].surface, tokens[k].pos1)),
        None,
    )
    if quote is None or quote + 1 >= hi or tokens[quote + 1].lemma not in lex.quoting_verbs:
        return None
    if any(t.surface in _OPEN for t in tokens[cue_end:quote]):
        return None  # another quotation starts between: the cue is not what was said
    i = quote + 2
    while i < hi and tokens[i].pos1 == "助動詞":
        i += 1
    if i + 2 >= hi or tokens[i].surface != "の" or tokens[i + 1].surface not in ("は", "が"):
        return None
    if tokens[i + 2].lemma not in _file().wrong_words:
        return None
    i += 3
    while i < hi and (tokens[i].pos1 in ("助動詞", "補助記号") or tokens[i].surface == "で"):
        i += 1
    return i


_QUOTING: Final = frozenset({"と", "って"})


def _quoting(surface: str, pos1: str) -> bool:
    return surface in _QUOTING and pos1 == "助詞"


_OPEN: Final = frozenset({"「", "『"})


def leads_on(doc: Doc, lo: int, hi: int, lex: Lexicon) -> int | None:
    """「社長と話して、」: a clause of another verb ending in て (or で) that says neither no
    nor maybe, with more of its sentence after it: where the next clause ends, else None."""
    tokens = doc.tokens
    if hi >= len(tokens) or lo >= hi or doc.sentence_of[hi] != doc.sentence_of[hi - 1]:
        return None
    words = [t for t in tokens[lo:hi] if t.pos1 != "補助記号"]
    if not words or words[-1].surface not in _LEADING or words[-1].pos2 != "接続助詞":
        return None
    if negations(doc, lo, hi, lex) or lex.hedge.contains(doc, lo, hi):
        return None
    return doc.clause_end(hi)


_LEADING: Final = frozenset({"て", "で"})


def wished(doc: Doc, lo: int, hi: int) -> bool:
    """「公表したい」「公表はしたくない」「公表してほしい」: the cue's predicate in tokens[lo:hi]
    said as a wish (たい) or a wish of others (て + 欲しい), up to the end of its clause."""
    words, tokens = _file(), doc.tokens
    end = min(doc.clause_end(lo), hi) if lo < len(tokens) else lo
    return any(
        (tokens[i].lemma in words.wishing and tokens[i].pos1 == "助動詞")
        or (tokens[i].lemma in words.asked_for and i > 0 and tokens[i - 1].surface in ("て", "で"))
        for i in range(lo, end)
    )
