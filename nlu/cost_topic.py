"""The one cost a message names with no amount in yen, for the next message's amount."""

from __future__ import annotations

from collections.abc import Sequence

from nlu.amounts import Amount
from nlu.cost_cues import cost_cues
from nlu.costs import CHECK_OR_INVESTIGATION_ORDER
from nlu.doc import Doc
from nlu.lexicon import NOT_COST, UNKNOWN_COST, Lexicon
from nlu.polarity import Polarity, polarity, scope_after


def cost_topic(doc: Doc, amounts: Sequence[Amount], lex: Lexicon) -> str | None:
    """「見舞金を支払う予定です」「請求額は$2,000」: the one cost a message names, with no
    amount in yen.

    None when the message holds an amount, names two kinds of cost or one of no coverage,
    or denies the cost (「コールセンターは開設していません」).
    """
    if amounts:
        return None
    cues = cost_cues(doc, lex)
    labels = {m.label for m in cues}
    if len(labels) > 1 and labels <= set(CHECK_OR_INVESTIGATION_ORDER):
        # 「フォレンジック業者に侵入の有無の確認を頼んでます」: ① and ② are one group, and a
        # check for access (①) is what the words name first, as for an amount said with them.
        labels = {next(k for k in CHECK_OR_INVESTIGATION_ORDER if k in labels)}
    if len(labels) != 1 or labels & {NOT_COST, UNKNOWN_COST}:
        return None
    for cue in cues:
        scope = scope_after(doc, cue.end, extend=False)
        if polarity(doc, *scope, lex, affirm_if=False) is Polarity.NEGATED:
            return None
    return labels.pop()
