"""The Japanese labels and fixed sentences every renderer uses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Annotated

import config
from config import Schema
from config.types import Keys, Text, placeholders
from coverage import SCALAR_FACTS, Access, Detection, Fact, Facts, IncidentType
from coverage.facts import THIRD_PARTY_ASSUMPTION, ThirdPartyReading

# A yes/no fact's value is labelled under its TOML spelling.
_TRUTH = ("true", "false")
# The facts whose values have labels, and those values.
_VALUE_KEYS: Mapping[str, tuple[str, ...]] = {
    Fact.INCIDENT_TYPE: tuple(IncidentType),
    Fact.DETECTION: tuple(Detection),
    Fact.UNAUTHORIZED_ACCESS: tuple(Access),
    Fact.ANNOUNCED: _TRUTH,
    Fact.CONSENT: _TRUTH,
    # Not a fact: how a scenario reads a third party's report (see coverage.scenarios).
    THIRD_PARTY_ASSUMPTION: tuple(ThirdPartyReading),
}
_UNIT_KEYS = (Fact.INDIVIDUALS, Fact.CORPORATIONS, "unknown")


@dataclass(frozen=True)
class Labels:
    """Names of facts and values, and the fixed sentences of the replies."""

    facts: dict[str, str]
    values: dict[str, dict[str, str]]
    units: dict[str, str]
    # How each fact said to be unknown reads (「公表: 未定」).
    unknown_values: dict[str, str]
    messages: dict[str, str]
    # The incident type's value when the conversation says the thing was stolen, not lost.
    stolen: str = ""

    def value(self, fact: str, value: str | bool) -> str:
        """The Japanese label of one fact value (`True` → 「公表した」)."""
        raw = str(value).lower() if isinstance(value, bool) else value
        return self.values[fact][raw]

    def described(self, facts: Facts) -> list[tuple[str, str, str]]:
        """(fact, name, value) for every known fact, costs excluded, in schema order."""
        out: list[tuple[str, str, str]] = []
        for fact in SCALAR_FACTS:
            value = getattr(facts, fact)
            if value is None:
                continue
            if fact in _VALUE_KEYS:
                out.append((fact, self.facts[fact], self.value(fact, value)))
            else:
                out.append((fact, self.facts[fact], f"{value:,}{self.units[fact]}"))
        return out


_VALUE_TABLES = {
    fact: Annotated[Mapping[str, Text], Keys(keys)] for fact, keys in _VALUE_KEYS.items()
}


class _Theft(Schema):
    """A loss said to be a theft: no fact of the payout rules, a value of the card's."""

    incident_type: Text


class _LabelsFile(Schema):
    facts: Annotated[Mapping[str, Text], Keys((*Fact, THIRD_PARTY_ASSUMPTION))]
    values: Annotated[Mapping[str, Mapping[str, Text]], Keys(_VALUE_TABLES)]
    units: Annotated[Mapping[str, Text], Keys(_UNIT_KEYS)]
    theft: _Theft


class _Messages(Schema):
    """The fixed sentences; a template names the fields the code fills in."""

    disclaimer: Text
    consent_reminder: Text
    estimate_heading: Text
    range_heading: Text
    scenario_heading: Text
    no_costs: Text
    expenses_heading: Text
    damages_heading: Text
    total_label: Text
    claimed_label: Text
    limit_label: Text
    expense_subtotal: Text
    column_assumptions: Text
    column_ratio: Text
    column_cap: Text
    column_payout: Text
    column_item: Text
    column_claimed: Text
    column_adjustment: Text
    breakdown_heading: Text
    condolence_if_paid: Annotated[Text, placeholders("amount")]
    understood_heading: Text
    changes_heading: Text
    answer_heading: Text
    thanks: Text
    change_line: Annotated[Text, placeholders("name", "old", "new")]
    change_new: Annotated[Text, placeholders("name", "new")]
    no_changes: Text
    understood_none: Text
    said_unknown_values: Annotated[Mapping[str, Text], Keys(tuple(Fact))]
    unassigned_label: Text
    evidence_quote: Annotated[Text, placeholders("quote")]
    question_heading: Text
    next_steps_heading: Text
    all_steps_suffix: Text
    contacts_heading: Text
    empty_message: Text
    reset_done: Text
    help_text: Text
    correction_hint: Text
    escalate_offer: Text
    escalate_console: Text
    note_truncated: Text
    note_negative: Annotated[Text, placeholders("amounts")]
    note_unassigned: Annotated[Text, placeholders("amounts")]
    note_cost_topic: Annotated[Text, placeholders("cost")]
    cost_study: Text
    note_devices: Annotated[Text, placeholders("count", "quote")]
    note_discovered: Annotated[Text, placeholders("month", "day")]
    note_step_said_done: Annotated[Text, placeholders("step", "quote")]
    note_step_already_done: Annotated[Text, placeholders("step")]
    note_too_large: Annotated[Text, placeholders("limit")]
    note_oversized: Annotated[Text, placeholders("amounts")]
    note_not_cost: Annotated[Text, placeholders("amounts")]
    note_found_again: Text
    note_too_many: Text
    reporting_heading: Text
    reporting_how_pointer: Text
    contacts_more: Text
    reporting_short: Text
    unclear: Text
    unclear_follow_up: Text
    under_way: Text
    steps_progress: Annotated[Text, placeholders("total", "done")]
    steps_hint_console: Text
    steps_hint_slack: Text
    step_open_box: Text
    step_done_box: Text
    step_notes: str
    step_owner: Annotated[Text, placeholders("who")]
    step_done: Annotated[Text, placeholders("who", "month", "day", "hour", "minute")]
    step_you: Text


@cache
def labels() -> Labels:
    """Load `config/labels.toml` and `config/messages.toml` once, checking every key."""
    file = config.load("labels.toml", _LabelsFile)
    messages = config.load("messages.toml", _Messages).model_dump()
    return Labels(
        facts=dict(file.facts),
        values={fact: dict(values) for fact, values in file.values.items()},
        units=dict(file.units),
        stolen=file.theft.incident_type,
        unknown_values=dict(messages.pop("said_unknown_values")),
        messages=messages,
    )
