"""The one reply model that the console and Slack both render."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from bot.advice.build import Advice
from bot.conversation.questions import Question
from coverage import Estimate


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
class CostItem:
    """A cost understood so far: the clause it goes to, the amount, and its source."""

    clause: str
    yen: int
    quote: str | None = None


@dataclass(frozen=True)
class Reply:
    """What the bot says back, before any rendering."""

    kind: ReplyKind
    understood: tuple[Understood, ...] = ()
    costs: tuple[CostItem, ...] = ()
    unassigned: tuple[int, ...] = ()
    said_unknown: tuple[str, ...] = ()
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
        """Whether the contacts list the specialist vendors: a step calls for one."""
        return (self.advice is not None and any(step.vendor for step in self.advice.steps)) or (
            self.kind is ReplyKind.CONTACTS
        )
