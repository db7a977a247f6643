"""Whom to call: the insurer's lines, the specialist vendors, and whether the desk is open."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum, StrEnum
from functools import cache
from typing import Any, TypeGuard
from zoneinfo import ZoneInfo

import jpholiday

from bot.config_files import (
    CONFIG_DIR,
    read_toml,
    require_keys,
    require_table,
    string_table,
    template_table,
)
from bot.errors import ConfigError

FILE = "contacts.toml"
# Errors name the full path, as `bot.config_files` does.
_WHERE = str(CONFIG_DIR / FILE)
TOKYO = ZoneInfo("Asia/Tokyo")

_PHONE = re.compile(r"\+?\d[\d-]*\d")
_LINE_KEYS = frozenset({"name", "phone", "hours"})
_DESK_KEYS = _LINE_KEYS | {"opens", "closes", "closed_weekdays", "closed_on_public_holidays"}
_VENDOR_KEYS = frozenset({"company", "service", "phone", "url"})
_NOTE_KEYS = frozenset({"intro", "paid_service", "free_choice", "availability"})
# Each desk text with the placeholders it may use; a typo in one is caught at load.
_TEXT_FIELDS: Mapping[str, frozenset[str]] = {
    "open": frozenset({"name", "phone", "closes"}),
    "closed": frozenset({"name", "reason", "next_open"}),
    "fallback": frozenset({"accident_name", "accident_phone", "accident_hours"}),
    "reason_weekday": frozenset({"weekday"}),
    "reason_holiday": frozenset({"holiday"}),
    "reason_hours": frozenset({"opens", "closes"}),
    "next_open": frozenset({"month", "day", "weekday", "time"}),
    "time": frozenset({"hour", "minute"}),
}
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


@dataclass(frozen=True)
class PhoneLine:
    """One of the insurer's phone lines."""

    name: str
    phone: str
    hours: str

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


@dataclass(frozen=True)
class Vendor:
    """A specialist vendor from 「サイバー緊急連絡先（専門事業者のご紹介）」."""

    company: str
    service: str
    phone: str
    url: str

    @property
    def tel(self) -> str:
        """The `tel:` URI of `phone`."""
        return tel_uri(self.phone)


@dataclass(frozen=True)
class VendorNotes:
    """The pamphlet's notes on the vendors (paid under the customer's own contract, ※1)."""

    intro: str
    paid_service: str
    free_choice: str
    availability: str


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
    return parse_contacts(read_toml(FILE))


