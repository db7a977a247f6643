"""Workspace admins set their workspace's contract, escalation channel and retention
period from the App Home tab; `cyberbot workspace` does the same from the command line.

Only a workspace admin or owner (users.info) sees the button, opens the modal and has a
submission stored, each checked again; the contract is validated as the contract file is,
and a bad value is shown under its field instead of being stored.
"""

from __future__ import annotations

import logging
import re
import tomllib
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.db.workspaces import Workspaces
from bot.slack.blocks.settings import SETTINGS_VIEW, SettingsField, settings_modal
from bot.slack.texts import slack_texts
from bot.workspace import WorkspaceSettings, contract_rider
from config import ConfigError

log = logging.getLogger(__name__)

OPEN_ACTION = "open_settings"
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,31}$")


def is_admin(client: WebClient, user: str) -> bool:
    """Whether `user` administers the workspace (an admin or an owner)."""
    try:
        found = client.users_info(user=user).get("user") or {}
    except SlackApiError:
        return False
    return any(bool(found.get(k)) for k in ("is_admin", "is_owner", "is_primary_owner"))


def register(app: App, workspaces: WorkspaceSettings, table: Workspaces) -> None:
    """Add the settings button's and the modal's listeners."""

    @app.action(OPEN_ACTION)
    def on_open(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ack()
        user, team = str(body["user"]["id"]), str(context.team_id or "")
        if not is_admin(client, user):
            log.warning("settings refused user=%s team=%s: not an admin", user, team)
            return
        client.views_open(
            trigger_id=str(body.get("trigger_id")), view=settings_modal(table.get(team))
        )

    @app.view(SETTINGS_VIEW)
    def on_submit(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        ui = slack_texts().settings
        user, team = str(body["user"]["id"]), str(context.team_id or "")
        if not is_admin(client, user):
            ack(response_action="errors", errors={SettingsField.CONTRACT: ui["not_admin"]})
            return
        values = _values(body)
        errors: dict[str, str] = {}
        contract = _contract(values.get(SettingsField.CONTRACT), workspaces, team, errors)
        channel = values.get(SettingsField.CHANNEL) or None
        if channel is not None and not _CHANNEL_ID.match(channel):
            errors[SettingsField.CHANNEL] = ui["bad_channel"]
        retention = _retention(values.get(SettingsField.RETENTION), errors)
        if errors:
            ack(response_action="errors", errors=errors)
            return
        ack()
        table.put(team, contract=contract, escalation_channel=channel, retention_days=retention)
        log.info("settings stored team=%s by user=%s", team, user)


def _values(body: dict[str, Any]) -> dict[str, str]:
    state = ((body.get("view") or {}).get("state") or {}).get("values") or {}
    out = {}
    for field in SettingsField:
        value = (state.get(field.value) or {}).get("value") or {}
        out[field.value] = str(value.get("value") or "").strip()
    return out


def _contract(
    text: str | None, workspaces: WorkspaceSettings, team: str, errors: dict[str, str]
) -> dict[str, Any] | None:
    ui = slack_texts().settings
    if not text:
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        errors[SettingsField.CONTRACT] = ui["not_toml"].format(line=getattr(exc, "lineno", "?"))
        return None
    try:
        contract_rider(workspaces.rider, data, team)
    except ConfigError as exc:
        reason = ui[_reason_key(exc.reason)]
        errors[SettingsField.CONTRACT] = ui["bad_contract"].format(key=exc.key, reason=reason)
        return None
    return data


# The validators' English reasons (config.reader's vocabulary, the rider's own checks)
# by a fragment each, to the admin's Japanese sentence; anything else gets a general one.
_REASON_KEYS = (
    ("unknown key", "reason_unknown_key"),
    ("is missing", "reason_missing"),
    ("integer", "reason_integer"),
    ("yen", "reason_integer"),
    ("string", "reason_string"),
    ("true or false", "reason_bool"),
    ("is above", "reason_above"),
    ("one of", "reason_choice"),
)


def _reason_key(reason: str) -> str:
    return next((key for part, key in _REASON_KEYS if part in reason), "reason_other")


def _retention(text: str | None, errors: dict[str, str]) -> float | None:
    if not text:
        return None
    try:
        days = float(text)
    except ValueError:
        days = 0.0
    if not days >= 1:
        errors[SettingsField.RETENTION] = slack_texts().settings["bad_retention"]
        return None
    return days
