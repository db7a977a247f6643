"""`/cyber`, for insurance agents: the facts in one line, the full breakdown back, shown
only to the agent. Each command is a conversation of its own, forgotten once answered."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.conversation.engine import Engine
from bot.conversation.reply import ReplyKind
from bot.labels import labels
from bot.slack.blocks.kit import escape
from bot.slack.blocks.reply import command_messages, text_messages
from bot.slack.context import engine_for
from bot.slack.errors import errors_answered
from bot.slack.texts import slack_texts

log = logging.getLogger(__name__)

COMMAND = "/cyber"


def register(app: App, engine: Engine) -> None:
    """Add the /cyber listener."""

    @app.command(COMMAND)
    def on_command(
        ack: Ack,
        body: dict[str, Any],
        command: dict[str, Any],
        context: BoltContext,
        client: WebClient,
        respond: Respond,
    ) -> None:
        ack()
        with errors_answered(body, context, client, respond):
            _answer(engine_for(engine, context), command, respond)


def _answer(engine: Engine, command: dict[str, Any], respond: Respond) -> None:
    text = str(command.get("text") or "").strip()
    if not text or text.lower() in slack_texts().command_words.help:
        messages = text_messages(slack_texts().command["usage"])
    elif text.lower() in slack_texts().command_words.delete:
        messages = text_messages(slack_texts().delete["command"])
    else:
        key = f"command:{command.get('team_id', '')}:{uuid.uuid4().hex}"
        try:
            reply = engine.handle(key, text, user=command.get("user_id"))
        finally:
            engine.store.delete(key)
        if reply.kind is ReplyKind.EMPTY:
            usage = slack_texts().command["usage"]
            messages = text_messages(f"{escape(labels().messages['empty_message'])}\n{usage}")
        else:
            messages = command_messages(reply)
        log.info("command=%s kind=%s messages=%d", key, reply.kind, len(messages))
    # A response_url takes five messages; a breakdown needs one or two.
    for message in messages:
        respond(text=message["text"], blocks=message["blocks"], response_type="ephemeral")
