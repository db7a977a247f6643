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


@cache
def _extent() -> PhraseSet:
    return PhraseSet({"extent": config.load(FILE, ReachFile).extent})


def reach_unknown(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """Whether the count's clause says no leak and a later clause of its sentence says how
    far it reached is unknown (an extent word, then a hedge)."""
    token = doc.token_at(count.start)
    clause_end = doc.clause_end(token)
    clause = doc.tokens[doc.clause_start(token) : clause_end]
    if any(t.lemma in lex.leak_lemmas for t in clause):
        return False
    _, last = doc.sentence_span(token)
    return any(
        lex.hedge.contains(doc, m.end, doc.clause_end(m.start))
        for m in _extent().find(doc, clause_end, last)
    )
