"""The reminders a conversation calls for: before the 速報 window closes, a few days and
one day before the 確報 deadline, and once when money was spent with the insurer's consent
unknown. Pure: the same state and clock give the same plan; the fronts schedule it.

The times are `config/reminders.toml`'s, in Japan time; a reminder already past or beyond
Slack's 120 days is left out, so the plan is what Slack will accept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from typing import Annotated

import config
from bot.advice.contacts import TOKYO
from bot.advice.reporting import Deadlines, ReportingAssessment, ReportingStatus, day_text
from bot.claim.items import ClaimItem
from bot.claim.texts import claim_texts
from config import Schema
from config.types import NonEmptyWords, one_of, templates
from coverage import EXPENSE_KEYS, Facts
from nlu import normalize

FILE = "reminders.toml"


class ReminderKind(StrEnum):
    """What a reminder is about."""

    PRELIMINARY = "preliminary"  # the 速報 window is closing
    FINAL = "final"  # the 確報 deadline is near
    CONSENT = "consent"  # money spent, the insurer's consent unknown


@dataclass(frozen=True)
class Reminder:
    """One reminder to post in the thread.

    Attributes:
        kind: What it is about.
        post_at: When, an aware datetime (Slack takes it as a Unix timestamp).
        what: What the card's list calls it.
        text: The message itself.
        name: Stable within a plan (「final:3」), to tell a kept reminder from a new one.
    """

    kind: ReminderKind
    post_at: datetime
    what: str
    text: str
    name: str


class ReminderTexts(Schema):
    hour: int
    minute: int
    preliminary_days_before: int
    final_days_before: list[int]
    consent_after_hours: int
    max_days_ahead: int
    report_items: list[Annotated[ClaimItem, one_of(ClaimItem)]]
    no_report_words: NonEmptyWords
    texts: Annotated[
        Mapping[str, str],
        templates(
            {
                "heading": (),
                "line": ("month", "day", "hour", "minute", "what"),
                "what_preliminary": ("end",),
                "what_final": ("end", "days"),
                "what_consent": (),
                "scheduled": (),
                "console": (),
                "preliminary": ("end",),
                "final": ("end", "days"),
                "missing": ("items",),
                "complete": (),
                "consent": (),
                "separator": (),
            }
        ),
    ]


@cache
def reminder_texts() -> ReminderTexts:
    """Load `config/reminders.toml` once, checking every key and placeholder."""
    return config.load(FILE, ReminderTexts)


@dataclass(frozen=True)
class Situation:
    """What the plan depends on beyond the reporting duty.

    Attributes:
        missing: The claim file's missing items (`bot.claim.asking.missing`).
        consent_due: When the consent reminder is due, once money was spent without it.
        reported_preliminary: A 速報 to 個人情報保護委員会 was made.
        reported_final: A 確報 to 個人情報保護委員会 was made.
        no_report: A report was decided against.
    """

    missing: tuple[ClaimItem, ...] = ()
    consent_due: datetime | None = None
    reported_preliminary: bool = False
    reported_final: bool = False
    no_report: bool = False


def decided_no_report(text: str) -> bool:
    """Whether a message says a report to 個人情報保護委員会 was decided against."""
    said = normalize(text)
    return any(normalize(word) in said for word in reminder_texts().no_report_words)


def consent_due(facts: Facts, now: datetime) -> datetime | None:
    """When the consent reminder falls due if money was spent with consent unknown now."""
    spent = any(key in facts.costs for key in EXPENSE_KEYS)
    if not spent or facts.consent is not None:
        return None
    return now + timedelta(hours=reminder_texts().consent_after_hours)


def plan(
    facts: Facts, reporting: ReportingAssessment, situation: Situation, now: datetime
) -> tuple[Reminder, ...]:
    """The reminders to have scheduled now, soonest first."""
    r = reminder_texts()
    out: list[Reminder] = []
    dates = reporting.deadlines
    wanted = not (situation.no_report or situation.reported_final)
    if reporting.status is ReportingStatus.REQUIRED and dates is not None and wanted:
        out += _report_reminders(dates, situation)
    if situation.consent_due is not None and facts.consent is None:
        out.append(
            Reminder(
                ReminderKind.CONSENT,
                situation.consent_due,
                r.texts["what_consent"],
                r.texts["consent"],
                ReminderKind.CONSENT.value,
            )
        )
    horizon = now + timedelta(days=r.max_days_ahead)
    return tuple(sorted((x for x in out if now < x.post_at <= horizon), key=_when))


def _report_reminders(dates: Deadlines, situation: Situation) -> list[Reminder]:
    r = reminder_texts()
    known, preliminary_by, final_by = dates.discovered_on, dates.preliminary_by, dates.final_by
    t = r.texts
    missing = _missing(situation.missing)
    out = []
    if not situation.reported_preliminary:
        end = day_text(preliminary_by, known.year)
        out.append(
            Reminder(
                ReminderKind.PRELIMINARY,
                _at(preliminary_by - timedelta(days=r.preliminary_days_before)),
                t["what_preliminary"].format(end=end),
                "\n".join([t["preliminary"].format(end=end), missing]),
                ReminderKind.PRELIMINARY.value,
            )
        )
    for days in r.final_days_before:
        end = day_text(final_by, known.year)
        out.append(
            Reminder(
                ReminderKind.FINAL,
                _at(final_by - timedelta(days=days)),
                t["what_final"].format(end=end, days=days),
                "\n".join([t["final"].format(end=end, days=days), missing]),
                f"{ReminderKind.FINAL.value}:{days}",
            )
        )
    return out


def _missing(items: tuple[ClaimItem, ...]) -> str:
    """What the report still lacks, named as the claim file names its items."""
    t = reminder_texts()
    wanted = [item for item in items if item in t.report_items]
    if not wanted:
        return t.texts["complete"]
    labels = t.texts["separator"].join(claim_texts().items[item.value].label for item in wanted)
    return t.texts["missing"].format(items=labels)


def _at(day: date) -> datetime:
    r = reminder_texts()
    return datetime.combine(day, time(r.hour, r.minute), tzinfo=TOKYO)


def _when(reminder: Reminder) -> datetime:
    return reminder.post_at
