"""Collecting the claim file's missing items, one question at a time, once the user asks
for the file (「事故報告メモを作って」 or the button); never before, so nobody is asked for
a phone number in the first minutes of an incident.

The engine calls `start` / `take` before reading a turn's facts, picks the next question
through `next_question`, and finishes the reply with `finish`. Each item is asked at most
twice and can be skipped (「わからない」 or the button) or the asking stopped.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import datetime

from bot.claim.items import FACT_ITEMS, ClaimItem, missing_items
from bot.claim.texts import claim_texts
from bot.claim.timeline import Event, EventKind, add, report_event, reports
from bot.conversation.questions import AnswerValue, QuickAnswer, questions
from bot.conversation.questions import Question as Question
from bot.conversation.reply import Reply
from bot.conversation.state import ConversationState
from coverage import Rider
from nlu import Intent, Reading, to_facts
from nlu.reports import ReportMention, read_reports

PREFIX = "claim:"
SKIP = "unknown"
STOP = "stop"
MAX_ASKED = 2
# What is kept of one answer: enough for a phone number, a cause, a list of systems.
MAX_ANSWER_CHARS = 500
# Questions that come before the claim file's own: a contradiction must be settled first.
_URGENT = frozenset({"cost_clash", "fact_clash", "proposed_cost"})
# Items whose answer is also read for facts (「顧客2,000名」, 「昨日」, 「被害届を出しました」);
# the others are the user's words only (a phone number is no amount).
_READ = frozenset(
    {
        *FACT_ITEMS,
        ClaimItem.DISCOVERED_ON,
        ClaimItem.INDIVIDUALS,
        ClaimItem.REPORTS,
        ClaimItem.DAMAGES_CLAIMS,
        ClaimItem.DATA_ITEMS,
    }
)
# Messages that are requests of their own, not an answer to the pending item.
_NOT_ANSWERS = frozenset({Intent.HELP, Intent.CONTACTS, Intent.ESCALATE, Intent.GUIDANCE})


@dataclass(frozen=True)
class ClaimTurn:
    """What a turn did to the claim file.

    Attributes:
        requested: The file was asked for in this turn.
        item: The item this turn answered or skipped, if any.
        skipped: The item was skipped (or the asking stopped).
        stopped: The user stopped the asking.
        was_open: The items were being asked for when the turn began.
        reports: The reports to authorities the message says were made.
    """

    requested: bool = False
    item: ClaimItem | None = None
    skipped: bool = False
    stopped: bool = False
    was_open: bool = False
    reports: tuple[ReportMention, ...] = ()

    @property
    def engaged(self) -> bool:
        """Whether the turn did something for the file (then it is no unclear message)."""
        return self.requested or self.item is not None or bool(self.reports)

    @property
    def read_facts(self) -> bool:
        """Whether the turn's message is read for facts as any other message."""
        return self.item is None or self.item in _READ


def requested(text: str) -> bool:
    """Whether `text` asks for the claim file."""
    folded = unicodedata.normalize("NFKC", text)
    return any(word in folded for word in claim_texts().request.words)


def is_claim_question(qid: str | None) -> bool:
    """Whether `qid` is one of the claim file's questions."""
    return bool(qid) and str(qid).startswith(PREFIX)


def question_for(item: ClaimItem) -> Question:
    """The question that asks for `item`, with its skip and stop buttons."""
    words = claim_texts()
    return Question(
        id=PREFIX + item.value,
        text=words.items[item.value].question,
        answers=(
            QuickAnswer(label=words.buttons["skip"], value=SKIP),
            QuickAnswer(label=words.buttons["stop"], value=STOP),
        ),
        priority=0,
    )


def find_question(qid: str | None) -> Question | None:
    """Any question the bot asks, by id: the conversation's own or the claim file's."""
    if qid is None:
        return None
    if is_claim_question(qid):
        item = item_of(qid)
        return question_for(item) if item is not None else None
    return questions().get(qid)


def item_of(qid: str | None) -> ClaimItem | None:
    """The claim item a question id names (「claim:<item>」), or None for any other id."""
    if qid is None or not qid.startswith(PREFIX):
        return None
    item = qid.removeprefix(PREFIX)
    return ClaimItem(item) if item in ClaimItem.__members__.values() else None


def missing(state: ConversationState, rider: Rider) -> list[ClaimItem]:
    """The items the claim file still lacks."""
    return missing_items(
        to_facts(state.facts),
        answers=state.claim_answers,
        discovered_on=state.discovered_on,
        reported=bool(reports(state)),
        rider=rider,
    )


