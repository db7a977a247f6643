"""Reporting duties under 個人情報保護法: to 個人情報保護委員会, and to the persons affected.

Source: 個人情報保護法 第26条, 施行規則 第7条 (the four triggers) and 第8条 (速報・確報),
and the 個人情報保護委員会 guideline (通則編 3-5). Every text and number is in
`config/reporting.toml`. The assessment never says a report is unnecessary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import AfterValidator, ValidationInfo, field_validator

import config
from config import Schema
from config.types import Text, placeholders, set_of, templates
from coverage import Access, Facts, IncidentType
from nlu.data_kinds import DataKind

FILE = "reporting.toml"


class Trigger(StrEnum):
    """The four events of 施行規則第7条 that must be reported."""

    SENSITIVE = "sensitive"
    """第1号: 要配慮個人情報."""
    FINANCIAL = "financial"
    """第2号: data whose misuse can cause financial loss."""
    WRONGFUL_PURPOSE = "wrongful_purpose"
    """第3号: a leak possibly done with an unauthorized purpose."""
    MANY_PERSONS = "many_persons"
    """第4号: more than 1,000 persons."""


class ReportingStatus(StrEnum):
    """What the facts so far say about the duty to report."""

    REQUIRED = "required"
    """A trigger fired and personal data is involved."""
    REQUIRED_IF_PERSONAL_DATA = "required_if_personal_data"
    """A trigger fired; whether personal data is involved is not known yet."""
    NOT_YET_INDICATED = "not_yet_indicated"
    """No trigger fired yet; `conditions` says what would make a report necessary."""


# Texts and the placeholders each may use; anything else is a ConfigError at load.
_TEXT_FIELDS: Mapping[str, frozenset[str]] = {
    "required": frozenset(),
    "required_if_personal_data": frozenset(),
    "not_yet_indicated": frozenset(),
    "personal_data_condition": frozenset(),
    "theft_condition": frozenset(),
    "suspected_condition": frozenset(),
    "count_unknown_condition": frozenset({"threshold"}),
    "preliminary_dated": frozenset({"start", "end"}),
    "preliminary_rule": frozenset(),
    "final_dated": frozenset({"end", "days"}),
    "final_rule": frozenset({"days"}),
    "notify_persons": frozenset(),
    "ask_discovery_date": frozenset(),
    "final_days_note": frozenset({"days"}),
    "vendor_leak": frozenset(),
    "how_to_report": frozenset(),
    "lawyer": frozenset(),
    "date": frozenset({"month", "day"}),
}


@dataclass(frozen=True)
class ReportingRules:
    """Everything `config/reporting.toml` holds."""

    reasons: Mapping[Trigger, str]
    conditions: Mapping[Trigger, str]
    wrongful_types: frozenset[IncidentType]
    access_found_fires: bool
    threshold: int
    preliminary_min_days: int
    preliminary_max_days: int
    final_days: int
    final_days_wrongful_purpose: int
    texts: Mapping[str, str]


@dataclass(frozen=True)
class FiredTrigger:
    """A trigger that fired, with the reason in Japanese."""

    trigger: Trigger
    reason: str


@dataclass(frozen=True)
class Deadlines:
    """The reporting deadlines counted from the day the company learned of the leak.

    Attributes:
        discovered_on: The day the company learned of it (知った日).
        preliminary_from: 速報 rough guide, earliest end: discovered + 3 days.
        preliminary_by: 速報 rough guide, latest end: discovered + 5 days.
        final_by: 確報 deadline: discovered + 30 days, or + 60 for a wrongful purpose.
        final_days: 30 or 60.
    """

    discovered_on: date
    preliminary_from: date
    preliminary_by: date
    final_by: date
    final_days: int


@dataclass(frozen=True)
class ReportingAssessment:
    """What the bot says about the duty to report.

    Attributes:
        status: Required, required if personal data is involved, or not yet indicated.
        fired: The triggers that fired, with their reasons.
        summary: One-paragraph verdict; never says a report is unnecessary.
        conditions: When not REQUIRED, the facts that would make a report necessary.
        duties: 速報, 確報 and the notice to the persons, with dates when known.
        notices: Further advice (final-deadline caveat, vendor leaks, how to report, lawyer).
        deadlines: The dates, when the discovery date is known.
        needs_discovery_date: The date should be asked to give deadlines as dates.
        question: The question to ask for it, when `needs_discovery_date`.
    """

    status: ReportingStatus
    fired: tuple[FiredTrigger, ...]
    summary: str
    conditions: tuple[str, ...]
    duties: tuple[str, ...]
    notices: tuple[str, ...]
    deadlines: Deadlines | None
    needs_discovery_date: bool
    question: str | None


@cache
def load_reporting_rules() -> ReportingRules:
    """Load `config/reporting.toml` once per process.

    Raises:
        ConfigError: The file is missing or has an unknown, missing or mistyped key.
    """
    return parse_reporting_rules(config.read(FILE))


def assess_reporting(
    facts: Facts,
    data_kinds: frozenset[DataKind],
    discovered_on: date | None,
    personal_data_involved: bool | None,
    rules: ReportingRules | None = None,
) -> ReportingAssessment:
    """Say whether the leak must be reported, by when, and to whom.

    Triggers (施行規則第7条): SENSITIVE and FINANCIAL from `data_kinds`;
    WRONGFUL_PURPOSE from the incident type (malware, unauthorized_access by
    default) or `unauthorized_access` = found; MANY_PERSONS when
    `facts.individuals` exceeds the threshold (1,000 does not fire, 1,001 does).

    Personal data counts as involved when `data_kinds` is not empty or
    `facts.individuals` > 0, whatever `personal_data_involved` says; otherwise
    `personal_data_involved` decides (None: not known yet).

    Deadlines (when `discovered_on` is known): 速報 discovered + 3 to + 5 days
    (the guideline's 「概ね3〜5日以内」; both ends are shown, "◯月◯日〜◯月◯日頃まで");
    確報 discovered + 30 days, or + 60 when WRONGFUL_PURPOSE fired. The day of
    discovery is not counted (民法第140条, 初日不算入), so 2026-01-31 gives
    2026-03-02. A last day on a weekend or holiday is not moved: the earlier
    date is the safe one to show.

    Args:
        facts: What is known about the incident.
        data_kinds: Kinds of data the messages said were involved.
        discovered_on: The day the company learned of it, if known.
        personal_data_involved: Whether personal data is involved, if known.
        rules: The rules to apply; the shipped file by default.
    """
    r = rules or load_reporting_rules()
    fired = _fired(facts, data_kinds, r)
    personal = True if data_kinds or (facts.individuals or 0) > 0 else personal_data_involved
    if fired and personal is True:
        status = ReportingStatus.REQUIRED
    elif fired and personal is None:
        status = ReportingStatus.REQUIRED_IF_PERSONAL_DATA
    else:
        status = ReportingStatus.NOT_YET_INDICATED
    wrongful = any(f.trigger is Trigger.WRONGFUL_PURPOSE for f in fired)
    dates = None if discovered_on is None else deadlines(discovered_on, wrongful, r)
    needs_date = discovered_on is None and status is not ReportingStatus.NOT_YET_INDICATED
    return ReportingAssessment(
        status=status,
        fired=tuple(fired),
        summary=r.texts[status.value],
        conditions=_conditions(facts, fired, personal, status, r),
        duties=_duties(dates, wrongful, r),
        notices=_notices(facts, wrongful, dates, r),
        deadlines=dates,
        needs_discovery_date=needs_date,
        question=r.texts["ask_discovery_date"] if needs_date else None,
    )


def deadlines(
    discovered_on: date, wrongful_purpose: bool, rules: ReportingRules | None = None
) -> Deadlines:
    """The 速報 and 確報 dates counted from the day the company learned of the leak.

    The day itself is not counted (民法第140条): 確報 is `discovered_on` plus 30
    days (60 with a wrongful purpose), 速報 plus 3 to 5 days.
    """
    r = rules or load_reporting_rules()
    days = r.final_days_wrongful_purpose if wrongful_purpose else r.final_days
    return Deadlines(
        discovered_on=discovered_on,
        preliminary_from=discovered_on + timedelta(days=r.preliminary_min_days),
        preliminary_by=discovered_on + timedelta(days=r.preliminary_max_days),
        final_by=discovered_on + timedelta(days=days),
        final_days=days,
    )


def _fired(facts: Facts, kinds: frozenset[DataKind], r: ReportingRules) -> list[FiredTrigger]:
    count = facts.individuals
    hits = {
        Trigger.SENSITIVE: DataKind.SENSITIVE in kinds,
        Trigger.FINANCIAL: DataKind.FINANCIAL in kinds,
        Trigger.WRONGFUL_PURPOSE: facts.incident_type in r.wrongful_types
        or (r.access_found_fires and facts.unauthorized_access is Access.FOUND),
        Trigger.MANY_PERSONS: count is not None and count > r.threshold,
    }
    return [
        FiredTrigger(t, r.reasons[t].format(threshold=r.threshold, count=count or 0))
        for t, hit in hits.items()
        if hit
    ]


def _wrongful_may_follow(facts: Facts, r: ReportingRules) -> list[str]:
    # Facts cannot tell a theft from a loss, nor a suspicion from an intrusion:
    # say what would settle it instead of guessing.
    if facts.incident_type is IncidentType.LOST_OR_STOLEN:
        return [r.texts["theft_condition"]]
    if facts.incident_type is IncidentType.SUSPECTED:
        return [r.texts["suspected_condition"]]
    return []


def _conditions(
    facts: Facts,
    fired: list[FiredTrigger],
    personal: bool | None,
    status: ReportingStatus,
    r: ReportingRules,
) -> tuple[str, ...]:
    if status is not ReportingStatus.NOT_YET_INDICATED:
        return ()
    if fired:
        # A trigger fired but personal data was said not to be involved.
        return (r.texts["personal_data_condition"],)
    conditions = [r.conditions[Trigger.SENSITIVE], r.conditions[Trigger.FINANCIAL]]
    conditions += _wrongful_may_follow(facts, r) or [r.conditions[Trigger.WRONGFUL_PURPOSE]]
    conditions.append(r.conditions[Trigger.MANY_PERSONS].format(threshold=r.threshold))
    if facts.individuals is None:
        conditions.append(r.texts["count_unknown_condition"].format(threshold=r.threshold))
    if personal is False:
        conditions.append(r.texts["personal_data_condition"])
    return tuple(conditions)


def _duties(dates: Deadlines | None, wrongful: bool, r: ReportingRules) -> tuple[str, ...]:
    t = r.texts
    if dates is None:
        days = r.final_days_wrongful_purpose if wrongful else r.final_days
        return (t["preliminary_rule"], t["final_rule"].format(days=days), t["notify_persons"])
    return (
        t["preliminary_dated"].format(
            start=_date(dates.preliminary_from, r), end=_date(dates.preliminary_by, r)
        ),
        t["final_dated"].format(end=_date(dates.final_by, r), days=dates.final_days),
        t["notify_persons"],
    )


def _notices(
    facts: Facts, wrongful: bool, dates: Deadlines | None, r: ReportingRules
) -> tuple[str, ...]:
    t = r.texts
    notices = []
    if not wrongful and _wrongful_may_follow(facts, r):
        # 30 days is shown while 60 might apply: the earlier date is the safe one.
        notices.append(t["final_days_note"].format(days=r.final_days))
    if facts.incident_type is IncidentType.VENDOR_LEAK:
        notices.append(t["vendor_leak"])
    notices += [t["how_to_report"], t["lawyer"]]
    return tuple(notices)


def _date(day: date, r: ReportingRules) -> str:
    return r.texts["date"].format(month=day.month, day=day.day)


# --- strict reading of the file ----------------------------------------------


def _non_negative(value: int) -> int:
    if value < 0:
        raise ValueError("must be a non-negative integer")
    return value


Count = Annotated[int, AfterValidator(_non_negative)]
"""A number of days or persons."""


class _Trigger(Schema):
    reason: Annotated[Text, placeholders()]
    condition: Annotated[Text, placeholders()]


class _WrongfulPurpose(_Trigger):
    incident_types: Annotated[frozenset[IncidentType], set_of(IncidentType)]
    access_found_fires: bool


class _ManyPersons(_Trigger):
    reason: Annotated[Text, placeholders("threshold", "count")]
    condition: Annotated[Text, placeholders("threshold")]
    threshold: Count


class _Triggers(Schema):
    """One table per `Trigger`, named by its value."""

    sensitive: _Trigger
    financial: _Trigger
    wrongful_purpose: _WrongfulPurpose
    many_persons: _ManyPersons

    def of(self, trigger: Trigger) -> _Trigger:
        """The table of `trigger`."""
        table: _Trigger = getattr(self, trigger.value)
        return table


class _Deadlines(Schema):
    preliminary_min_days: Count
    preliminary_max_days: Count
    final_days: Count
    final_days_wrongful_purpose: Count

    @field_validator("preliminary_max_days")
    @classmethod
    def _not_below_min(cls, value: int, info: ValidationInfo) -> int:
        if value < info.data.get("preliminary_min_days", 0):
            raise ValueError("must not be below the min")
        return value


class _ReportingFile(Schema):
    triggers: _Triggers
    deadlines: _Deadlines
    texts: Annotated[Mapping[str, str], templates(_TEXT_FIELDS)]


def parse_reporting_rules(data: Mapping[str, Any]) -> ReportingRules:
    """Build `ReportingRules` from the parsed TOML, checking every key and placeholder.

    Raises:
        ConfigError: An unknown, missing or mistyped key, or a bad placeholder.
    """
    file = config.validate(data, _ReportingFile, FILE)
    triggers = file.triggers
    return ReportingRules(
        reasons=MappingProxyType({t: triggers.of(t).reason for t in Trigger}),
        conditions=MappingProxyType({t: triggers.of(t).condition for t in Trigger}),
        wrongful_types=triggers.wrongful_purpose.incident_types,
        access_found_fires=triggers.wrongful_purpose.access_found_fires,
        threshold=triggers.many_persons.threshold,
        texts=MappingProxyType(dict(file.texts)),
        **file.deadlines.model_dump(),
    )
