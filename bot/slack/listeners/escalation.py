"""The escalation button (Slack asks for confirmation first): one summary to the
escalation channel per click, and in the thread the 24-hour number with a memo."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.conversation.engine import Engine
from bot.conversation.reply import ReplyKind
from bot.conversation.state import ConversationState
from bot.slack.blocks.escalation import (
    Delivery,
    Escalation,
    already_escalated_messages,
    summary_messages,
    thread_messages,
)
from bot.slack.blocks.reply import ActionId
from bot.slack.context import engine_for, escalation_channel
from bot.slack.errors import errors_answered, new_error_id
from bot.slack.listeners.actions import conversation_of
from bot.slack.threads import ThreadKey, post_in_thread

log = logging.getLogger(__name__)


def register(app: App, engine: Engine) -> None:
    """Add the escalation listener.

    Summaries go to the workspace's escalation channel (an id or a name, from its
    settings or the bot's); with none, the listener only answers in the thread.
    """

    @app.action(ActionId.ESCALATE)
    def on_escalate(
        ack: Ack,
        body: dict[str, Any],
        action: dict[str, Any],
        context: BoltContext,
        client: WebClient,
        respond: Respond,
    ) -> None:
        ack()
        with errors_answered(body, context, client, respond):
            _escalate(
                engine_for(engine, context), client, body, action, escalation_channel(context)
            )


def _escalate(
    engine: Engine,
    client: WebClient,
    body: dict[str, Any],
    action: dict[str, Any],
    escalation_channel: str | None,
) -> None:
    _, key = conversation_of(engine, body, action)
    # One at a time per conversation, so a double press cannot post two summaries.
    with engine.store.lock(str(key)):
        state = engine.state_of(str(key))
        if state.escalated is not None:
            post_in_thread(client, key, already_escalated_messages(state.escalated))
            log.info("conversation=%s escalation already posted", key)
            return
        _post_escalation(engine, client, body, key, state, escalation_channel)


def _post_escalation(
    engine: Engine,
    client: WebClient,
    body: dict[str, Any],
    key: ThreadKey,
    state: ConversationState,
    escalation_channel: str | None,
) -> None:
    escalation = Escalation(
        reply=engine.current(str(key), ReplyKind.ESCALATE),
        reporter=state.reporter,
        escalated_by=str(body["user"]["id"]),
        permalink=state.link or _permalink(engine, client, key),
        discovered_on=date.fromisoformat(state.discovered_on) if state.discovered_on else None,
        at=engine.clock(),
        claim_link=state.claim_link,
    )
    error_id = None
    channel = escalation_channel
    if channel is None:
        log.warning("conversation=%s escalated, but no escalation channel is set", key)
        delivery = Delivery.NOT_CONFIGURED
    else:
        try:
            posted = [
                client.chat_postMessage(
                    channel=channel, text=message["text"], blocks=message["blocks"]
                )
                for message in summary_messages(escalation)
            ]
            channel = str(posted[0]["channel"])  # the id, should the setting be a name
            delivery = Delivery.POSTED
            engine.record_escalation(
                str(key),
                _summary_link(client, key, channel, posted[0]),
                user=escalation.escalated_by,
            )
        except SlackApiError as exc:
            error_id = new_error_id()
            log.error(
                "error_id=%s conversation=%s the escalation summary failed: %s",
                error_id,
                key,
                exc.response.get("error"),
            )
            delivery = Delivery.FAILED
    post_in_thread(
        client, key, thread_messages(escalation, delivery, channel=channel, error_id=error_id)
    )
    log.info("conversation=%s escalated delivery=%s", key, delivery)


def _permalink(engine: Engine, client: WebClient, key: ThreadKey) -> str | None:
    """The thread's permalink, kept for later escalations; None if Slack gives none."""
    permalink = _link_to(client, key.channel, key.thread_ts, key)
    if permalink is not None:
        engine.remember_link(str(key), permalink)
    return permalink


def _summary_link(client: WebClient, key: ThreadKey, channel: str, posted: Any) -> str:
    """The posted summary's permalink, for a second press to point to; "" if none."""
    return _link_to(client, channel, str(posted["ts"]), key) or ""


def _link_to(client: WebClient, channel: str, ts: str, key: ThreadKey) -> str | None:
    """The permalink of message `ts` in `channel`; None if Slack gives none."""
    try:
        link = client.chat_getPermalink(channel=channel, message_ts=ts)
    except SlackApiError as exc:
        log.warning("conversation=%s no permalink: %s", key, exc.response.get("error"))
        return None
    permalink = link.get("permalink")
    return permalink if isinstance(permalink, str) else None
