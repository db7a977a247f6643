"""Bare numbers after a cost word in agent shorthand (「調査800」「復旧 120」): proposals
to confirm, or costs once the message says their unit (「（万円）」)."""

from __future__ import annotations

from collections.abc import Sequence

from nlu.amount_words import amount_words
from nlu.amounts import Amount
from nlu.cost_cues import cost_cues
from nlu.counts import Count, Numeral, find_numerals
from nlu.doc import Doc
from nlu.lexicon import NOT_COST, UNKNOWN_COST, Lexicon
from nlu.reading import CostMention

# No shorthand in 万円 for these: no cost, no coverage, or a price per victim in yen.
_CONDOLENCE = "condolence"
_NO_SHORTHAND = frozenset({NOT_COST, UNKNOWN_COST, _CONDOLENCE})
_VICTIMS = frozenset({"individuals", "corporations"})


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
    numerals = [n for n in find_numerals(text) if _bare(n.value, n.text)]
    upper_ends: set[int] = set()
    # 「（単位：千円）…コールセンター 880」: the table's own unit, else 万円.
    scale = _table_unit(doc) or cfg.shorthand_scale
    for index, numeral in enumerate(numerals):
        # Whole numbers only (`_bare`): int() changes no value.
        value, written, low, stop = int(numeral.value), numeral.text, None, numeral.end
        if numeral.start in upper_ends or not 0 < value < cfg.shorthand_below:
            continue
        if any(lo <= numeral.start < hi for lo, hi in taken):
            continue
        upper = _upper_end(text, numeral, numerals[index + 1 : index + 2])
        if upper is not None:
            # 「フォレンジック 120〜150」: a range takes its upper end (labelling rule 8).
            upper_ends.add(upper.start)
            low, value, stop = value, int(upper.value), upper.end
            written = text[numeral.start : stop]
        if value >= cfg.shorthand_below or not cfg.shorthand_after.match(text, stop):
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
        range_low = None if low is None else low * scale
        proposals.append(CostMention(cue.label, value * scale, written, range_low=range_low))
    return proposals


def victim_prices(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> list[CostMention]:
    """「見舞金500×800名」: condolence said as a bare price times a count of victims, in yen
    (from `per_victim_yen_from` up: in 万 it would be no condolence money); costs, not
    proposals, since no other unit is possible."""
    cfg = amount_words()
    text = doc.text
    taken = [(a.start, a.end) for a in amounts] + [(c.start, c.end) for c in counts]
    ends = {doc.tokens[c.end - 1].end: c for c in cost_cues(doc, lex) if c.label == _CONDOLENCE}
    if not ends:
        return []
    victims = {c.start: c for c in counts if c.kind in _VICTIMS and c.value > 1}
    found: list[CostMention] = []
    for numeral in find_numerals(text):
        if not _bare(numeral.value, numeral.text) or numeral.value < cfg.shorthand_per_victim_from:
            continue
        if any(lo <= numeral.start < hi for lo, hi in taken):
            continue
        times = cfg.times_after.match(text, numeral.end)
        count = victims.get(times.end()) if times else None
        said_with = any(
            end <= numeral.start and cfg.shorthand_label.fullmatch(text, end, numeral.start)
            for end in ends
        )
        if count is None or not said_with:
            continue
        each = int(numeral.value)
        written = text[numeral.start : count.end]
        found.append(
            CostMention(_CONDOLENCE, each * count.value, written, per_unit=each, units=count.value)
        )
    return found


def _bare(value: object, written: str) -> bool:
    """A whole number written in digits alone (no 万, no decimal point)."""
    return isinstance(value, int) and written.isdigit()


def _upper_end(text: str, low: Numeral, following: Sequence[Numeral]) -> Numeral | None:
    """The bare number a range mark joins `low` to (「120〜150」), if it is larger."""
    if not following:
        return None
    upper = following[0]
    joined = amount_words().range_separator.fullmatch(text, low.end, upper.start)
    return upper if joined and int(upper.value) > int(low.value) else None


def _declared_scale(doc: Doc) -> bool:
    """「調査費は400、復旧120（万円）」: the list says its unit once, so its numbers are costs.

    Kept on the `Doc`: the proposals and the declared costs both ask, and the pattern is
    searched over the whole text.
    """
    kept: bool | None = doc.cache.get(_DECLARED)
    if kept is None:
        declared = amount_words().shorthand_declared.search(doc.text) is not None
        kept = doc.cache[_DECLARED] = declared or _table_unit(doc) is not None
    return kept


def _table_unit(doc: Doc) -> int | None:
    """The yen of the unit a table declares (「（単位：千円）」), if any."""
    cfg = amount_words()
    unit = cfg.table_unit.search(doc.text)
    return cfg.table_units[unit.group("unit")] if unit else None


_DECLARED = "shorthand.declared_scale"
