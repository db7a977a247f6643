"""The declared shape of `config/rider.toml` and of a contract's own file.

Types, bounds, unknown and missing keys are said here once; `coverage.rider` turns a
checked file into the `Rider` the rules read.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, Strict

from config import Schema
from config.types import Phone, Text, one_of
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


class Deductible(_Sourced):
    """自己負担額 on damages: the rider's default, which a contract may replace."""

    amount: Yen


class Period(_Sourced):
    """The limits hold per policy period: what was paid earlier in it lowers them."""


class Interpretation(Schema):
    """The spec's [interpretation] settings."""

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
    cut_paid_expenses: str
    cut_paid_total: str
    paid_this_period: str


class RiderFile(Schema):
    """`config/rider.toml`."""

    caps: Caps
    coverages: Coverages
    groups: dict[str, GroupEntry]
    condolence: Condolence
    reduction: Reduction
    consent: Consent
    deductible: Deductible
    period: Period
    interpretation: Interpretation
    bounds: Bounds
    messages: Messages


class AgentEntry(Schema):
    """取扱代理店: whom the policyholder calls about the contract."""

    name: Text
    phone: Phone | None = None


class ContractFile(Schema):
    """A contract's own file; every key may be left out to keep the rider's default.

    Maxima that depend on the rider (a limit above the rider's, a payment above a limit)
    are checked by `coverage.rider.parse_contract`, which has the rider.
    """

    liability_limit: Yen | None = None
    expense_limit: Yen | None = None
    deductible: Yen | None = None
    paid_this_period_expenses: Yen | None = None
    paid_this_period_total: Yen | None = None
    third_party_report: Annotated[ThirdPartyReading, one_of(ThirdPartyReading)] | None = None
    policy_number: Text | None = None
    policyholder: Text | None = None
    agent: AgentEntry | None = None
