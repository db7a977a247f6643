"""The card's delete button: what the bot stored of one conversation is removed at once.

Behind a confirmation dialog. The state, the kept messages and the text of its inbox
events go; the inbox keeps each event's id and times so a retried delivery is still
recognised, and the log line names only the conversation.
"""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.conversation.engine import Engine
from bot.slack.blocks.reply import ActionId, text_messages
from bot.slack.listeners.actions import conversation_button
from bot.slack.texts import slack_texts
from bot.slack.threads import ThreadKey, post_in_thread

log = logging.getLogger(__name__)


def register(app: App, engine: Engine) -> None:
    """Add the delete button's listener."""

    def delete(scoped: Engine, client: WebClient, key: ThreadKey, user: str) -> None:
        with scoped.store.lock(str(key)):
            scoped.store.delete(str(key))
        log.info("conversation=%s deleted by user=%s", key, user)
        post_in_thread(client, key, text_messages(slack_texts().delete["done"]))

    app.action(ActionId.DELETE)(conversation_button(engine, delete))
