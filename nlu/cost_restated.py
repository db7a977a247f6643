"""An amount said again in another form is one cost, not two.

「1台60万×3台で180万」 gives the product and then its total; 「300万(PC3台×100万)」 the total
and then, in brackets, the product it is made of (labelling rule 8: a written total of listed
costs is not another cost). The second of each pair is skipped by `nlu.costs`.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.counts import Count
from nlu.doc import Doc
from nlu.phrases import Match
from nlu.prices import Priced

# At most this many characters between a product and its total said again (「で」「、計」).
_RESTATED_GAP = 4
# 「300万(PC3台×100万)」: at most this many characters from an amount to the product in
# brackets that makes it up, and the brackets that may open it.
_BREAKDOWN_GAP = 8
_OPENING_BRACKETS = "([【〔"


def restates(
    doc: Doc,
    item: Priced,
    before: Priced | None,
    counts: Sequence[Count],
    cues: Sequence[Match] = (),
) -> bool:
    """「1台60万×3台で180万」「1人あたり10万円、計30万円」: the product said again.

    An amount equal to the product just before it, in its sentence, with only a few
    characters and no number between them, is that product's total, not another cost.
    The count the price was multiplied by may stand between them (「1人500円、1000人で
    50万」): it is the product's own number, not another one. So may the cost word the
    total is said under (「1台100万で調査費300万」, see `words_between`), unless the product
    has a word of another cost before it (「調査 1台100万×3台、復旧費300万」 is two costs).
    """
    if before is None or item.yen != before.yen or item.amount.units is not None:
        return False
    if before.yen == before.amount.yen and before.amount.units is None:
        return False  # 「調査300万、復旧300万」: two costs of the same size
    lo, hi = before.amount.end, item.amount.start
    gap = doc.text[lo:hi]
    for count in counts:
        if lo <= count.start and count.end <= hi and count.value * before.amount.yen == item.yen:
            gap = doc.text[lo : count.start] + doc.text[count.end : hi]
            break
    inside = _cues_within(doc, cues, lo, hi)
    if inside:
        if _named_before(doc, cues, before) - {c.label for c in inside}:
            return False
        for cue in inside:
            gap = gap.replace(doc.text[doc.starts[cue.start] : doc.ends[cue.end - 1]], "", 1)
    return len(gap) <= _RESTATED_GAP and not any(c.isdigit() or c in "。\n" for c in gap)


def words_between(
    doc: Doc, item: Priced, following: Priced | None, counts: Sequence[Count], cues: Sequence[Match]
) -> list[Match]:
    """「PC3台、1台100万で調査費300万」: a product, then its total said again under cost
    words between them (the spec's worked example 1 in an agent's words): those words name
    the product too, which `restates` then counts once. None when the next amount is not
    its total."""
    if following is None or not restates(doc, following, item, counts, cues):
        return []
    return _cues_within(doc, cues, item.amount.end, following.amount.start)


def _cues_within(doc: Doc, cues: Sequence[Match], lo: int, hi: int) -> list[Match]:
    """The cost words wholly within the characters lo..hi."""
    return [c for c in cues if lo <= doc.starts[c.start] and doc.ends[c.end - 1] <= hi]


def _named_before(doc: Doc, cues: Sequence[Match], product: Priced) -> set[str]:
    """The costs of the words before the product in its sentence (「調査 1台100万×3台」)."""
    at = doc.token_at(product.amount.start)
    first, _ = doc.sentence_span(at)
    return {c.label for c in cues if first <= c.start and c.end <= at}


def product_again(doc: Doc, item: Priced, before: Priced | None) -> bool:
    """「1人1,000円の見舞金を振り込む予定です（1,000円×1,500人）」: the price just read,
    multiplied by its count, written out again as a product in brackets later in the
    sentence: the same cost said twice, not another.

    Only when both come to the same yen from the same price per unit, with no sentence end
    between them, and the product opens its brackets; 「1人1,000円、法人は（1,000円×5社）」
    multiplied differently is another amount.
    """
    if before is None or item.yen != before.yen or item.amount.units is None:
        return False
    if before.yen == before.amount.yen or item.amount.per_unit != before.amount.yen:
        return False  # the earlier amount was not multiplied, or by another price
    gap = doc.text[before.amount.end : item.amount.start]
    if any(c in "。\n" for c in gap):
        return False
    return gap.rstrip()[-1:] in tuple(_OPENING_BRACKETS + "（")


def breakdown(
    doc: Doc, item: Priced, before: Priced | None, counts: Sequence[Count], cues: Sequence[Match]
) -> bool:
    """「300万(PC3台×100万)」「300万円（1台100万×3台）」: the product an amount is made of,
    said in brackets right after it, is that amount again, not another cost.

    Only a product in brackets (a price times its count) that comes to the amount just
    before it, with no cost word, number or sentence end between them: 「調査300万、復旧
    3台×100万」 names another cost, and 「300万と3台×100万」 may be two.
    """
    if before is None or item.yen != before.yen:
        return False
    if item.amount.units is None and item.yen == item.amount.yen:
        return False  # not a product
    if before.amount.units is not None or before.yen != before.amount.yen:
        return False  # 「3台×100万(300万)」 is `_restates`'s
    lo, hi = before.amount.end, item.amount.start
    gap = doc.text[lo:hi]
    for count in counts:
        # 「(1台100万×3台)」「(PC3台で1台100万)」: the product's own numbers.
        own = count.value == 1 or count.value * item.amount.yen == item.yen
        if lo <= count.start and count.end <= hi and own:
            gap = gap.replace(doc.text[count.start : count.end], "", 1)
    opened = gap.lstrip()
    if not opened or opened[0] not in _OPENING_BRACKETS or len(gap) > _BREAKDOWN_GAP:
        return False
    if any(c.isdigit() or c in "。\n" for c in gap):
        return False
    return not any(lo < doc.ends[c.end - 1] and doc.starts[c.start] < hi for c in cues)
