"""The declared shape of `config/contacts.toml`, and the phone lines and vendors it lists.

Types, required keys and the rules a value must keep (a phone number, an https URL, the
desk opening before it closes) are said here once; `bot.advice.contacts` turns a checked
file into `Contacts`.
"""

from __future__ import annotations

import re
from datetime import time
from enum import Enum
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, ValidationInfo, field_validator

from config import Schema
from config.types import Text, placeholders

_PHONE = re.compile(r"\+?\d[\d-]*\d")


def tel_uri(phone: str) -> str:
    """Return the `tel:` URI of a phone number as printed ("0120-25-7474" → "tel:0120257474").

    Raises:
        ValueError: `phone` is not digits and hyphens (with an optional leading "+").
    """
    if not _PHONE.fullmatch(phone):
        raise ValueError(f"not a phone number: {phone!r}")
    return "tel:" + phone.replace("-", "")


class Weekday(Enum):
    """Days of the week as `datetime.weekday()` numbers them."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


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


Address = Annotated[Text, AfterValidator(_https)]
"""An https:// address."""


class PhoneLine(Schema):
    """One of the insurer's phone lines."""

    name: Text
    phone: Phone
    hours: Text
    source: Text

    @property
    def tel(self) -> str:
        """The `tel:` URI of `phone`."""
        return tel_uri(self.phone)


class Vendor(Schema):
    """A specialist vendor from 「サイバー緊急連絡先（専門事業者のご紹介）」."""

    company: Text
    service: Text
    phone: Phone
    url: Address
    source: Text

    @property
    def tel(self) -> str:
        """The `tel:` URI of `phone`."""
        return tel_uri(self.phone)


class PublicDesk(Schema):
    """A public body's desk: police, IPA, JPCERT/CC, 個人情報保護委員会.

    Only numbers and addresses printed on the cited official page are kept; `source`
    is that page. A desk with no citable number has `url` only.
    """

    name: Text
    purpose: Text
    url: Address
    source: Address
    phone: Phone | None = None
    dial: Text | None = None
    """A short dial code that is not a phone number, such as 「#9110」."""

    @property
    def tel(self) -> str | None:
        """The `tel:` URI of `phone`, if any."""
        return tel_uri(self.phone) if self.phone else None


class VendorNotes(Schema):
    """The pamphlet's notes on the vendors (paid under the customer's own contract, ※1)."""

    intro: Text
    paid_service: Text
    free_choice: Text
    availability: Text


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


class CustomerDesk(PhoneLine):
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


class Insurer(Schema):
    """The insurer and its two lines."""

    company: Text
    website: Text
    accident_line: PhoneLine
    customer_desk: CustomerDesk


class DeskTexts(Schema):
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


class ContactsFile(Schema):
    """The whole file."""

    insurer: Insurer
    vendor_notes: VendorNotes
    vendors: Annotated[list[Vendor], Field(min_length=1)]
    public_desks: Annotated[list[PublicDesk], Field(min_length=1)]
    desk_texts: DeskTexts
