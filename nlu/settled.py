"""How a doubt about the incident is settled in the words that follow it: confirmed by a
bare 「確定」「ログで確認済み」 said after every doubt, or put in question as a whole
(「気のせいかも」). Words in `config/nlu_settled.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.polarity import Polarity, polarity, preceded_by_negating_prefix, scope_after

FILE: Final = "nlu_settled.toml"
# What may stand between the last mark and a confirmation: a means and its particle (ログで).
_MEANS_PARTICLE: Final = "で"


class SettledFile(config.Schema):
    """`config/nlu_settled.toml`."""

    confirmations: NonEmptyWords
    imagined: NonEmptyWords


@cache
def _sets() -> tuple[PhraseSet, PhraseSet]:
    file = config.load(FILE, SettledFile)
    return PhraseSet({"confirmed": file.confirmations}), PhraseSet({"imagined": file.imagined})


def confirms_after_doubts(doc: Doc, lex: Lexicon) -> bool:
    """Whether a bare confirmation (「確定」「ログで確認済み」), neither denied, hedged nor asked,
    comes after every doubt of the message: the last word on the matter."""
    return confirmation(doc, lex) is not None


def confirmation(doc: Doc, lex: Lexicon) -> Match | None:
    """The first bare confirmation after every doubt of the message (`confirms_after_doubts`)."""
    confirmations, _ = _sets()
    doubts = lex.hedge.find(doc)
    last_doubt = max((m.end for m in doubts), default=0)
    for match in confirmations.find(doc):
        if match.start < last_doubt or preceded_by_negating_prefix(doc, match.start, lex):
            continue
        if not _bare(doc, match.start):
            continue
        lo, hi = scope_after(doc, match.end, extend=False)
        if polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.AFFIRMED:
            return match
    return None


def _bare(doc: Doc, start: int) -> bool:
    """Only marks, or a means and で (「ログで」「調査で」), since the last mark before `start`:
    「金額が確定」「日程確定」 confirm something else."""
    i = start - 1
    while i >= 0 and doc.tokens[i].pos1 != "補助記号":
        i -= 1
    words = doc.tokens[i + 1 : start]
    if not words:
        return True
    return words[-1].surface == _MEANS_PARTICLE and all(
        t.pos1 in ("名詞", "接尾辞") for t in words[:-1]
    )


def imagined(doc: Doc, lex: Lexicon) -> bool:
    """「気のせいかも」「勘違いかもしれない」: whether anything happened at all is doubted."""
    _, words = _sets()
    for match in words.find(doc):
        lo, hi = scope_after(doc, match.end, extend=False)
        if polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.HEDGED:
            return True
    return False
