"""Bolt listeners, one module per surface; `register_listeners` wires them all."""

from __future__ import annotations

from slack_bolt import App

from bot.conversation.engine import Engine
from bot.slack.inbox import SlackInbox
from bot.slack.listeners import (
    actions,
    claim,
    command,
    delete,
    escalation,
    home,
    messages,
    settings,
)
from bot.workspace import WorkspaceSettings


def register_listeners(
    app: App, engine: Engine, inbox: SlackInbox, workspaces: WorkspaceSettings | None = None
) -> None:
    """Register every listener of the bot on `app`, as bolt's app template does.

    Each listener answers with its request's workspace's rider and escalation channel
    (`bot.slack.context`). With a database, workspace admins get the settings modal.
    """
    messages.register(app, engine, inbox)
    command.register(app, engine)
    actions.register(app, engine, inbox)
    escalation.register(app, engine)
    claim.register(app, engine)
    delete.register(app, engine)
    table = workspaces.workspaces if workspaces is not None else None
    home.register(app, engine, settings=table is not None)
    if workspaces is not None and table is not None:
        settings.register(app, workspaces, table)
