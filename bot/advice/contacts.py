"""Whom to call: the insurer's lines, the specialist vendors, and whether the desk is open."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

import jpholiday

import config
from bot.advice.contacts_file import (
    ContactsFile,
    PhoneLine,
    PublicDesk,
    Vendor,
    VendorNotes,
    Weekday,
    tel_uri,
)

__all__ = [
    "FILE",
    "TOKYO",
    "ClosedReason",
    "Contacts",
    "DeskHours",
    "DeskStatus",
    "PhoneLine",
    "PublicDesk",
    "Vendor",
    "VendorNotes",
    "Weekday",
    "desk_status",
    "load_contacts",
    "parse_contacts",
    "tel_uri",
]

FILE = "contacts.toml"
TOKYO = ZoneInfo("Asia/Tokyo")


def jst_fields(moment: datetime) -> dict[str, int]:
    """The {year} {month} {day} {hour} {minute} of a moment in Japan time, for a text's
    placeholders."""
    local = moment.astimezone(TOKYO)
    return {
        "year": local.year,
        "month": local.month,
        "day": local.day,
        "hour": local.hour,
        "minute": local.minute,
    }


# The desk can never be closed for longer than this; it bounds the search for
# the next opening should the holiday calendar ever be odd.
_MAX_CLOSED_DAYS = 31


class ClosedReason(StrEnum):
    """Why the customer desk is not answering."""

    WEEKDAY = "weekday"
    HOLIDAY = "holiday"
    OUTSIDE_HOURS = "outside_hours"


@dataclass(frozen=True)
class DeskHours:
    """When the customer desk answers: `opens` ≤ time < `closes` on open days (JST)."""

    opens: time
    closes: time
    closed_weekdays: frozenset[Weekday]
    closed_on_public_holidays: bool


@dataclass(frozen=True)
class Contacts:
    """Everything `config/contacts.toml` holds."""

    insurer: str
    website: str
    accident_line: PhoneLine
    customer_desk: PhoneLine
    desk_hours: DeskHours
    vendors: tuple[Vendor, ...]
    vendor_notes: VendorNotes
    public_desks: tuple[PublicDesk, ...]
    desk_texts: Mapping[str, str]
    weekday_names: tuple[str, ...]


@dataclass(frozen=True)
class DeskStatus:
    """Whether お客さま相談窓口 answers at a given moment, and what to do if not.

    Attributes:
        now: The moment asked about, in JST.
        is_open: True while the desk answers.
        reason: Why it is closed; None when open.
        holiday: The holiday's name (jpholiday's, e.g. 「憲法記念日 振替休日」) when
            `reason` is HOLIDAY.
        closes_at: When an open desk closes today; None when closed.
        next_open: When a closed desk next opens; None when open.
        fallback: The 24-hour accident line to call instead; None when open.
        message: The status in polite Japanese, pointing to `fallback` when closed.
    """

    now: datetime
    is_open: bool
    reason: ClosedReason | None
    holiday: str | None
    closes_at: datetime | None
    next_open: datetime | None
    fallback: PhoneLine | None
    message: str


@cache
def load_contacts() -> Contacts:
    """Load `config/contacts.toml` once per process.

    Raises:
        ConfigError: The file is missing or has an unknown, missing or mistyped key.
    """
    return parse_contacts(config.read(FILE))


def parse_contacts(data: Mapping[str, Any]) -> Contacts:
    """Build `Contacts` from the parsed TOML, checking every key.

    Raises:
        ConfigError: An unknown, missing or mistyped key, or an invalid value.
    """
    file = config.validate(data, ContactsFile, FILE)
    insurer, desk, texts = file.insurer, file.insurer.customer_desk, file.desk_texts
    return Contacts(
        insurer=insurer.company,
        website=insurer.website,
        accident_line=insurer.accident_line,
        customer_desk=PhoneLine(
            name=desk.name, phone=desk.phone, hours=desk.hours, source=desk.source
        ),
        desk_hours=DeskHours(
            desk.opens, desk.closes, desk.closed_weekdays, desk.closed_on_public_holidays
        ),
        vendors=tuple(file.vendors),
        vendor_notes=file.vendor_notes,
        public_desks=tuple(file.public_desks),
        desk_texts=MappingProxyType(texts.model_dump(exclude={"weekday_names"})),
        weekday_names=tuple(texts.weekday_names),
    )


def desk_status(now: datetime, contacts: Contacts | None = None) -> DeskStatus:
    """Say whether the customer desk answers at `now`, and when it next opens.

    The desk answers from `opens` (inclusive) to `closes` (exclusive) in JST, on
    days that are neither a closed weekday nor, when configured, a Japanese
    public holiday (substitute holidays included). No year-end closure is
    assumed: the pamphlet names none.

    Args:
        now: A timezone-aware moment; it is converted to Asia/Tokyo.
        contacts: The contacts to use; the shipped file by default.

    Returns:
        The status; when closed it names the reason, the next opening and the
        24-hour accident line.

    Raises:
        ValueError: `now` is naive.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    c = contacts or load_contacts()
    local = now.astimezone(TOKYO)
    holiday = _holiday(local.date(), c.desk_hours)
    reason = _closed_reason(local, c.desk_hours, holiday)
    if reason is None:
        return _open_status(c, local)
    return _closed_status(c, local, reason, holiday)


