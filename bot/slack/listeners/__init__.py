"""Bolt listeners, one module per surface; `register_listeners` wires them all."""

from __future__ import annotations

from slack_bolt import App

from bot.conversation.engine import Engine
from bot.slack.inbox import SlackInbox
from bot.slack.listeners import actions, command, delete, escalation, home, messages


def register_listeners(app: App, engine: Engine, inbox: SlackInbox) -> None:
    """Register every listener of the bot on `app`, as bolt's app template does.

    Each listener answers with its request's workspace's rider and escalation channel
    (`bot.slack.context`).
    """
    messages.register(app, engine, inbox)
    command.register(app, engine)
    actions.register(app, engine, inbox)
    escalation.register(app, engine)
    delete.register(app, engine)
    home.register(app, engine)
