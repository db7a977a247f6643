"""The facts the engine reads: what is known about one incident."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class IncidentType(StrEnum):
    MALWARE = "malware"
    UNAUTHORIZED_ACCESS = "unauthorized_access"
    DDOS = "ddos"
    SUSPECTED = "suspected"
    LOST_OR_STOLEN = "lost_or_stolen"
    VISUAL_LEAK = "visual_leak"
    MISDELIVERY = "misdelivery"
    VENDOR_LEAK = "vendor_leak"
    MEDIA = "media"
    OTHER = "other"


class Detection(StrEnum):
    """Who made the company aware: a security or network operator or a public body
    (`external_report`), anyone else outside the company (`third_party`), or itself."""

    EXTERNAL_REPORT = "external_report"
    THIRD_PARTY = "third_party"
    SELF = "self"


class ThirdPartyReading(StrEnum):
    """How a third party's report is read (spec: "Third party", an [interpretation])."""

    BOTH = "both"  # not settled: one scenario each way
    EXTERNAL = "external"
    SELF = "self"


# The assumption a scenario makes about a third party's report, beside the unknown facts.
THIRD_PARTY_ASSUMPTION = "third_party_report"


class Access(StrEnum):
    FOUND = "found"
    NOT_FOUND = "not_found"


class CostKey(StrEnum):
    """One key per coverage of the rider; `damages` is the liability part."""

    DAMAGES = "damages"
    ACCESS_RESPONSE = "access_response"
    INVESTIGATION = "investigation"
    CONSULTATION = "consultation"
    DATA_RECOVERY = "data_recovery"
    INCIDENT_RESPONSE = "incident_response"
    CONDOLENCE = "condolence"
    PREVENTION = "prevention"
    LITIGATION = "litigation"


class Fact(StrEnum):
    """The name of every fact, in schema order (also the order replies list them in).

    The one place fact names are spelled: config tables, questions, the NLU's state and
    the JSON schema all key on these.
    """

    INCIDENT_TYPE = "incident_type"
    DETECTION = "detection"
    UNAUTHORIZED_ACCESS = "unauthorized_access"
    ANNOUNCED = "announced"
    CONSENT = "consent"
    INDIVIDUALS = "individuals"
    CORPORATIONS = "corporations"
    COSTS = "costs"


# The facts other than costs, in schema order.
SCALAR_FACTS: tuple[Fact, ...] = tuple(f for f in Fact if f is not Fact.COSTS)

EXPENSE_KEYS: tuple[CostKey, ...] = tuple(k for k in CostKey if k is not CostKey.DAMAGES)


# Iterating the enum class runs a Python-level generator; every Facts built walks this.
_COST_ORDER: tuple[CostKey, ...] = tuple(CostKey)


def _frozen_costs(costs: Mapping[CostKey, int]) -> Mapping[CostKey, int]:
    # Ordered by the rider's clause order so every rendering is stable.
    if not costs:  # most messages state no cost: nothing to order
        return MappingProxyType({})
    return MappingProxyType({k: costs[k] for k in _COST_ORDER if k in costs})


@dataclass(frozen=True)
class Facts:
    """What is known about an incident; `None` means unknown.

    A cost key absent from `costs` was not mentioned, which is not the same as 0.
    """

    incident_type: IncidentType | None = None
    detection: Detection | None = None
    unauthorized_access: Access | None = None
    announced: bool | None = None
    consent: bool | None = None
    individuals: int | None = None
    corporations: int | None = None
    costs: Mapping[CostKey, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "costs", _frozen_costs(self.costs))

    def __hash__(self) -> int:
        return hash(
            (
                self.incident_type,
                self.detection,
                self.unauthorized_access,
                self.announced,
                self.consent,
                self.individuals,
                self.corporations,
                tuple(self.costs.items()),
            )
        )
