"""The Slack-only texts of `config/slack.toml`, read strictly once per process."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Annotated

import config
from config import Schema
from config.types import NonEmptyWords, templates

FILE = "slack.toml"
_TIME = ("year", "month", "day", "hour", "minute")
Texts = Mapping[str, str]


class CommandWords(Schema):
    """Words `/cyber` reads as a request for its usage."""

    help: NonEmptyWords
    delete: NonEmptyWords


class SlackTexts(Schema):
    """One mapping of key → text per table of `config/slack.toml`.

    Every key is required; each text may use only the placeholders listed with it.
    """

    buttons: Annotated[
        Texts,
        templates(
            {
                "escalate": (),
                "checklist": (),
                "breakdown": (),
                "claim": (),
                "answered": ("label", "user"),
            }
        ),
    ]
    confirm: Annotated[Texts, templates({"title": (), "text": (), "confirm": (), "deny": ()})]
    delete: Annotated[
        Texts,
        templates(
            {
                "button": (),
                "title": (),
                "text": (),
                "confirm": (),
                "deny": (),
                "done": (),
                "command": (),
            }
        ),
    ]
    checklist: Annotated[Texts, templates({"heading": ()})]
    steps: Annotated[Texts, templates({"done_option": (), "take_placeholder": (), "someone": ()})]
    settings: Annotated[
        Texts,
        templates(
            {
                "heading": (),
                "intro": (),
                "open": (),
                "title": (),
                "submit": (),
                "close": (),
                "contract_label": (),
                "contract_hint": (),
                "channel_label": (),
                "channel_hint": (),
                "retention_label": (),
                "retention_hint": (),
                "not_toml": ("line",),
                "bad_contract": ("key", "reason"),
                "bad_channel": (),
                "bad_retention": (),
                "not_admin": (),
                "reason_unknown_key": (),
                "reason_missing": (),
                "reason_integer": (),
                "reason_string": (),
                "reason_bool": (),
                "reason_above": (),
                "reason_choice": (),
                "reason_other": (),
            }
        ),
    ]
    escalation: Annotated[
        Texts,
        templates(
            {
                "title": (),
                "time": _TIME,
                "reporter": ("user",),
                "escalated_by": ("user",),
                "thread": ("link",),
                "no_thread": (),
                "call": ("name", "hours", "phone"),
                "memo_heading": (),
                "posted": ("channel",),
                "already_posted": ("link",),
                "already_posted_no_link": (),
                "not_configured": (),
                "failed": ("error_id",),
                "memo_no_facts": (),
                "memo_costs": ("costs",),
                "memo_no_costs": (),
                "memo_discovered": ("month", "day"),
                "memo_not_discovered": (),
                "claim_file": ("link",),
                "claim_file_in_thread": (),
                "no_claim_file": (),
            }
        ),
    ]
    command: Annotated[Texts, templates({"usage": ()})]
    mention: Annotated[Texts, templates({"incident": ("people",)})]
    command_words: CommandWords
    home: Annotated[
        Texts,
        templates(
            {
                "title": (),
                "intro": (),
                "usage_heading": (),
                "usage": (),
                "shown_at": _TIME,
                "notice_heading": (),
            }
        ),
    ]
    errors: Annotated[
        Texts,
        templates(
            {
                "unexpected": ("name", "hours", "phone", "error_id"),
                "stale_conversation": (),
                "bad_button": (),
            }
        ),
    ]


@cache
def slack_texts() -> SlackTexts:
    """Load `config/slack.toml` once, checking every key and placeholder.

    Raises:
        ConfigError: The file is missing, or a table or key is unknown, missing, not a
            string, or uses a placeholder the bot does not fill in.
    """
    return config.load(FILE, SlackTexts)
