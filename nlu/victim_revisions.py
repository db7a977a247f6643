"""A count that replaces the figure a notice gave before counts what that figure counted.

「第1報ではカード情報を最大3,200件とご案内しておりましたが、調査が完了し、対象は2,874件で
あることが確定いたしました」: the 3,200 is the earlier figure (`nlu.victim_denials.quoted_before`)
and names the records; the 2,874 said after it in the same counter, with no data word of its
own, is the number of those records now known, so of the same victims.
"""

from __future__ import annotations

from collections.abc import Sequence

from nlu.counts import Count
from nlu.doc import Doc
from nlu.victim_denials import quoted_before


def replaced_figure(doc: Doc, count: Count, counts: Sequence[Count]) -> Count | None:
    """The count said right before `count`, in its counter, when it is quoted as the figure
    given before; None when another count stands between them."""
    earlier = [c for c in counts if c.end <= count.start]
    if not earlier:
        return None
    old = earlier[-1]
    if old.unit != count.unit or old.value == count.value or not quoted_before(doc, old):
        return None
    return old


def item_start(doc: Doc, count: Count, counts: Sequence[Count]) -> int:
    """The first token of `count`'s item: just after the count before it, else 0."""
    earlier = [c for c in counts if c.end <= count.start]
    return doc.token_at(earlier[-1].end - 1) + 1 if earlier else 0