def start(state: ConversationState, *, by: str | None, at: datetime) -> ClaimTurn:
    """The file was asked for: ask for its missing items from now on (skips forgotten)."""
    was_open = state.claim_open
    state.claim_open = True
    state.claim_skipped = []
    if is_claim_question(state.last_question):
        state.last_question = None
    add(state, Event(EventKind.CLAIM_REQUEST, at, by, "claim"))
    return ClaimTurn(requested=True, was_open=was_open)


def pending(state: ConversationState) -> ClaimItem | None:
    """The item whose question waits for an answer, if any."""
    if not (state.claim_open and is_claim_question(state.last_question)):
        return None
    return item_of(state.last_question)


def take(
    state: ConversationState, text: str, reading: Reading, *, by: str | None, at: datetime
) -> ClaimTurn | None:
    """The turn's message as the answer to the pending item, if it is one.

    A bare 「わからない」 skips the item; a request of its own (help, contacts, the
    escalation) or a question to the bot leaves the item pending. The reports the message
    says were made (「警察に被害届を出しました」) are read whether or not it answers.
    """
    item, made = pending(state), read_reports(text)
    for mention in made:
        add(state, report_event(mention, by=by, at=at))
    if item is None or reading.intent in _NOT_ANSWERS or reading.question_topics:
        return ClaimTurn(was_open=state.claim_open, reports=made)
    state.last_question = None
    if reading.answer == "unknown" and not reading.has_facts():
        state.claim_skipped.append(item.value)
        return ClaimTurn(item=item, skipped=True, was_open=True, reports=made)
    state.claim_answers[item.value] = " ".join(text.split())[:MAX_ANSWER_CHARS]
    add(state, Event(EventKind.CLAIM_ITEM, at, by, item.value))
    return ClaimTurn(item=item, was_open=True, reports=made)


def answer_button(
    state: ConversationState, qid: str, value: AnswerValue, *, by: str | None, at: datetime
) -> ClaimTurn:
    """The skip or stop button under a claim question."""
    known = item_of(qid)
    state.last_question = None
    if known is not None and known.value not in state.claim_skipped:
        state.claim_skipped.append(known.value)
    if value == STOP:
        state.claim_open = False
        return ClaimTurn(item=known, skipped=True, stopped=True, was_open=True)
    return ClaimTurn(item=known, skipped=True, was_open=True)


def next_question(
    state: ConversationState, rider: Rider, fallback: Question | None
) -> Question | None:
    """The next missing item's question while the file is being filled, else `fallback`.

    A contradiction to settle comes first. With nothing left to ask, the asking ends.
    """
    if not state.claim_open:
        return fallback
    if fallback is not None and fallback.id in _URGENT:
        return fallback
    for item in missing(state, rider):
        qid = PREFIX + item.value
        if item.value not in state.claim_skipped and state.asked.get(qid, 0) < MAX_ASKED:
            return question_for(item)
    state.claim_open = False
    return fallback


def report_line(mention: ReportMention) -> str:
    """「警察へ被害届を提出（受付番号 第123号）」."""
    words = claim_texts()
    receipt = words.timeline["receipt"].format(receipt=mention.receipt) if mention.receipt else ""
    return words.timeline["report"].format(
        authority=words.authorities[mention.authority],
        kind=words.report_kinds[mention.kind],
        receipt=receipt,
    )


def finish(state: ConversationState, reply: Reply, turn: ClaimTurn | None, rider: Rider) -> Reply:
    """The reply with what the turn did to the file, and whether to send the file now
    (when asked for, and again once the asking ends)."""
    if turn is None:
        return reply
    words = claim_texts()
    t = words.texts
    lines = [t["recorded"].format(report=report_line(m)) for m in turn.reports]
    if turn.requested:
        lines.append(t["started"])
        left = missing(state, rider)
        if left:
            names = t["list_separator"].join(words.items[i.value].label for i in left)
            lines.append(t["missing"].format(count=len(left), items=names))
        else:
            lines.append(t["complete"])
    elif turn.item is not None:
        label = words.items[turn.item.value].label
        lines.append(t["skipped" if turn.skipped else "noted"].format(item=label))
    ended = turn.was_open and not state.claim_open
    if ended and not turn.requested:
        lines.append(t["stopped" if turn.stopped else "finished"])
    return replace(
        reply,
        answer=(*reply.answer, *lines),
        claim_file=turn.requested or ended,
    )
