"""The card's delete button: what the bot stored of one conversation is removed at once.

Behind a confirmation dialog. The state, the kept messages and the text of its inbox
events go; the inbox keeps each event's id and times so a retried delivery is still
recognised, and the log line names only the conversation.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.conversation.engine import Engine
from bot.slack.blocks.reply import ActionId, text_messages
from bot.slack.errors import errors_answered
from bot.slack.listeners.actions import conversation_of
from bot.slack.texts import slack_texts
from bot.slack.threads import post_in_thread

log = logging.getLogger(__name__)


def register(app: App, engine: Engine) -> None:
    """Add the delete button's listener."""

    @app.action(ActionId.DELETE)
    def on_delete(
        ack: Ack,
        body: dict[str, Any],
        action: dict[str, Any],
        context: BoltContext,
        client: WebClient,
        respond: Respond,
    ) -> None:
        ack()
        with errors_answered(body, context, client, respond):
            _, key = conversation_of(engine, body, action)
            with engine.store.lock(str(key)):
                engine.store.delete(str(key))
            log.info("conversation=%s deleted by user=%s", key, body["user"]["id"])
            post_in_thread(client, key, text_messages(slack_texts().delete["done"]))