def parse_contacts(data: Mapping[str, Any]) -> Contacts:
    """Build `Contacts` from the parsed TOML, checking every key.

    Raises:
        ConfigError: An unknown, missing or mistyped key, or an invalid value.
    """
    require_keys(FILE, data, "", {"insurer", "vendor_notes", "vendors", "desk_texts"})
    insurer = require_table(FILE, data.get("insurer"), "insurer")
    require_keys(FILE, insurer, "insurer", {"company", "website", "accident_line", "customer_desk"})
    desk = require_table(FILE, insurer.get("customer_desk"), "insurer.customer_desk")
    require_keys(FILE, desk, "insurer.customer_desk", _DESK_KEYS)
    vendors = data.get("vendors")
    if not isinstance(vendors, list) or not vendors:
        raise ConfigError(_WHERE, "vendors", "must be a non-empty array of tables")
    texts = require_table(FILE, data.get("desk_texts"), "desk_texts")
    names = texts.get("weekday_names")
    if not _str_list(names) or len(names) != len(Weekday):
        raise ConfigError(_WHERE, "desk_texts.weekday_names", "must be 7 strings, Monday first")
    templates = {k: v for k, v in texts.items() if k != "weekday_names"}
    return Contacts(
        insurer=_string(insurer, "insurer", "company"),
        website=_string(insurer, "insurer", "website"),
        accident_line=_line(
            string_table(FILE, "insurer.accident_line", insurer.get("accident_line"), _LINE_KEYS),
            "insurer.accident_line",
        ),
        customer_desk=_line(
            string_table(
                FILE, "insurer.customer_desk", {k: desk[k] for k in _LINE_KEYS}, _LINE_KEYS
            ),
            "insurer.customer_desk",
        ),
        desk_hours=_desk_hours(desk),
        vendors=tuple(_vendor(v, f"vendors[{i}]") for i, v in enumerate(vendors)),
        vendor_notes=VendorNotes(
            **string_table(FILE, "vendor_notes", data.get("vendor_notes"), _NOTE_KEYS)
        ),
        desk_texts=template_table(FILE, "desk_texts", templates, _TEXT_FIELDS),
        weekday_names=tuple(names),
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
    hours = c.desk_hours
    local = now.astimezone(TOKYO)
    today = local.date()
    holiday = _holiday(today, hours)
    reason = _day_closed(today, hours, holiday)
    if reason is None and not hours.opens <= local.time() < hours.closes:
        reason = ClosedReason.OUTSIDE_HOURS
    texts = c.desk_texts
    if reason is None:
        closes_at = datetime.combine(today, hours.closes, TOKYO)
        message = texts["open"].format(
            name=c.customer_desk.name, phone=c.customer_desk.phone, closes=_time(c, hours.closes)
        )
        return DeskStatus(
            now=local,
            is_open=True,
            reason=None,
            holiday=None,
            closes_at=closes_at,
            next_open=None,
            fallback=None,
            message=message,
        )
    next_open = _next_open(local, hours, before_opening=reason is ClosedReason.OUTSIDE_HOURS)
    message = texts["closed"].format(
        name=c.customer_desk.name,
        reason=_reason_text(c, reason, today, holiday),
        next_open=texts["next_open"].format(
            month=next_open.month,
            day=next_open.day,
            weekday=c.weekday_names[next_open.weekday()],
            time=_time(c, next_open.time()),
        ),
    ) + texts["fallback"].format(
        accident_name=c.accident_line.name,
        accident_phone=c.accident_line.phone,
        accident_hours=c.accident_line.hours,
    )
    return DeskStatus(
        now=local,
        is_open=False,
        reason=reason,
        holiday=holiday if reason is ClosedReason.HOLIDAY else None,
        closes_at=None,
        next_open=next_open,
        fallback=c.accident_line,
        message=message,
    )


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


def _string(table: Mapping[str, Any], key: str, name: str) -> str:
    value = table.get(name)
    if not isinstance(value, str) or not value:
        raise ConfigError(_WHERE, f"{key}.{name}", "must be a non-empty string")
    return value


def _str_list(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(v, str) and v for v in value)


def _phone(value: str, key: str) -> str:
    try:
        tel_uri(value)
    except ValueError:
        raise ConfigError(_WHERE, key, f"is not a phone number: {value!r}") from None
    return value


def _line(strings: Mapping[str, str], key: str) -> PhoneLine:
    line = PhoneLine(**strings)
    _phone(line.phone, f"{key}.phone")
    return line


def _vendor(value: object, key: str) -> Vendor:
    vendor = Vendor(**string_table(FILE, key, value, _VENDOR_KEYS))
    _phone(vendor.phone, f"{key}.phone")
    if not vendor.url.startswith("https://"):
        raise ConfigError(_WHERE, f"{key}.url", "must be an https:// URL")
    return vendor


def _desk_hours(desk: Mapping[str, Any]) -> DeskHours:
    key = "insurer.customer_desk"
    opens, closes = desk["opens"], desk["closes"]
    for name, value in (("opens", opens), ("closes", closes)):
        if not isinstance(value, time) or value.tzinfo is not None:
            raise ConfigError(_WHERE, f"{key}.{name}", "must be a local time such as 09:00:00")
    if not opens < closes:
        raise ConfigError(_WHERE, f"{key}.closes", "must be later than opens")
    days = desk["closed_weekdays"]
    if not _str_list(days):
        raise ConfigError(_WHERE, f"{key}.closed_weekdays", "must be a list of weekday names")
    try:
        closed = frozenset(Weekday[d.upper()] for d in days)
    except KeyError as exc:
        raise ConfigError(_WHERE, f"{key}.closed_weekdays", f"unknown weekday {exc}") from None
    if len(closed) == len(Weekday):
        raise ConfigError(_WHERE, f"{key}.closed_weekdays", "the desk must open on some day")
    holidays = desk["closed_on_public_holidays"]
    if not isinstance(holidays, bool):
        raise ConfigError(_WHERE, f"{key}.closed_on_public_holidays", "must be true or false")
    return DeskHours(opens, closes, closed, holidays)
