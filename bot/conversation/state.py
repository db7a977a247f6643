"""One conversation's state: what was understood, what was asked, what was done."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nlu.facts_builder import FactState

# Each message is kept (for re-reading after a fix to the NLU), up to this many characters.
MAX_KEPT_CHARS = 4000


@dataclass
class ConversationState:
    """Everything the engine needs to continue a conversation after a restart.

    The messages themselves are kept by the store, one row a turn; `turns` counts them.
    """

    facts: FactState = field(default_factory=FactState)
    asked: dict[str, int] = field(default_factory=dict)
    last_question: str | None = None
    clash: dict[str, Any] | None = None
    turns: int = 0
    # The turn the conversation (re)started at: a reset starts it over, the turns go on.
    first_turn: int = 0
    discovered_on: str | None = None
    data_kinds: list[str] = field(default_factory=list)
    reporter: str | None = None
    link: str | None = None
    # The inbox item applied last: after a crash between saving and posting, the item is
    # answered again without being applied twice.
    last_item: int = 0
    # The escalation summary once posted: its permalink (or "" when none could be made).
    escalated: str | None = None
    # What the incident card showed last (name → value, the estimate included), to tell
    # a follow-up what changed; None until a card was shown.
    shown: dict[str, str] | None = None
    # Where the front keeps the card (Slack: the ts of its messages), to update it.
    card: list[str] = field(default_factory=list)
    # The incident's timeline (`bot.claim.timeline` events as JSON), oldest first.
    timeline: list[dict[str, Any]] = field(default_factory=list)
    # The claim file: whether its items are being asked for, the user's own words per
    # item, the items the user skipped, and the sent file's permalink ("" when none).
    claim_open: bool = False
    claim_answers: dict[str, str] = field(default_factory=dict)
    claim_skipped: list[str] = field(default_factory=list)
    claim_link: str | None = None
    # The card's steps: step key → {"done_by", "done_at", "owner", "owner_at"} (times ISO,
    # UTC); a step without "done_at" is open. Kept through nothing but the conversation.
    steps: dict[str, dict[str, str | None]] = field(default_factory=dict)
    # The reminders a front scheduled (Slack: {"kind", "post_at", "id", "digest"}), kept
    # through a reset so that the reset can delete them.
    reminders: list[dict[str, Any]] = field(default_factory=list)
    # When the reminder about the insurer's consent is due (ISO, UTC): set once, the first
    # turn money is spent with consent unknown, so later turns do not move it.
    consent_due: str | None = None
    # The user said a report to 個人情報保護委員会 was decided against: no reminders.
    no_report: bool = False
    # Whether the people to tell were mentioned in the thread (once per conversation).
    mentioned: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "facts": self.facts.to_json(),
            "asked": dict(self.asked),
            "last_question": self.last_question,
            "clash": self.clash,
            "turns": self.turns,
            "first_turn": self.first_turn,
            "discovered_on": self.discovered_on,
            "data_kinds": list(self.data_kinds),
            "reporter": self.reporter,
            "link": self.link,
            "last_item": self.last_item,
            "escalated": self.escalated,
            "shown": dict(self.shown) if self.shown is not None else None,
            "card": list(self.card),
            "timeline": [dict(event) for event in self.timeline],
            "claim_open": self.claim_open,
            "claim_answers": dict(self.claim_answers),
            "claim_skipped": list(self.claim_skipped),
            "claim_link": self.claim_link,
            "steps": {key: dict(mark) for key, mark in self.steps.items()},
            "reminders": [dict(item) for item in self.reminders],
            "consent_due": self.consent_due,
            "no_report": self.no_report,
            "mentioned": self.mentioned,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConversationState:
        # An older version kept the messages here; their number is the turn count.
        turns = data.get("turns", len(data.get("messages") or ()))
        return cls(
            facts=FactState.from_json(data.get("facts", {})),
            asked={str(k): int(v) for k, v in data.get("asked", {}).items()},
            last_question=data.get("last_question"),
            clash=data.get("clash"),
            turns=int(turns),
            first_turn=int(data.get("first_turn", 0)),
            discovered_on=data.get("discovered_on"),
            data_kinds=list(data.get("data_kinds", [])),
            reporter=data.get("reporter"),
            link=data.get("link"),
            last_item=int(data.get("last_item", 0)),
            escalated=data.get("escalated"),
            shown=dict(data["shown"]) if isinstance(data.get("shown"), dict) else None,
            card=[str(ts) for ts in data.get("card", [])],
            # States stored before the claim file have none of these.
            timeline=[dict(e) for e in data.get("timeline", []) if isinstance(e, dict)],
            claim_open=bool(data.get("claim_open", False)),
            claim_answers={str(k): str(v) for k, v in data.get("claim_answers", {}).items()},
            claim_skipped=[str(item) for item in data.get("claim_skipped", [])],
            claim_link=data.get("claim_link"),
            # States stored before the steps and reminders have none of these.
            steps={
                str(key): {str(k): (None if v is None else str(v)) for k, v in mark.items()}
                for key, mark in (data.get("steps") or {}).items()
                if isinstance(mark, dict)
            },
            reminders=[dict(r) for r in data.get("reminders") or [] if isinstance(r, dict)],
            consent_due=data.get("consent_due"),
            no_report=bool(data.get("no_report", False)),
            mentioned=bool(data.get("mentioned", False)),
        )
