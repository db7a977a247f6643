"""The cost words of a message, as every cost reader sees them.

A cost word written in Latin capitals (QUO, DM, EDR) is an acronym: found as the start of a
longer Latin word (「the vendor quoted 2M yen」, 「DMARC」) it is not that word. Other Latin
words keep matching their longer forms (「forensics」 names 「forensic」). A word that holds
a cost word and names none (「損害サービス課」, the insurer's claims desk) is no cost word.
"""

from __future__ import annotations

from nlu.doc import Doc
from nlu.lexicon import NO_COST_WORD, Lexicon
from nlu.phrases import Match


def cost_cues(doc: Doc, lex: Lexicon, lo: int = 0, hi: int | None = None) -> list[Match]:
    """The cost words within doc.tokens[lo:hi], left to right (see module doc)."""
    return [
        c
        for c in lex.cost_cues.find(doc, lo, hi)
        if c.label != NO_COST_WORD and not _inside_word(doc, c, lex)
    ]


def _inside_word(doc: Doc, cue: Match, lex: Lexicon) -> bool:
    span = doc.text[doc.starts[cue.start] : doc.ends[cue.end - 1]].lower()
    if not (span.isascii() and span.isalpha()) or span in lex.cost_acronyms:
        return False
    return any(span.startswith(acronym) for acronym in lex.cost_acronyms)
