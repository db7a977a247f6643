"""The one cost a message names with no amount in yen, for the next message's amount."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.amounts import Amount
from nlu.cost_cues import cost_cues
from nlu.costs import CHECK_OR_INVESTIGATION_ORDER
from nlu.doc import Doc
from nlu.lexicon import NOT_COST, UNKNOWN_COST, Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.polarity import Polarity, polarity, scope_after

FILE: Final = "nlu_cost_topic.toml"


class _SentMails(config.Schema):
    sending: NonEmptyWords
    mails: NonEmptyWords
    notices: NonEmptyWords


class CostTopicFile(config.Schema):
    """`config/nlu_cost_topic.toml`."""

    sent_mails: _SentMails


@cache
def _sent_mails() -> tuple[PhraseSet, PhraseSet, PhraseSet]:
    words = config.load(FILE, CostTopicFile).sent_mails
    return (
        PhraseSet({"sending": words.sending}),
        PhraseSet({"mail": words.mails}),
        PhraseSet({"notice": words.notices}),
    )


def cost_topic(doc: Doc, amounts: Sequence[Amount], lex: Lexicon) -> str | None:
    """「見舞金を支払う予定です」「請求額は$2,000」: the one cost a message names, with no
    amount in yen.

    None when the message holds an amount, names two kinds of cost or one of no coverage,
    or denies the cost (「コールセンターは開設していません」).
    """
    if amounts:
        return None
    cues = [cue for cue in cost_cues(doc, lex) if not _mail_sent(doc, cue)]
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


def _mail_sent(doc: Doc, cue: Match) -> bool:
    """「外部への不審メール発送あり」: the cue is the sending of a mail that is no notice."""
    sending, mails, notices = _sent_mails()
    lo, hi = doc.clause_start(cue.start), doc.clause_end(cue.start)
    if not sending.contains(doc, cue.start, cue.end):
        return False
    return mails.contains(doc, lo, hi) and not notices.contains(doc, lo, hi)
