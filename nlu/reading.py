"""What the NLU read in one message: facts, amounts, intent; nothing guessed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Literal

from coverage import Access, Detection, Fact, IncidentType
from nlu.data_kinds import DataKind


class Intent(StrEnum):
    """What the user wants from this message."""

    REPORT = "report"
    ESTIMATE = "estimate"
    GUIDANCE = "guidance"
    CONTACTS = "contacts"
    ESCALATE = "escalate"
    HELP = "help"
    RESET = "reset"
    ANSWER = "answer"


Answer = Literal["yes", "no", "unknown"]
Correction = Literal["replace", "add"]


@dataclass(frozen=True)
class CostMention:
    """An amount said about one cost; `key` may be the pseudo key investigation_generic.

    `per` marks a price per victim (「見舞金は1人500円」) whose count was not said with it:
    `Fact.INDIVIDUALS` or `Fact.CORPORATIONS`.
    """

    key: str
    yen: int
    text: str
    approximate: bool = False
    range_low: int | None = None
    per_unit: int | None = None
    units: int | None = None
    correction: Correction | None = None
    per: Fact | None = None


@dataclass(frozen=True)
class UnassignedAmount:
    """An amount whose purpose could not be told; reported, never dropped or guessed."""

    yen: int
    text: str
    approximate: bool = False


@dataclass(frozen=True)
class Reading:
    """The facts stated in one message. `None` = not stated.

    `said_unknown` names facts the user explicitly said are unknown or under
    investigation (「不正アクセスの有無は調査中」): a real answer, not silence. It takes
    back a value said before only when `retracts` (「すみません、まだ調査中でした」).
    `proposed` holds costs read from a bare number in agent shorthand (「調査800」 →
    800万円): not costs until the conversation confirms them.
    """

    incident_type: IncidentType | None = None
    detection: Detection | None = None
    unauthorized_access: Access | None = None
    announced: bool | None = None
    consent: bool | None = None
    individuals: int | None = None
    corporations: int | None = None
    devices: int | None = None
    loose_count: int | None = None
    costs: tuple[CostMention, ...] = ()
    unassigned: tuple[UnassignedAmount, ...] = ()
    said_unknown: frozenset[str] = field(default_factory=frozenset)
    retracts: bool = False
    intent: Intent = Intent.REPORT
    answer: Answer | None = None
    correction: Correction | None = None
    truncated: bool = False
    negative_amounts: tuple[str, ...] = ()
    readable: bool = True
    data_kinds: frozenset[DataKind] = field(default_factory=frozenset)
    discovered_on: date | None = None
    proposed: tuple[CostMention, ...] = ()

    def has_facts(self) -> bool:
        """Whether the message stated anything about the incident."""
        return bool(
            self.costs
            or self.unassigned
            or self.proposed
            or self.said_unknown
            or any(
                value is not None
                for value in (
                    self.incident_type,
                    self.detection,
                    self.unauthorized_access,
                    self.announced,
                    self.consent,
                    self.individuals,
                    self.corporations,
                )
            )
        )
