"""The declared shape of `config/rider.toml` and of a contract's own file.

Types, bounds, unknown and missing keys are said here once; `coverage.rider` turns a
checked file into the `Rider` the rules read.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, Strict

from config import Schema
from coverage.facts import CostKey, IncidentType, ThirdPartyReading

Yen = Annotated[int, Field(ge=0)]
"""An amount in yen: a whole number, never negative."""


class _Sourced(Schema):
    """A value with the clause it applies and where in the pamphlet it comes from."""

    clause: str
    source: str


class Cap(_Sourced):
    amount: Yen


class Caps(Schema):
    total: Cap
    expenses: Cap


class CoverageEntry(_Sourced):
    """An expense coverage: its own limit, the group it shares a limit with, or both."""

    limit: Yen | None = None
    group: str | None = None


class DamagesEntry(_Sourced):
    """The liability part; its limit is the contract's liability limit, so it must be given."""

    limit: Yen
    group: str | None = None


class Coverages(Schema):
    """One table per `CostKey`, none missing and none extra."""

    damages: DamagesEntry
    access_response: CoverageEntry
    investigation: CoverageEntry
    consultation: CoverageEntry
    data_recovery: CoverageEntry
    incident_response: CoverageEntry
    condolence: CoverageEntry
    prevention: CoverageEntry
    litigation: CoverageEntry

    def entry(self, key: CostKey) -> CoverageEntry | DamagesEntry:
        """The table of coverage `key`."""
        entry: CoverageEntry | DamagesEntry = getattr(self, key.value)
        return entry


class GroupEntry(_Sourced):
    limit: Yen


class Condolence(_Sourced):
    per_individual: Yen
    per_corporation: Yen


class Reduction(_Sourced):
    ratio_percent: Annotated[int, Field(ge=0, le=100)]
    cap: Yen
    not_payable_clause: str
    # Strict would want enum members; TOML only has strings, read as the enum's values.
    cyber_types: list[Annotated[IncidentType, Strict(False)]]


class Consent(_Sourced):
    pass


class Interpretation(Schema):
    """The spec's [interpretation] settings."""

    deductible: Yen
    reduction_applies_to_damages: bool
    unknown_type_is_cyber: bool
    condolence_in_full_when_victims_unknown: bool
    # Strict would take only enum members; the file holds the value.
    third_party_report: Annotated[ThirdPartyReading, Strict(False)]


class Bounds(Schema):
    max_amount_yen: Yen
    max_count: Yen


class Messages(Schema):
    """Every Japanese text the engine attaches to a result; each one must be given."""

    consent_unknown: str
    consent_refused: str
    not_announced: str
    not_payable_self: str
    third_party_report: str
    incident_type_unknown: str
    incident_type_other: str
    condolence_victims_unknown: str
    cut_victim_cap: str
    cut_ratio: str
    cut_not_payable: str
    cut_own_limit: str
    cut_group_limit: str
    cut_expense_cap: str
    cut_reduced_cap: str
    cut_consent: str
    cut_total_cap: str
    cut_deductible: str


class RiderFile(Schema):
    """`config/rider.toml`."""

    caps: Caps
    coverages: Coverages
    groups: dict[str, GroupEntry]
    condolence: Condolence
    reduction: Reduction
    consent: Consent
    interpretation: Interpretation
    bounds: Bounds
    messages: Messages


class ContractFile(Schema):
    """A contract's own limits; either may be left out to keep the rider's."""

    liability_limit: Yen | None = None
    expense_limit: Yen | None = None
