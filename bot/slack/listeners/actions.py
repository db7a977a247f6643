"""The buttons under a reply: a quick answer, and the full checklist.

Each acknowledges first (Slack waits 3 seconds at most), then answers in the thread.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.conversation.engine import Engine
from bot.conversation.questions import questions
from bot.conversation.reply import ReplyKind
from bot.slack.blocks.reply import (
    ANSWER_ACTION,
    ActionId,
    ButtonValue,
    answer_label,
    answered_blocks,
    checklist_messages,
    reply_messages,
)
from bot.slack.errors import bad_button, errors_answered, stale_conversation
from bot.slack.threads import ThreadKey, post_in_thread

log = logging.getLogger(__name__)


def register(app: App, engine: Engine) -> None:
    """Add the quick-answer and checklist listeners."""

    @app.action(ANSWER_ACTION)
    def on_answer(
        ack: Ack,
        body: dict[str, Any],
        action: dict[str, Any],
        context: BoltContext,
        client: WebClient,
        respond: Respond,
    ) -> None:
        ack()
        with errors_answered(body, context, client, respond):
            value, key = conversation_of(engine, action)
            question = questions().get(value.question or "")
            if question is None or value.answer not in {a.value for a in question.answers}:
                raise bad_button()
            reply = engine.answer(str(key), question.id, value.answer)
            post_in_thread(client, key, reply_messages(reply, engine.rider))
            _mark_answered(client, body, action, str(body["user"]["id"]))
            log.info("conversation=%s answer question=%s", key, question.id)

    @app.action(ActionId.CHECKLIST)
    def on_checklist(
        ack: Ack,
        body: dict[str, Any],
        action: dict[str, Any],
        context: BoltContext,
        client: WebClient,
        respond: Respond,
    ) -> None:
        ack()
        with errors_answered(body, context, client, respond):
            _, key = conversation_of(engine, action)
            reply = engine.current(str(key), ReplyKind.GUIDANCE)
            post_in_thread(client, key, checklist_messages(reply, engine.rider))
            log.info("conversation=%s checklist", key)


def conversation_of(engine: Engine, action: dict[str, Any]) -> tuple[ButtonValue, ThreadKey]:
    """The button's value and its conversation, which must still be stored.

    Raises:
        UserFacingError: The value is unreadable, or the conversation expired or was reset.
    """
    try:
        value = ButtonValue.decode(str(action.get("value") or ""))
        key = ThreadKey.parse(value.key)
    except ValueError:
        raise bad_button() from None
    if engine.store.load(str(key)) is None:
        raise stale_conversation()
    return value, key


def _mark_answered(
    client: WebClient, body: dict[str, Any], action: dict[str, Any], user: str
) -> None:
    """Replace the quick answers by the answer given, so the question is not answered twice."""
    message = body.get("message") or {}
    blocks = message.get("blocks") or []
    label = answer_label(blocks, str(action.get("action_id")))
    if label is None:
        return
    client.chat_update(
        channel=body["channel"]["id"],
        ts=message["ts"],
        text=message.get("text") or label,
        blocks=answered_blocks(blocks, label, user),
    )
