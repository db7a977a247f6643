"""The incident's timeline: every change of a fact or a cost with its time and who said it,
the questions asked and answered, the reports made, the escalation and the claim file.

Events are kept in `ConversationState.timeline` as JSON objects, so they survive a restart
with the rest of the state. The engine takes a `Snapshot` before a turn and `record`s the
difference after it; nothing here reads or keeps the message text beyond a report's number.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from bot.conversation.state import ConversationState
from coverage import SCALAR_FACTS
from nlu import to_facts
from nlu.reports import ReportMention

Value = str | bool | int | None


class EventKind(StrEnum):
    """What happened at one point of the conversation."""

    FACT = "fact"  # a fact stated or changed
    UNKNOWN = "unknown"  # a fact said to be unknown or under investigation
    COST = "cost"  # a cost stated or changed, by coverage key
    QUESTION = "question"  # the bot asked
    ANSWER = "answer"  # a quick answer (button) to a question
    REPORT = "report"  # a report to an authority, with its receipt number if given
    ESCALATION = "escalation"  # the insurer's 24-hour line was escalated to
    CLAIM_REQUEST = "claim_request"  # the claim file was asked for
    CLAIM_ITEM = "claim_item"  # an item of the claim file was answered
    CLAIM_FILE = "claim_file"  # the claim file was sent into the thread
    STEP_DONE = "step_done"  # a step of the card was ticked as done
    STEP_REOPENED = "step_reopened"  # a ticked step was unticked
    STEP_OWNER = "step_owner"  # someone took a step of the card


@dataclass(frozen=True)
class Event:
    """One entry of the timeline.

    Attributes:
        kind: What happened.
        at: When, as an aware datetime (kept in UTC, shown in JST).
        by: The user who said or did it; None for the bot or when not known.
        name: The fact, cost key, question id, authority, claim item or step concerned.
        old: The value before (a change), if any.
        new: The value after, if any (a report's kind for REPORT).
        receipt: A report's receipt number, as the user wrote it.
    """

    kind: EventKind
    at: datetime
    by: str | None
    name: str
    old: Value = None
    new: Value = None
    receipt: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "at": self.at.astimezone(UTC).isoformat(),
            "by": self.by,
            "name": self.name,
        }
        if self.old is not None:
            data["old"] = self.old
        if self.new is not None:
            data["new"] = self.new
        if self.receipt is not None:
            data["receipt"] = self.receipt
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Event:
        return cls(
            kind=EventKind(data["kind"]),
            at=datetime.fromisoformat(str(data["at"])),
            by=data.get("by"),
            name=str(data["name"]),
            old=data.get("old"),
            new=data.get("new"),
            receipt=data.get("receipt"),
        )


@dataclass(frozen=True)
class Snapshot:
    """What a turn may change, taken before it: facts, costs by coverage key, questions."""

    values: dict[str, Value]
    unknown: frozenset[str]
    costs: dict[str, int]
    asked: dict[str, int] = field(default_factory=dict)


def snapshot(state: ConversationState) -> Snapshot:
    """The state's facts, costs and asked questions as they stand."""
    facts = to_facts(state.facts)
    return Snapshot(
        values={name: _raw(getattr(facts, name)) for name in SCALAR_FACTS},
        unknown=frozenset(state.facts.said_unknown),
        costs={key.value: amount for key, amount in facts.costs.items()},
        asked=dict(state.asked),
    )


def events(state: ConversationState) -> list[Event]:
    """The timeline, oldest first (older stored states have none)."""
    return [Event.from_json(item) for item in state.timeline]


def add(state: ConversationState, event: Event) -> None:
    """Append one event to the state's timeline."""
    state.timeline.append(event.to_json())


def record(
    state: ConversationState,
    before: Snapshot,
    *,
    by: str | None,
    at: datetime,
) -> None:
    """Append what changed since `before`: facts, costs and the questions the bot asked."""
    after = snapshot(state)
    for name, new in after.values.items():
        old = before.values.get(name)
        if new is not None and new != old:
            add(state, Event(EventKind.FACT, at, by, name, old, new))
        elif new is None and name in after.unknown and name not in before.unknown:
            add(state, Event(EventKind.UNKNOWN, at, by, name, old))
    for key, amount in after.costs.items():
        if before.costs.get(key) != amount:
            add(state, Event(EventKind.COST, at, by, key, before.costs.get(key), amount))
    for qid, count in after.asked.items():
        if count > before.asked.get(qid, 0):
            add(state, Event(EventKind.QUESTION, at, None, qid))


def report_event(mention: ReportMention, *, by: str | None, at: datetime) -> Event:
    """A report read in a message, as a timeline event."""
    return Event(
        EventKind.REPORT,
        at,
        by,
        mention.authority.value,
        new=mention.kind.value,
        receipt=mention.receipt,
    )


def reports(state: ConversationState) -> list[Event]:
    """The reports made, as read in the conversation, oldest first."""
    return [event for event in events(state) if event.kind is EventKind.REPORT]


def _raw(value: object) -> Value:
    if value is None or isinstance(value, bool | int):
        return value
    return str(getattr(value, "value", value))
