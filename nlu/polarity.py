"""Whether a statement about a fact is affirmed, denied, hedged or planned.

Scope: the words after a cue up to the end of its clause (「不正アクセスは無かったが、…」
stops at が). A hedge wins over any negation it contains, so double negatives
(「無かったとは言い切れない」「否定できない」) read as uncertain; otherwise an odd number
of negations denies.
"""

from __future__ import annotations

from enum import Enum

from nlu.doc import Doc
from nlu.lexicon import Lexicon


class Polarity(Enum):
    AFFIRMED = "affirmed"
    NEGATED = "negated"
    HEDGED = "hedged"
    NEUTRAL = "neutral"
    TOPIC = "topic"  # 「不正アクセスの調査」: the subject of a check, neither said nor doubted


def negations(doc: Doc, lo: int, hi: int, lex: Lexicon) -> int:
    """How many negations tokens[lo:hi] hold, grammatical and lexical (非公表, 控える)."""
    count = 0
    negating = lex.negating
    for token in doc.tokens[lo:hi]:
        if negating.get(token.lemma) == token.pos1:
            count += 1
    return count + len(lex.negation.find(doc, lo, hi))


def polarity(doc: Doc, lo: int, hi: int, lex: Lexicon, affirm_if: bool) -> Polarity:
    """Classify tokens[lo:hi], the scope after a cue.

    Args:
        affirm_if: whether the scope holds a word that affirms the fact; the caller
            decides, since what affirms differs by fact (あった, 受けた, 公表した).
    """
    if lex.hedge.contains(doc, lo, hi):
        return Polarity.HEDGED
    if negations(doc, lo, hi, lex) % 2:
        return Polarity.NEGATED
    return Polarity.AFFIRMED if affirm_if else Polarity.NEUTRAL


def scope_after(doc: Doc, cue_end: int, *, extend: bool = True) -> tuple[int, int]:
    """The scope of a cue ending at token `cue_end`: the rest of its clause.

    A cue that ends its clause (「同意？取ってないです」) takes the next clause instead.
    """
    if cue_end == 0:
        return 0, 0
    end = doc.clause_end(cue_end - 1)
    content = [t for t in doc.tokens[cue_end:end] if t.pos1 != "補助記号"]
    if extend and not content and end < len(doc.tokens):
        return end, doc.clause_end(end)
    return cue_end, end


def preceded_by_negating_prefix(doc: Doc, cue_start: int, lex: Lexicon) -> bool:
    """「非公表」「未公表」: a prefix that negates the cue itself."""
    return cue_start > 0 and doc.tokens[cue_start - 1].surface in lex.negating_prefixes
