"""The 「事故報告メモを作成」 button: the claim file into the thread, then the first
missing item's question (`bot.claim.asking`)."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.conversation.engine import Engine
from bot.slack.blocks.reply import ActionId, reply_messages
from bot.slack.claim_file import send_claim_file
from bot.slack.listeners.actions import conversation_button
from bot.slack.threads import ThreadKey, post_in_thread

log = logging.getLogger(__name__)


def register(app: App, engine: Engine) -> None:
    """Add the claim file listener."""

    def send_file(scoped: Engine, client: WebClient, key: ThreadKey, user: str) -> None:
        reply = scoped.request_claim(str(key), user=user)
        send_claim_file(scoped, client, key, user=user)
        post_in_thread(client, key, reply_messages(reply, scoped.rider))
        log.info("conversation=%s claim file requested", key)

    app.action(ActionId.CLAIM)(conversation_button(engine, send_file))
