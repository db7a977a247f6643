"""The one reply model that the console and Slack both render."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Final

from bot.advice.build import Advice
from bot.conversation.questions import Question
from bot.conversation.reminders import Reminder
from bot.labels import labels
from coverage import Access, Estimate, IncidentType, yen, yen_span


class ReplyKind(StrEnum):
    """Why the bot is answering; renderers choose their layout by it."""

    ESTIMATE = "estimate"  # facts understood, with the estimate so far
    GUIDANCE = "guidance"  # the same, with the whole checklist
    EMPTY = "empty"  # nothing readable in the message
    UNCLEAR = "unclear"  # readable, but nothing about an incident and no request
    RESET = "reset"
    HELP = "help"
    CONTACTS = "contacts"
    ESCALATE = "escalate"
    THANKS = "thanks"  # a thanks: acknowledged in one line
    UNDER_WAY = "under_way"  # no new fact, a check still under way: acknowledged


# Attacks on the company's systems: the incidents the specialist vendors answer.
ATTACK_TYPES = frozenset(
    {
        IncidentType.MALWARE,
        IncidentType.UNAUTHORIZED_ACCESS,
        IncidentType.DDOS,
        IncidentType.SUSPECTED,
    }
)

# A quote of the user's words shown as a fact's source is at most this long, … included.
QUOTE_CHARS: Final = 20


def short_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """`text` on one line, cut to `limit` characters with 「…」 when longer."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


@dataclass(frozen=True)
class Understood:
    """A fact understood so far: its label, its value in words, and the user's words it
    was read from (already short), when known."""

    name: str
    value: str
    quote: str | None = None


@dataclass(frozen=True)
class Change:
    """Something the latest message changed in what the card shows: 「公表: した → していない」.

    `old` is None for something newly understood.
    """

    name: str
    old: str | None
    new: str


@dataclass(frozen=True)
class CostItem:
    """A cost understood so far: the clause it goes to, the amount, and its source."""

    clause: str
    yen: int
    quote: str | None = None


@dataclass(frozen=True)
class StepMark:
    """What the team recorded on one step of the card: who took it, who did it and when.

    `owner` and `done_by` are Slack user ids (or the console's user); the fronts render
    them as a mention or as 「あなた」, never as the id itself.
    """

    key: str
    owner: str | None = None
    done_by: str | None = None
    done_at: datetime | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class Reply:
    """What the bot says back, before any rendering."""

    kind: ReplyKind
    understood: tuple[Understood, ...] = ()
    costs: tuple[CostItem, ...] = ()
    unassigned: tuple[int, ...] = ()
    # Facts said to be unknown: (name, how their unknown reads: 「公表: 未定」).
    said_unknown: tuple[tuple[str, str], ...] = ()
    estimate: Estimate | None = None
    question: Question | None = None
    question_text: str | None = None
    notes: tuple[str, ...] = ()
    advice: Advice | None = None
    conversation: str = ""
    intent: str = "report"
    # What the message asks about (`nlu.QuestionTopic` values), most specific first.
    question_topics: tuple[str, ...] = ()
    turn: int = 0
    # A follow-up in a conversation whose card was shown already: the front shows only
    # what changed (`changes`), the answer and the next question, and updates the card.
    brief: bool = False
    changes: tuple[Change, ...] = ()
    # A follow-up whose message changed the reporting duties (a discovery date, say).
    reporting_changed: bool = False
    # A follow-up that changed the reminders the card lists (the card is redrawn).
    reminders_changed: bool = False
    # A step of the card ticked since it was drawn (a message said it was done): redraw it.
    steps_changed: bool = False
    # The answer to what the message asked (the answer base's lines), shown first.
    answer: tuple[str, ...] = ()
    # The user asked for the claim file, or its asking just ended: a front that can send
    # a file sends it into the conversation (Slack), or prints it (the console).
    claim_file: bool = False
    # The marks on the card's steps (done, owner), by step.
    marks: tuple[StepMark, ...] = ()
    # The reminders the conversation calls for now (a front with a scheduler keeps them
    # scheduled, the console lists them); None when this reply does not say (a thanks),
    # empty when there must be none (after a reset).
    reminders: tuple[Reminder, ...] | None = None

    def mark_of(self, key: str) -> StepMark:
        """The marks on step `key` (none: an open step nobody took)."""
        return next((mark for mark in self.marks if mark.key == key), StepMark(key))

    @property
    def has_yen(self) -> bool:
        """Whether the reply states a yen figure (then it carries the disclaimer)."""
        return bool(self.estimate is not None and self.costs)

    @property
    def shows_reporting(self) -> bool:
        """Whether reporting duties belong in the reply: people or an incident are in view."""
        if self.advice is None or self.estimate is None:
            return False
        if not self.advice.reporting.applies:  # no personal data at all: a copyright claim
            return False
        facts = self.estimate.facts
        return (
            bool(self.advice.reporting.fired)
            or bool(facts.individuals)
            or facts.incident_type is not None
        )

    @property
    def shows_vendors(self) -> bool:
        """Whether the contacts list the specialist vendors: a step calls for one, or
        unauthorized access is found or suspected (the pamphlet's サイバー緊急連絡先)."""
        if self.kind is ReplyKind.CONTACTS:
            return True
        if self.advice is not None and any(step.vendor for step in self.advice.steps):
            return True
        facts = self.estimate.facts if self.estimate is not None else None
        if facts is None:
            return False
        attacked = facts.incident_type in ATTACK_TYPES or facts.unauthorized_access is Access.FOUND
        return attacked and facts.unauthorized_access is not Access.NOT_FOUND


def card_view(reply: Reply) -> dict[str, str]:
    """What the incident card shows, name → value in words: the facts, each cost, and
    the estimate, so a follow-up can say what changed (「公表: した → していない」)."""
    view = {item.name: item.value for item in reply.understood}
    view |= dict(reply.said_unknown)
    view |= {cost.clause: yen(cost.yen) for cost in reply.costs}
    if reply.has_yen and reply.estimate is not None:
        result = reply.estimate
        view[labels().messages["estimate_heading"]] = yen_span(result.min, result.max)
    if reply.advice is not None and reply.shows_reporting:
        report = reply.advice.reporting
        view[REPORTING_KEY] = "\n".join([report.summary, *report.duties, *report.conditions])
    if done := sorted(mark.key for mark in reply.marks if mark.done_at is not None):
        view[STEPS_KEY] = "\n".join(done)
    if reply.reminders:
        view[REMINDERS_KEY] = "\n".join(
            f"{r.post_at.isoformat()} {r.what}" for r in reply.reminders
        )
    return view


# The card's reporting duties in `card_view`: compared, never shown as a change line.
REPORTING_KEY = "\0reporting"
# The card's list of reminders: compared (the card is redrawn), never a change line.
REMINDERS_KEY = "\0reminders"
# The card's steps ticked done: compared (the card is redrawn), never a change line.
STEPS_KEY = "\0steps"
HIDDEN_KEYS = frozenset({REPORTING_KEY, REMINDERS_KEY, STEPS_KEY})
