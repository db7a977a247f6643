"""The workspace settings modal an admin opens from the App Home tab: the contract (as
the contract file's TOML), the escalation channel and the retention period. Pure builders;
`bot.slack.listeners.settings` opens the modal and stores what is submitted."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from bot.db.workspaces import Workspace
from bot.slack.blocks.kit import Block, actions, button, divider, plain, sections
from bot.slack.texts import slack_texts

SETTINGS_VIEW = "workspace_settings"
# Slack's limit for a plain_text_input's value.
MAX_INPUT = 3000


class SettingsField(StrEnum):
    """The block_id of each input of the modal (its action_id is `value`)."""

    CONTRACT = "contract"
    CHANNEL = "escalation_channel"
    RETENTION = "retention_days"


def home_settings_blocks() -> list[Block]:
    """What an admin sees at the end of the Home tab: the button that opens the modal."""
    ui = slack_texts().settings
    return [
        divider(),
        *sections([f"*{ui['heading']}*", ui["intro"]]),
        actions("settings", [button(ui["open"], "open_settings", "open")]),
    ]


def settings_modal(current: Workspace | None) -> dict[str, Any]:
    """The modal, filled in with the workspace's settings as they stand."""
    ui = slack_texts().settings
    contract = contract_toml(current.contract) if current and current.contract else ""
    channel = current.escalation_channel if current else None
    retention = current.retention_days if current else None
    return {
        "type": "modal",
        "callback_id": SETTINGS_VIEW,
        "title": plain(ui["title"], 24),
        "submit": plain(ui["submit"], 24),
        "close": plain(ui["close"], 24),
        "blocks": [
            _input(
                SettingsField.CONTRACT, ui["contract_label"], ui["contract_hint"], contract, True
            ),
            _input(SettingsField.CHANNEL, ui["channel_label"], ui["channel_hint"], channel, False),
            _input(
                SettingsField.RETENTION,
                ui["retention_label"],
                ui["retention_hint"],
                None if retention is None else f"{retention:g}",
                False,
            ),
        ],
    }


def _input(
    field: SettingsField, label: str, hint: str, value: str | None, multiline: bool
) -> Block:
    element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": "value",
        "multiline": multiline,
        "max_length": MAX_INPUT,
    }
    if value:
        element["initial_value"] = value[:MAX_INPUT]
    return {
        "type": "input",
        "block_id": field.value,
        "optional": True,
        "label": plain(label, 2000),
        "hint": plain(hint, 2000),
        "element": element,
    }


def contract_toml(contract: dict[str, Any]) -> str:
    """A stored contract back as the TOML of a contract file (flat keys, then [agent])."""
    lines, tables = [], []
    for key, value in contract.items():
        if isinstance(value, dict):
            tables.append(f"\n[{key}]")
            tables += [f"{k} = {_value(v)}" for k, v in value.items()]
        else:
            lines.append(f"{key} = {_value(value)}")
    return "\n".join(lines + tables).strip()


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return f"{value:_}"
    # A JSON string is a TOML basic string for every character a contract holds.
    return json.dumps(str(value), ensure_ascii=False)
