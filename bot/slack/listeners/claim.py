"""The 「事故報告メモを作成」 button: the claim file into the thread, then the first
missing item's question (`bot.claim.asking`)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.conversation.engine import Engine
from bot.slack.blocks.reply import ActionId, reply_messages
from bot.slack.claim_file import send_claim_file
from bot.slack.errors import errors_answered
from bot.slack.listeners.actions import conversation_of
from bot.slack.threads import post_in_thread

log = logging.getLogger(__name__)


def register(app: App, engine: Engine) -> None:
    """Add the claim file listener."""

    @app.action(ActionId.CLAIM)
    def on_claim(
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
            user = str(body["user"]["id"])
            reply = engine.request_claim(str(key), user=user)
            send_claim_file(engine, client, key, user=user)
            post_in_thread(client, key, reply_messages(reply, engine.rider))
            log.info("conversation=%s claim file requested", key)
