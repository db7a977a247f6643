"""Whom to call: the insurer's lines, the specialist vendors, and whether the desk is open."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum, StrEnum
from functools import cache
from types import MappingProxyType
from typing import Annotated, Any
from zoneinfo import ZoneInfo

import jpholiday
from pydantic import AfterValidator, BeforeValidator, Field, ValidationInfo, field_validator

import config
from bot.config_types import Text, placeholders
from config import Schema

FILE = "contacts.toml"
TOKYO = ZoneInfo("Asia/Tokyo")

_PHONE = re.compile(r"\+?\d[\d-]*\d")
# The desk can never be closed for longer than this; it bounds the search for
# the next opening should the holiday calendar ever be odd.
_MAX_CLOSED_DAYS = 31


class Weekday(Enum):
    """Days of the week as `datetime.weekday()` numbers them."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


class ClosedReason(StrEnum):
    """Why the customer desk is not answering."""

    WEEKDAY = "weekday"
    HOLIDAY = "holiday"
    OUTSIDE_HOURS = "outside_hours"


def _phone(value: str) -> str:
    try:
        tel_uri(value)
    except ValueError:
        raise ValueError(f"is not a phone number: {value!r}") from None
    return value


def _https(value: str) -> str:
    if not value.startswith("https://"):
        raise ValueError("must be an https:// URL")
    return value


Phone = Annotated[Text, AfterValidator(_phone)]
"""A phone number as printed: digits and hyphens, with an optional leading "+"."""


class PhoneLine(Schema):
    """One of the insurer's phone lines."""

    name: Text
    phone: Phone
    hours: Text

    @property
    def tel(self) -> str:
        """The `tel:` URI of `phone`."""
        return tel_uri(self.phone)


@dataclass(frozen=True)
class DeskHours:
    """When the customer desk answers: `opens` ≤ time < `closes` on open days (JST)."""

    opens: time
    closes: time
    closed_weekdays: frozenset[Weekday]
    closed_on_public_holidays: bool


class Vendor(Schema):
    """A specialist vendor from 「サイバー緊急連絡先（専門事業者のご紹介）」."""

    company: Text
    service: Text
    phone: Phone
    url: Annotated[Text, AfterValidator(_https)]

    @property
    def tel(self) -> str:
        """The `tel:` URI of `phone`."""
        return tel_uri(self.phone)


class VendorNotes(Schema):
    """The pamphlet's notes on the vendors (paid under the customer's own contract, ※1)."""

    intro: Text
    paid_service: Text
    free_choice: Text
    availability: Text


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


def tel_uri(phone: str) -> str:
    """Return the `tel:` URI of a phone number as printed ("0120-25-7474" → "tel:0120257474").

    Raises:
        ValueError: `phone` is not digits and hyphens (with an optional leading "+").
    """
    if not _PHONE.fullmatch(phone):
        raise ValueError(f"not a phone number: {phone!r}")
    return "tel:" + phone.replace("-", "")


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
    file = config.validate(data, _ContactsFile, FILE)
    insurer, desk, texts = file.insurer, file.insurer.customer_desk, file.desk_texts
    return Contacts(
        insurer=insurer.company,
        website=insurer.website,
        accident_line=insurer.accident_line,
        customer_desk=PhoneLine(name=desk.name, phone=desk.phone, hours=desk.hours),
        desk_hours=DeskHours(
            desk.opens, desk.closes, desk.closed_weekdays, desk.closed_on_public_holidays
        ),
        vendors=tuple(file.vendors),
        vendor_notes=file.vendor_notes,
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


# --- strict reading of the file ----------------------------------------------


def _local_time(value: object) -> object:
    if not isinstance(value, time) or value.tzinfo is not None:
        raise ValueError("must be a local time such as 09:00:00")
    return value


def _weekdays(value: object) -> frozenset[Weekday]:
    if not isinstance(value, list) or not all(isinstance(day, str) for day in value):
        raise ValueError("must be a list of weekday names")
    try:
        return frozenset(Weekday[day.upper()] for day in value)
    except KeyError as exc:
        raise ValueError(f"unknown weekday {exc}") from None


def _monday_first(names: list[str]) -> list[str]:
    if len(names) != len(Weekday):
        raise ValueError("must be 7 strings, Monday first")
    return names


LocalTime = Annotated[time, BeforeValidator(_local_time)]


class _CustomerDesk(PhoneLine):
    """The desk's line and the hours it answers."""

    opens: LocalTime
    closes: LocalTime
    closed_weekdays: Annotated[frozenset[Weekday], BeforeValidator(_weekdays)]
    closed_on_public_holidays: bool

    @field_validator("closes")
    @classmethod
    def _after_opening(cls, closes: time, info: ValidationInfo) -> time:
        opens = info.data.get("opens")
        if opens is not None and not opens < closes:
            raise ValueError("must be later than opens")
        return closes

    @field_validator("closed_weekdays")
    @classmethod
    def _opens_some_day(cls, days: frozenset[Weekday]) -> frozenset[Weekday]:
        if len(days) == len(Weekday):
            raise ValueError("the desk must open on some day")
        return days


class _Insurer(Schema):
    company: Text
    website: Text
    accident_line: PhoneLine
    customer_desk: _CustomerDesk


class _DeskTexts(Schema):
    """The texts of `desk_status`, each with the placeholders it fills in."""

    open: Annotated[Text, placeholders("name", "phone", "closes")]
    closed: Annotated[Text, placeholders("name", "reason", "next_open")]
    fallback: Annotated[Text, placeholders("accident_name", "accident_phone", "accident_hours")]
    reason_weekday: Annotated[Text, placeholders("weekday")]
    reason_holiday: Annotated[Text, placeholders("holiday")]
    reason_hours: Annotated[Text, placeholders("opens", "closes")]
    next_open: Annotated[Text, placeholders("month", "day", "weekday", "time")]
    time: Annotated[Text, placeholders("hour", "minute")]
    weekday_names: Annotated[list[Text], AfterValidator(_monday_first)]


class _ContactsFile(Schema):
    insurer: _Insurer
    vendor_notes: VendorNotes
    vendors: Annotated[list[Vendor], Field(min_length=1)]
    desk_texts: _DeskTexts
