"""The one cost a message names with no amount in yen, for the next message's amount, and
the one cost a quoted question of the bot asks about, for the amount answered under it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.amounts import Amount
from nlu.bare_answers import read_answer
from nlu.cost_choice import CHECK_OR_INVESTIGATION_ORDER
from nlu.cost_cues import cost_cues
from nlu.doc import Doc, make_doc
from nlu.lexicon import NOT_COST, UNKNOWN_COST, Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.polarity import Polarity, polarity, scope_after
from nlu.reading import CostMention, UnassignedAmount

FILE: Final = "nlu_cost_topic.toml"
# A Slack quote of the bot's question (`nlu.quotes`): 「> 外部の業者に調査を依頼しますか？」.
_QUOTED_QUESTION: Final = re.compile(r"^\s*>\s?(.*[?？か])\s*$", re.MULTILINE)
_FIRST_SENTENCE: Final = re.compile(r"[、。,.!?\n]")
# Bare answers that decline what the question asks (`nlu.bare_answers`).
_DECLINED: Final = frozenset({"no", "not_yet"})


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


def answered_cost(
    text: str,
    costs: list[CostMention],
    unassigned: list[UnassignedAmount],
    lex: Lexicon,
) -> tuple[list[CostMention], list[UnassignedAmount]]:
    """「> 外部の業者に調査を依頼しますか？」 answered 「はい。…見積60万です」: the one amount
    of the answer, said with no cost word, is the cost the quoted question asks about.

    `text` is the message with its quotes (normalised); only when every quoted question
    names the same one cost, and the answer names none of its own, is the amount taken.
    """
    if costs or len(unassigned) != 1 or unassigned[0].named or ">" not in text:
        return costs, unassigned
    asked: set[str | None] = set()
    for question in _QUOTED_QUESTION.finditer(text):
        answer = _FIRST_SENTENCE.split(text[question.end() :].lstrip(), maxsplit=1)[0]
        if read_answer(answer, lex) in _DECLINED:
            return costs, unassigned  # 「いいえ」「まだです」: the cost asked about is none
        asked.add(cost_topic(make_doc(question.group(1)), [], lex))
    key = asked.pop() if len(asked) == 1 else None
    if key is None:
        return costs, unassigned
    (item,) = unassigned
    return [CostMention(key, item.yen, item.text, item.approximate)], []
