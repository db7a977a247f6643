"""One conversation gathered into a claim file: the timeline, the insurer's first notice
(事故報告メモ), the draft report to 個人情報保護委員会, the estimate and what is missing.

Only what the user wrote is in it: facts read from their messages, their own words for
each item, and their Slack id; nothing is looked up elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from bot.advice.reporting import ReportingAssessment, assess_reporting
from bot.claim.asking import missing
from bot.claim.items import ClaimItem
from bot.claim.timeline import Event, events, reports
from bot.conversation.state import ConversationState
from coverage import CostKey, Estimate, Facts, Rider, estimate
from nlu import normalize, to_facts
from nlu.data_kinds import DataKind
from nlu.reports import Authority

if TYPE_CHECKING:
    from bot.conversation.engine import Engine


@dataclass(frozen=True)
class CostRow:
    """A cost so far: its coverage, amount, and whether the insurer consented."""

    key: CostKey
    clause: str
    yen: int
    consent: bool | None


@dataclass(frozen=True)
class Policy:
    """The policy as the contract's file gives it; None where it gives nothing."""

    number: str | None
    holder: str | None
    agent: str | None
    agent_phone: str | None


@dataclass(frozen=True)
class ClaimFile:
    """Everything the claim file shows, before rendering.

    Attributes:
        made_at: When it was made.
        rider: The rider, for the clause names.
        facts: The facts of the conversation.
        words: The user's own words per claim item (`ClaimItem` value → text).
        policy: The policy.
        reporter: The reporter's Slack id, if known.
        discovered_on: The day the company learned of it, if known.
        first_report: The conversation's first message, as the user wrote it.
        data_kinds: The kinds of data said to be involved.
        costs: The costs so far, by coverage, with the consent.
        timeline: Every event, oldest first.
        reports: The reports made to authorities, oldest first.
        reporting: What the facts say about the duty to report (with its deadlines).
        estimate: The estimate with its scenarios.
        missing: The items still unknown, in the order they would be asked.
    """

    made_at: datetime
    rider: Rider
    facts: Facts
    words: dict[str, str]
    policy: Policy
    reporter: str | None
    discovered_on: date | None
    first_report: str | None
    data_kinds: tuple[DataKind, ...]
    costs: tuple[CostRow, ...]
    timeline: tuple[Event, ...]
    reports: tuple[Event, ...]
    reporting: ReportingAssessment
    estimate: Estimate
    missing: tuple[ClaimItem, ...]

    def said(self, item: ClaimItem) -> str | None:
        """The user's own words for `item`, if they gave any."""
        return self.words.get(item.value)

    @property
    def ppc_reports(self) -> tuple[Event, ...]:
        """The reports made to 個人情報保護委員会."""
        return tuple(e for e in self.reports if e.name == Authority.PPC)


def build_claim(
    state: ConversationState, messages: list[str], rider: Rider, now: datetime
) -> ClaimFile:
    """The claim file of a conversation as it stands.

    Args:
        state: The conversation's state.
        messages: Its messages since it (re)started, oldest first.
        rider: The rider with the contract's own values.
        now: The moment the file is made.
    """
    facts = to_facts(state.facts)
    kinds = tuple(DataKind(kind) for kind in state.data_kinds)
    found = date.fromisoformat(state.discovered_on) if state.discovered_on else None
    policy = rider.policy
    agent = policy.agent if policy is not None else None
    consent = facts.consent
    return ClaimFile(
        made_at=now,
        rider=rider,
        facts=facts,
        words=dict(state.claim_answers),
        policy=Policy(
            number=(policy.number if policy else None) or state.claim_answers.get("policy_number"),
            holder=policy.holder if policy else None,
            agent=agent.name if agent else None,
            agent_phone=agent.phone if agent else None,
        ),
        reporter=state.reporter,
        discovered_on=found,
        first_report=normalize(messages[0]) if messages else None,
        data_kinds=kinds,
        costs=tuple(
            CostRow(
                key,
                rider.coverages[key].clause,
                amount,
                None if key is CostKey.DAMAGES else consent,
            )
            for key, amount in facts.costs.items()
        ),
        timeline=tuple(events(state)),
        reports=tuple(reports(state)),
        reporting=assess_reporting(
            facts,
            frozenset(kinds),
            found,
            None,
            messages=messages,
            stolen=state.facts.stolen,
            theft_doubted=state.facts.theft_doubted,
        ),
        estimate=estimate(facts, rider),
        missing=tuple(missing(state, rider)),
    )


def claim_of(engine: Engine, key: str) -> ClaimFile:
    """The claim file of conversation `key` in `engine`'s store, made now."""
    state = engine.state_of(key)
    since = state.turns - state.first_turn
    kept = engine.store.messages(key)
    messages = kept[-since:] if since > 0 else []
    return build_claim(state, messages, engine.rider, engine.clock())
