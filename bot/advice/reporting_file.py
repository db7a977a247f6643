"""The declared shape of `config/reporting.toml`, and the rules it holds once checked.

Types, required keys and the placeholders each text may use are said here once;
`bot.advice.reporting` applies the rules to the facts of one conversation.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import AfterValidator, Field, ValidationInfo, field_validator

import config
from config import Schema
from config.types import NonEmptyWords, Text, Words, placeholders, set_of, templates
from coverage import IncidentType

FILE = "reporting.toml"


class Trigger(StrEnum):
    """The four events of 施行規則第7条 that must be reported."""

    SENSITIVE = "sensitive"
    """第1号: 要配慮個人情報."""
    FINANCIAL = "financial"
    """第2号: data whose misuse can cause financial loss."""
    WRONGFUL_PURPOSE = "wrongful_purpose"
    """第3号: a leak possibly done with an unauthorized purpose (since 2024-04 also of
    personal information being acquired, e.g. web skimming)."""
    MANY_PERSONS = "many_persons"
    """第4号: more than 1,000 persons."""


class Exemption(StrEnum):
    """Facts under which the duty may not arise; always worded "may be exempt — confirm"."""

    ENCRYPTION = "encryption"
    """規則7条1号かっこ書: data protected by high-level encryption."""
    RECOVERED_UNREAD = "recovered_unread"
    """GL 3-5-1: a mis-sent mail deleted unread, confirmed — not a 漏えい."""
    PROCESSOR = "processor"
    """法26条1項ただし書: a 委託先 that notified its 委託元."""


# Texts and the placeholders each may use; anything else is a ConfigError at load.
TEXT_FIELDS: Mapping[str, frozenset[str]] = {
    "required": frozenset(),
    "required_if_personal_data": frozenset(),
    "not_yet_indicated": frozenset(),
    "personal_data_condition": frozenset(),
    "theft_condition": frozenset(),
    "theft_doubted_condition": frozenset(),
    "suspected_condition": frozenset(),
    "count_unknown_condition": frozenset({"threshold"}),
    "preliminary_dated": frozenset({"start", "end", "first", "last"}),
    "preliminary_rule": frozenset({"first", "last"}),
    "final_dated": frozenset({"end", "days"}),
    "final_rule": frozenset({"days"}),
    "who_knows": frozenset(),
    "notify_persons": frozenset(),
    "ask_discovery_date": frozenset(),
    "final_days_note": frozenset({"days", "wrongful_days"}),
    "vendor_leak": frozenset(),
    "how_to_report": frozenset(),
    "sector": frozenset(),
    "lawyer": frozenset(),
    "date": frozenset({"month", "day"}),
    "date_with_year": frozenset({"year", "month", "day"}),
}


def normalize(text: str) -> str:
    """Fold width and case so 「ｽｷﾐﾝｸﾞ」 and 「スキミング」 compare equal."""
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass(frozen=True)
class Cue:
    """Words in the messages, or incident types, that bring a rule into play."""

    words: tuple[str, ...]
    types: frozenset[IncidentType] = frozenset()
    ignored_types: frozenset[IncidentType] = frozenset()

    def said_in(self, messages: Iterable[str]) -> bool:
        """Whether any message contains one of the words."""
        return any(word in normalize(m) for m in messages for word in self.words)

    def applies(self, incident: IncidentType | None, messages: Iterable[str]) -> bool:
        """Whether the incident type or the messages call for the rule."""
        if incident in self.ignored_types:
            return False
        return incident in self.types or self.said_in(messages)


@dataclass(frozen=True)
class ReportingRules:
    """Everything `config/reporting.toml` holds."""

    reasons: Mapping[Trigger, str]
    conditions: Mapping[Trigger, str]
    wrongful_types: frozenset[IncidentType]
    access_found_fires: bool
    acquiring: Cue
    acquiring_reason: str
    theft_types: frozenset[IncidentType]
    """The incident types for which a theft said (`FactState.stolen`) fires 第3号."""
    theft_reason: str
    threshold: int
    no_personal_data_types: frozenset[IncidentType]
    exemptions: Mapping[Exemption, tuple[Cue, str]]
    day_of_knowing: int
    preliminary_from_day: int
    preliminary_by_day: int
    final_days: int
    final_days_wrongful_purpose: int
    texts: Mapping[str, str]


# --- strict reading of the file ----------------------------------------------


def _positive(value: int) -> int:
    if value < 1:
        raise ValueError("must be a positive integer")
    return value


Count = Annotated[int, AfterValidator(_positive)]
"""A number of days or persons, at least 1."""
Types = Annotated[frozenset[IncidentType], set_of(IncidentType)]


class _Trigger(Schema):
    reason: Annotated[Text, placeholders()]
    condition: Annotated[Text, placeholders()]


class _Acquiring(Schema):
    """規則7条3号 as amended from 2024-04-01: personal information being acquired."""

    words: NonEmptyWords
    reason: Annotated[Text, placeholders()]


class _Theft(Schema):
    """A loss the user said was a theft (「置き引きにあいました」): 不正の目的 (規則7条3号)."""

    incident_types: Types
    reason: Annotated[Text, placeholders()]


class _WrongfulPurpose(_Trigger):
    incident_types: Types
    access_found_fires: bool
    acquiring: _Acquiring
    theft: _Theft


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


class _Exemption(Schema):
    text: Annotated[Text, placeholders()]
    words: Words = Field(default_factory=list)
    types: Types = frozenset()
    ignored_types: Types = frozenset()


class _Exemptions(Schema):
    """One table per `Exemption`, named by its value."""

    encryption: _Exemption
    recovered_unread: _Exemption
    processor: _Exemption


class _Relevance(Schema):
    no_personal_data_types: Types


def _day(value: int) -> int:
    if value not in (0, 1):
        raise ValueError("must be 1 (the day of knowing is day 1) or 0 (it is day 0)")
    return value


class _Deadlines(Schema):
    day_of_knowing: Annotated[int, AfterValidator(_day)]
    preliminary_from_day: Count
    preliminary_by_day: Count
    final_days: Count
    final_days_wrongful_purpose: Count

    @field_validator("preliminary_by_day")
    @classmethod
    def _not_before_from(cls, value: int, info: ValidationInfo) -> int:
        if value < info.data.get("preliminary_from_day", 0):
            raise ValueError("must not be before preliminary_from_day")
        return value


class _ReportingFile(Schema):
    triggers: _Triggers
    relevance: _Relevance
    exemptions: _Exemptions
    deadlines: _Deadlines
    texts: Annotated[Mapping[str, str], templates(TEXT_FIELDS)]


def _cue(words: Iterable[str], types: frozenset[IncidentType] = frozenset(), **kw: Any) -> Cue:
    return Cue(tuple(normalize(w) for w in words), types, **kw)


def parse_reporting_rules(data: Mapping[str, Any]) -> ReportingRules:
    """Build `ReportingRules` from the parsed TOML, checking every key and placeholder.

    Raises:
        ConfigError: An unknown, missing or mistyped key, or a bad placeholder.
    """
    file = config.validate(data, _ReportingFile, FILE)
    triggers, wrongful = file.triggers, file.triggers.wrongful_purpose
    tables = {e: getattr(file.exemptions, e.value) for e in Exemption}
    exemptions = {
        e: (_cue(t.words, t.types, ignored_types=t.ignored_types), t.text)
        for e, t in tables.items()
    }
    return ReportingRules(
        reasons=MappingProxyType({t: triggers.of(t).reason for t in Trigger}),
        conditions=MappingProxyType({t: triggers.of(t).condition for t in Trigger}),
        wrongful_types=wrongful.incident_types,
        access_found_fires=wrongful.access_found_fires,
        acquiring=_cue(wrongful.acquiring.words),
        acquiring_reason=wrongful.acquiring.reason,
        theft_types=wrongful.theft.incident_types,
        theft_reason=wrongful.theft.reason,
        threshold=triggers.many_persons.threshold,
        no_personal_data_types=file.relevance.no_personal_data_types,
        exemptions=MappingProxyType(exemptions),
        texts=MappingProxyType(dict(file.texts)),
        **file.deadlines.model_dump(),
    )