def _open_status(c: Contacts, local: datetime) -> DeskStatus:
    closes, desk = c.desk_hours.closes, c.customer_desk
    return DeskStatus(
        now=local,
        is_open=True,
        reason=None,
        holiday=None,
        closes_at=datetime.combine(local.date(), closes, TOKYO),
        next_open=None,
        fallback=None,
        message=c.desk_texts["open"].format(
            name=desk.name, phone=desk.phone, closes=_time(c, closes)
        ),
    )


def _closed_status(
    c: Contacts, local: datetime, reason: ClosedReason, holiday: str | None
) -> DeskStatus:
    before_opening = reason is ClosedReason.OUTSIDE_HOURS
    next_open = _next_open(local, c.desk_hours, before_opening=before_opening)
    return DeskStatus(
        now=local,
        is_open=False,
        reason=reason,
        holiday=holiday if reason is ClosedReason.HOLIDAY else None,
        closes_at=None,
        next_open=next_open,
        fallback=c.accident_line,
        message=_closed_message(c, _reason_text(c, reason, local.date(), holiday), next_open),
    )


def _closed_message(c: Contacts, reason: str, next_open: datetime) -> str:
    texts, line = c.desk_texts, c.accident_line
    when = texts["next_open"].format(
        month=next_open.month,
        day=next_open.day,
        weekday=c.weekday_names[next_open.weekday()],
        time=_time(c, next_open.time()),
    )
    closed = texts["closed"].format(name=c.customer_desk.name, reason=reason, next_open=when)
    return closed + texts["fallback"].format(
        accident_name=line.name, accident_phone=line.phone, accident_hours=line.hours
    )


def _closed_reason(local: datetime, hours: DeskHours, holiday: str | None) -> ClosedReason | None:
    reason = _day_closed(local.date(), hours, holiday)
    if reason is None and not hours.opens <= local.time() < hours.closes:
        return ClosedReason.OUTSIDE_HOURS
    return reason


def _holiday(day: date, hours: DeskHours) -> str | None:
    if not hours.closed_on_public_holidays:
        return None
    name: str | None = jpholiday.is_holiday_name(day)
    return name


def _day_closed(day: date, hours: DeskHours, holiday: str | None) -> ClosedReason | None:
    if Weekday(day.weekday()) in hours.closed_weekdays:
        return ClosedReason.WEEKDAY
    if holiday is not None:
        return ClosedReason.HOLIDAY
    return None


def _next_open(local: datetime, hours: DeskHours, *, before_opening: bool) -> datetime:
    day = local.date()
    # Closed for the hours only: before opening it opens later today.
    if not (before_opening and local.time() < hours.opens):
        day += timedelta(days=1)
    for _ in range(_MAX_CLOSED_DAYS):
        if _day_closed(day, hours, _holiday(day, hours)) is None:
            return datetime.combine(day, hours.opens, TOKYO)
        day += timedelta(days=1)
    raise ValueError(f"the desk stays closed for more than {_MAX_CLOSED_DAYS} days")


def _reason_text(c: Contacts, reason: ClosedReason, day: date, holiday: str | None) -> str:
    match reason:
        case ClosedReason.WEEKDAY:
            return c.desk_texts["reason_weekday"].format(weekday=c.weekday_names[day.weekday()])
        case ClosedReason.HOLIDAY:
            return c.desk_texts["reason_holiday"].format(holiday=holiday)
        case ClosedReason.OUTSIDE_HOURS:
            hours = c.desk_hours
            return c.desk_texts["reason_hours"].format(
                opens=_time(c, hours.opens), closes=_time(c, hours.closes)
            )


def _time(c: Contacts, t: time) -> str:
    return c.desk_texts["time"].format(hour=t.hour, minute=t.minute)
