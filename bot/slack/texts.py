"""The Slack-only texts of `config/slack.toml`, read strictly once per process."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from functools import cache

from bot.advice.contacts import TOKYO
from bot.config_files import CONFIG_DIR, read_toml, template_table
from bot.errors import ConfigError

FILE = "slack.toml"
_TIME = frozenset({"year", "month", "day", "hour", "minute"})
# Every key of every table, with the placeholders its text may use.
_KEYS: Mapping[str, Mapping[str, frozenset[str]]] = {
    "buttons": {
        "escalate": frozenset(),
        "checklist": frozenset(),
        "answered": frozenset({"label", "user"}),
    },
    "confirm": {
        "title": frozenset(),
        "text": frozenset(),
        "confirm": frozenset(),
        "deny": frozenset(),
    },
    "checklist": {"heading": frozenset()},
    "escalation": {
        "title": frozenset(),
        "time": _TIME,
        "reporter": frozenset({"user"}),
        "escalated_by": frozenset({"user"}),
        "thread": frozenset({"link"}),
        "no_thread": frozenset(),
        "call": frozenset({"name", "hours", "phone"}),
        "memo_heading": frozenset(),
        "posted": frozenset({"channel"}),
        "not_configured": frozenset(),
        "failed": frozenset({"error_id"}),
        "memo_no_facts": frozenset(),
        "memo_costs": frozenset({"costs"}),
        "memo_no_costs": frozenset(),
        "memo_discovered": frozenset({"month", "day"}),
        "memo_not_discovered": frozenset(),
    },
    "command": {"usage": frozenset()},
    "home": {
        "title": frozenset(),
        "intro": frozenset(),
        "usage_heading": frozenset(),
        "usage": frozenset(),
        "shown_at": _TIME,
        "notice_heading": frozenset(),
    },
    "errors": {
        "unexpected": frozenset({"name", "hours", "phone", "error_id"}),
        "stale_conversation": frozenset(),
        "bad_button": frozenset(),
    },
}


@dataclass(frozen=True)
class SlackTexts:
    """One mapping of key → text per table of `config/slack.toml`."""

    buttons: Mapping[str, str]
    confirm: Mapping[str, str]
    checklist: Mapping[str, str]
    escalation: Mapping[str, str]
    command: Mapping[str, str]
    home: Mapping[str, str]
    errors: Mapping[str, str]


@cache
def slack_texts() -> SlackTexts:
    """Load `config/slack.toml` once, checking every key and placeholder.

    Raises:
        ConfigError: The file is missing, or a table or key is unknown, missing, not a
            string, or uses a placeholder the bot does not fill in.
    """
    data = read_toml(FILE)
    where = str(CONFIG_DIR / FILE)
    for table in data:
        if table not in _KEYS:
            raise ConfigError(where, table, "is not a known table")
    tables = {}
    for table, keys in _KEYS.items():
        tables[table] = template_table(FILE, table, data.get(table), keys)
    assert set(tables) == {f.name for f in fields(SlackTexts)}
    return SlackTexts(**tables)


def jst_fields(moment: datetime) -> dict[str, int]:
    """The {year} {month} {day} {hour} {minute} of a text's time, in Japan time."""
    local = moment.astimezone(TOKYO)
    return {
        "year": local.year,
        "month": local.month,
        "day": local.day,
        "hour": local.hour,
        "minute": local.minute,
    }
