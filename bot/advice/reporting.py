"""Reporting duties under 個人情報保護法: to 個人情報保護委員会, and to the persons affected.

Source: 個人情報保護法 第26条, 施行規則 第7条 (the four triggers, 第3号 as amended from
2024-04-01), 第8条 (速報・確報) and 第10条 (the notice), and the 個人情報保護委員会
guideline (通則編 3-5); `../shared/spec/reporting.md` is the reference. Every text and
number is in `config/reporting.toml`. The assessment never says a report is unnecessary:
an exemption is worded "may be exempt — confirm".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

import config
from bot.advice.reporting_file import (
    FILE,
    Exemption,
    ReportingRules,
    Trigger,
    parse_reporting_rules,
)
from coverage import Access, Facts, IncidentType
from nlu.data_kinds import DataKind

__all__ = [
    "FILE",
    "Deadlines",
    "Exemption",
    "FiredTrigger",
    "ReportingAssessment",
    "ReportingRules",
    "ReportingStatus",
    "Trigger",
    "assess_reporting",
    "day_text",
    "deadlines",
    "load_reporting_rules",
    "parse_reporting_rules",
]


class ReportingStatus(StrEnum):
    """What the facts so far say about the duty to report."""

    REQUIRED = "required"
    """A trigger fired and personal data is involved."""
    REQUIRED_IF_PERSONAL_DATA = "required_if_personal_data"
    """A trigger fired; whether personal data is involved is not known yet."""
    NOT_YET_INDICATED = "not_yet_indicated"
    """No trigger fired on the facts as stated; `conditions` says what would make one fire."""


@dataclass(frozen=True)
class FiredTrigger:
    """A trigger that fired, with the reason in Japanese."""

    trigger: Trigger
    reason: str


@dataclass(frozen=True)
class Deadlines:
    """The reporting deadlines, the day the company learned of the leak counted as day 1.

    Attributes:
        discovered_on: The day the company learned of it (知った日), day 1.
        preliminary_from: 速報 window, first day: day 3 (知った日 + 2).
        preliminary_by: 速報 window, last day: day 5 (知った日 + 4).
        final_by: 確報 deadline: day 30 (知った日 + 29), or day 60 for 第3号.
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
        applies: False when no personal data is involved at all (a copyright claim):
            then no reporting section is shown.
        status: Required, required if personal data is involved, or not yet indicated.
        fired: The triggers that fired, with their reasons.
        summary: One-paragraph verdict; never says a report is unnecessary.
        conditions: When not REQUIRED, the facts that would make a report necessary.
        duties: 速報, 確報 and the notice to the persons, with dates when known.
        exemptions: "May be exempt — confirm" notes the facts call for.
        notices: Further advice for this case (the longer deadline that may apply,
            vendor leaks).
        how: How and where to report, and the lawyer: the same for every case, so the
            card can point to them instead of repeating them.
        deadlines: The dates, when the discovery date is known.
        needs_discovery_date: The date should be asked to give deadlines as dates.
        question: The question to ask for it (who counts as knowing), when needed.
    """

    applies: bool
    status: ReportingStatus
    fired: tuple[FiredTrigger, ...]
    summary: str
    conditions: tuple[str, ...]
    duties: tuple[str, ...]
    exemptions: tuple[str, ...]
    notices: tuple[str, ...]
    how: tuple[str, ...]
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
    *,
    messages: Sequence[str] = (),
    stolen: bool = False,
    theft_doubted: bool = False,
) -> ReportingAssessment:
    """Say whether the leak must be reported, by when, and to whom.

    Triggers (施行規則第7条): SENSITIVE and FINANCIAL from `data_kinds`;
    WRONGFUL_PURPOSE from the incident type (malware, unauthorized_access by default),
    `unauthorized_access` = found, the amendment's words in `messages` (web
    skimming: data typed into a tampered or fake form), or a theft said of a loss
    (`stolen`, for lost_or_stolen by default; a theft only suspected stays a
    condition); MANY_PERSONS when
    `facts.individuals` exceeds the threshold (1,000 does not fire, 1,001 does).

    Personal data counts as involved when `data_kinds` is not empty, `facts.individuals`
    > 0 or the amendment's words were said, whatever `personal_data_involved` says;
    otherwise `personal_data_involved` decides (None: not known yet). An incident type
    that involves no personal data by itself (a copyright claim) with none of these has
    `applies` False.

    Deadlines (when `discovered_on` is known) count the day of knowing as day 1
    ([interpretation], never later than any reading): 速報 from day 3 to day 5, 確報 by
    day 30, or day 60 when WRONGFUL_PURPOSE fired. A last day on a holiday is not moved.

    Args:
        facts: What is known about the incident.
        data_kinds: Kinds of data the messages said were involved.
        discovered_on: The day the company learned of it, if known.
        personal_data_involved: Whether personal data is involved, if known.
        rules: The rules to apply; the shipped file by default.
        messages: The conversation's messages, for the amendment's and the
            exemptions' words.
        stolen: The conversation says the thing was stolen, not lost
            (`nlu.FactState.stolen`).
        theft_doubted: The conversation only says it may have been stolen
            (`nlu.FactState.theft_doubted`): the theft condition says so in those terms.
    """
    r = rules or load_reporting_rules()
    acquiring = r.acquiring.said_in(messages)
    theft = stolen and facts.incident_type in r.theft_types
    fired = _fired(facts, data_kinds, acquiring, theft, r)
    said_personal = bool(data_kinds) or (facts.individuals or 0) > 0 or acquiring
    personal = True if said_personal else personal_data_involved
    applies = said_personal or facts.incident_type not in r.no_personal_data_types
    if fired and personal is True:
        status = ReportingStatus.REQUIRED
    elif fired and personal is None:
        status = ReportingStatus.REQUIRED_IF_PERSONAL_DATA
    else:
        status = ReportingStatus.NOT_YET_INDICATED
    wrongful = any(f.trigger is Trigger.WRONGFUL_PURPOSE for f in fired)
    dates = None if discovered_on is None else deadlines(discovered_on, wrongful, r)
    indicated = status is not ReportingStatus.NOT_YET_INDICATED
    needs_date = discovered_on is None and indicated
    return ReportingAssessment(
        applies=applies,
        status=status,
        fired=tuple(fired),
        summary=r.texts[status.value],
        conditions=_conditions(facts, fired, personal, status, r, theft_doubted),
        duties=_duties(dates, wrongful, r) if indicated else (),
        exemptions=_exemptions(facts, messages, r) if indicated else (),
        notices=_notices(facts, wrongful, r) if indicated else (),
        how=(r.texts["how_to_report"], r.texts["sector"], r.texts["lawyer"]) if indicated else (),
        deadlines=dates,
        needs_discovery_date=needs_date,
        question=r.texts["ask_discovery_date"] if needs_date else None,
    )


def final_days(wrongful_purpose: bool, rules: ReportingRules | None = None) -> int:
    """Days to the 確報 (規則8条2項): 30, or 60 for a wrongful purpose (第3号)."""
    r = rules or load_reporting_rules()
    return r.final_days_wrongful_purpose if wrongful_purpose else r.final_days


def deadlines(
    discovered_on: date, wrongful_purpose: bool, rules: ReportingRules | None = None
) -> Deadlines:
    """The 速報 window and the 確報 date, the day of knowing counted as day 1.

    確報 is day 30 (知った日 + 29 days), or day 60 with a wrongful purpose; the 速報
    window runs from day 3 to day 5. With `day_of_knowing` = 0 in the file, the day of
    knowing would be day 0 instead (初日不算入), one day later each.
    """
    r = rules or load_reporting_rules()
    days = final_days(wrongful_purpose, r)

    def day(n: int) -> date:
        return discovered_on + timedelta(days=n - r.day_of_knowing)

    return Deadlines(
        discovered_on=discovered_on,
        preliminary_from=day(r.preliminary_from_day),
        preliminary_by=day(r.preliminary_by_day),
        final_by=day(days),
        final_days=days,
    )


def _fired(
    facts: Facts, kinds: frozenset[DataKind], acquiring: bool, theft: bool, r: ReportingRules
) -> list[FiredTrigger]:
    count = facts.individuals
    hits = {
        Trigger.SENSITIVE: DataKind.SENSITIVE in kinds,
        Trigger.FINANCIAL: DataKind.FINANCIAL in kinds,
        Trigger.WRONGFUL_PURPOSE: acquiring
        or theft
        or facts.incident_type in r.wrongful_types
        or (r.access_found_fires and facts.unauthorized_access is Access.FOUND),
        Trigger.MANY_PERSONS: count is not None and count > r.threshold,
    }
    reasons = dict(r.reasons)
    if theft:
        reasons[Trigger.WRONGFUL_PURPOSE] = r.theft_reason
    if acquiring:
        reasons[Trigger.WRONGFUL_PURPOSE] = r.acquiring_reason
    return [
        FiredTrigger(t, reasons[t].format(threshold=r.threshold, count=count or 0))
        for t, hit in hits.items()
        if hit
    ]


def _wrongful_may_follow(facts: Facts, r: ReportingRules, theft_doubted: bool = False) -> list[str]:
    # Asked only when 第3号 did not fire: a loss not said to be a theft (a theft said
    # fires it), or a suspicion not found to be an intrusion. Say what would settle it
    # instead of guessing; a theft the user supposed is answered as such (spec example 2:
    # "if theft is suspected, trigger 3 may apply — the bot says so").
    if facts.incident_type is IncidentType.LOST_OR_STOLEN:
        return [r.texts["theft_doubted_condition" if theft_doubted else "theft_condition"]]
    if facts.incident_type is IncidentType.SUSPECTED:
        return [r.texts["suspected_condition"]]
    return []


def _conditions(
    facts: Facts,
    fired: list[FiredTrigger],
    personal: bool | None,
    status: ReportingStatus,
    r: ReportingRules,
    theft_doubted: bool = False,
) -> tuple[str, ...]:
    if status is not ReportingStatus.NOT_YET_INDICATED:
        return ()
    if fired:
        # A trigger fired but personal data was said not to be involved.
        return (r.texts["personal_data_condition"],)
    conditions = [r.conditions[Trigger.SENSITIVE], r.conditions[Trigger.FINANCIAL]]
    wrongful = _wrongful_may_follow(facts, r, theft_doubted) or [
        r.conditions[Trigger.WRONGFUL_PURPOSE]
    ]
    # What the user supposed comes first: it is the condition most likely to hold.
    doubted = theft_doubted and facts.incident_type is IncidentType.LOST_OR_STOLEN
    conditions = [*wrongful, *conditions] if doubted else [*conditions, *wrongful]
    conditions.append(r.conditions[Trigger.MANY_PERSONS].format(threshold=r.threshold))
    if facts.individuals is None:
        conditions.append(r.texts["count_unknown_condition"].format(threshold=r.threshold))
    if personal is False:
        conditions.append(r.texts["personal_data_condition"])
    return tuple(conditions)


def _duties(dates: Deadlines | None, wrongful: bool, r: ReportingRules) -> tuple[str, ...]:
    t = r.texts
    window = {"first": r.preliminary_from_day, "last": r.preliminary_by_day}
    if dates is None:
        days = final_days(wrongful, r)
        return (
            t["preliminary_rule"].format(**window),
            t["final_rule"].format(days=days),
            t["notify_persons"],
        )
    start, end = dates.preliminary_from, dates.preliminary_by
    year = dates.discovered_on.year
    return (
        t["preliminary_dated"].format(
            start=day_text(start, year, r), end=day_text(end, year, r), **window
        ),
        t["final_dated"].format(end=day_text(dates.final_by, year, r), days=dates.final_days),
        t["who_knows"],
        t["notify_persons"],
    )


def _exemptions(facts: Facts, messages: Sequence[str], r: ReportingRules) -> tuple[str, ...]:
    return tuple(
        text
        for exemption in Exemption
        for cue, text in [r.exemptions[exemption]]
        if cue.applies(facts.incident_type, messages)
    )


def _notices(facts: Facts, wrongful: bool, r: ReportingRules) -> tuple[str, ...]:
    t = r.texts
    notices = []
    # A contractor's leak is often an attack on its own systems (第3号 whoever's system
    # was hit), which no fact of ours records: say that 60 days may apply, as for a loss.
    may_follow = _wrongful_may_follow(facts, r) or facts.incident_type is IncidentType.VENDOR_LEAK
    if not wrongful and may_follow:
        # 30 days is shown while 60 might apply: the earlier date is the safe one.
        notices.append(
            t["final_days_note"].format(
                days=r.final_days, wrongful_days=r.final_days_wrongful_purpose
            )
        )
    if facts.incident_type is IncidentType.VENDOR_LEAK:
        notices.append(t["vendor_leak"])
    return tuple(notices)


def day_text(day: date, year: int, rules: ReportingRules | None = None) -> str:
    """「12月4日」, or 「2027年1月28日」 once the date is in another year than the start."""
    r = rules or load_reporting_rules()
    if day.year != year:
        return r.texts["date_with_year"].format(year=day.year, month=day.month, day=day.day)
    return r.texts["date"].format(month=day.month, day=day.day)
