"""A count of what a store holds, said with how far the damage reached left unknown
(「アドレス帳には2,600人くらい入ってますが、どこまで見られたかはわからない」): the store's
size, not the number of victims. Words in `config/nlu_victim_reach.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import PhraseSet

FILE: Final = "nlu_victim_reach.toml"


class ReachFile(config.Schema):
    """`config/nlu_victim_reach.toml`."""

    extent: NonEmptyWords
    pending: NonEmptyWords


@cache
def _extent() -> PhraseSet:
    return PhraseSet({"extent": config.load(FILE, ReachFile).extent})


@cache
def _pending() -> PhraseSet:
    return PhraseSet({"pending": config.load(FILE, ReachFile).pending})


def reach_unknown(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """Whether the count's clause says no leak and a later clause of its sentence says how
    far, or whether, it reached is unknown (an extent word, then a hedge or an answer put
    off to a later report)."""
    token = doc.token_at(count.start)
    clause_end = doc.clause_end(token)
    clause = doc.tokens[doc.clause_start(token) : clause_end]
    if any(t.lemma in lex.leak_lemmas for t in clause):
        return False
    if lex.damaged_stores is not None and clause:
        # 「患者約12万人分のデータが暗号化されてて、持ち出されたかはまだ不明」: data encrypted
        # were hit (毀損), whatever left.
        span = doc.starts[doc.clause_start(token)], doc.ends[clause_end - 1]
        if lex.damaged_stores.search(doc.text, *span) is not None:
            return False
    _, last = doc.sentence_span(token)
    return any(
        lex.hedge.contains(doc, m.end, end) or _pending().contains(doc, m.end, end)
        for m in _extent().find(doc, clause_end, last)
        for end in (doc.clause_end(m.start),)
    )
