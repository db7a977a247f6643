"""The Japanese labels and fixed sentences every renderer uses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.config_files import read_toml, string_table
from coverage import SCALAR_FACTS, Facts

_FACT_NAMES = frozenset((*SCALAR_FACTS, "costs"))
_VALUE_KEYS = {
    "incident_type": frozenset(
        {
            "malware",
            "unauthorized_access",
            "ddos",
            "suspected",
            "lost_or_stolen",
            "visual_leak",
            "misdelivery",
            "vendor_leak",
            "media",
            "other",
        }
    ),
    "detection": frozenset({"external_report", "self"}),
    "unauthorized_access": frozenset({"found", "not_found"}),
    "announced": frozenset({"true", "false"}),
    "consent": frozenset({"true", "false"}),
}
_MESSAGE_KEYS = frozenset(
    {
        "disclaimer",
        "consent_reminder",
        "estimate_heading",
        "range_heading",
        "scenario_heading",
        "no_costs",
        "expenses_heading",
        "damages_heading",
        "total_label",
        "expense_subtotal",
        "condolence_if_paid",
        "understood_heading",
        "understood_none",
        "said_unknown_value",
        "unassigned_label",
        "question_heading",
        "next_steps_heading",
        "contacts_heading",
        "empty_message",
        "reset_done",
        "help_text",
        "correction_hint",
        "escalate_offer",
        "escalate_console",
        "note_truncated",
        "note_negative",
        "note_unassigned",
        "note_too_large",
        "note_too_many",
        "reporting_short",
        "reporting_heading",
        "unclear",
    }
)


@dataclass(frozen=True)
class Labels:
    """Names of facts and values, and the fixed sentences of the replies."""

    facts: dict[str, str]
    values: dict[str, dict[str, str]]
    units: dict[str, str]
    messages: dict[str, str]

    def value(self, fact: str, value: str | bool) -> str:
        """The Japanese label of one fact value (`True` → 「公表した」)."""
        raw = str(value).lower() if isinstance(value, bool) else value
        return self.values[fact][raw]

    def describe(self, facts: Facts) -> list[tuple[str, str]]:
        """(name, value) pairs for every known fact, costs excluded, in schema order."""
        pairs: list[tuple[str, str]] = []
        for name in ("incident_type", "detection", "unauthorized_access", "announced", "consent"):
            value = getattr(facts, name)
            if value is not None:
                pairs.append((self.facts[name], self.value(name, value)))
        for name in ("individuals", "corporations"):
            count = getattr(facts, name)
            if count is not None:
                pairs.append((self.facts[name], f"{count:,}{self.units[name]}"))
        return pairs


@cache
def labels() -> Labels:
    """Load `config/labels.toml` and `config/messages.toml` once, checking every key."""
    data = read_toml("labels.toml")
    values = data.get("values", {})
    string_table("labels.toml", "values", {k: "x" for k in values}, frozenset(_VALUE_KEYS))
    return Labels(
        facts=string_table("labels.toml", "facts", data.get("facts"), _FACT_NAMES),
        values={
            fact: string_table("labels.toml", f"values.{fact}", values.get(fact), keys)
            for fact, keys in _VALUE_KEYS.items()
        },
        units=string_table(
            "labels.toml",
            "units",
            data.get("units"),
            frozenset({"individuals", "corporations", "unknown"}),
        ),
        messages=string_table("messages.toml", "", read_toml("messages.toml"), _MESSAGE_KEYS),
    )
