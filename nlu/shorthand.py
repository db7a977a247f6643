"""Bare numbers after a cost word in agent shorthand (「調査800」「復旧 120」): proposals
to confirm, or costs once the message says their unit (「（万円）」)."""

from __future__ import annotations

from collections.abc import Sequence

from nlu.amount_words import amount_words
from nlu.amounts import Amount
from nlu.cost_cues import cost_cues
from nlu.counts import Count, find_numerals
from nlu.doc import Doc
from nlu.lexicon import NOT_COST, UNKNOWN_COST, Lexicon
from nlu.reading import CostMention

# No shorthand in 万円 for these: no cost, no coverage, or a price per victim in yen.
_NO_SHORTHAND = frozenset({NOT_COST, UNKNOWN_COST, "condolence"})


def propose_shorthand(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> list[CostMention]:
    """「調査800」「復旧 120」: a bare number right after a cost word, in agent shorthand.

    Neither dropped nor taken: each is returned as a proposal (800万円, the scale of
    `config/nlu_amounts.toml` [shorthand]) for the conversation to confirm. A number
    that is part of an amount, a count, a date or a time, or has any unit after it,
    is no proposal.
    """
    return [] if _declared_scale(doc) else _bare_numbers(doc, amounts, counts, lex)


def declared_costs(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> list[CostMention]:
    """The bare numbers `propose_shorthand` reads, taken as costs where the message says
    their unit once (see `_declared_scale`); none otherwise."""
    return _bare_numbers(doc, amounts, counts, lex) if _declared_scale(doc) else []


def _bare_numbers(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> list[CostMention]:
    cfg = amount_words()
    text = doc.text
    taken = [(a.start, a.end) for a in amounts] + [(c.start, c.end) for c in counts]
    ends = {doc.tokens[c.end - 1].end: c for c in cost_cues(doc, lex)}
    proposals: list[CostMention] = []
    for numeral in find_numerals(text):
        value = numeral.value
        if not (isinstance(value, int) and numeral.text.isdigit()):
            continue
        if not 0 < value < cfg.shorthand_below:
            continue
        if any(lo <= numeral.start < hi for lo, hi in taken):
            continue
        if not cfg.shorthand_after.match(text, numeral.end):
            continue
        cue = next(
            (
                c
                for end, c in ends.items()
                if end <= numeral.start and cfg.shorthand_label.fullmatch(text, end, numeral.start)
            ),
            None,
        )
        if cue is None or cue.label in _NO_SHORTHAND:
            continue
        proposals.append(CostMention(cue.label, value * cfg.shorthand_scale, numeral.text))
    return proposals


def _declared_scale(doc: Doc) -> bool:
    """「調査費は400、復旧120（万円）」: the list says its unit once, so its numbers are costs."""
    return amount_words().shorthand_declared.search(doc.text) is not None
