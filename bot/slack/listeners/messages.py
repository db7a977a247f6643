"""Conversations in threads: a mention starts one, later messages in the thread continue
it without a mention; a direct message works the same, one conversation per DM thread.

Bolt acknowledges events before these run. Each Slack message is answered at most once,
whether Slack retries the event or delivers it twice (as app_mention and as message).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.conversation.engine import Engine
from bot.slack.blocks.reply import reply_messages
from bot.slack.errors import ANSWERING
from bot.slack.threads import ThreadKey, post_in_thread

log = logging.getLogger(__name__)

# Message subtypes a person sends; edits, deletions, joins and bot posts are not answered.
_HUMAN_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})


def register(app: App, engine: Engine) -> None:
    """Add the app_mention and message listeners."""

    @app.event("app_mention")
    def on_mention(
        body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        if not _from_a_person(event):
            return
        key = ThreadKey.of_message(_team(context, body), event)
        if _first_delivery(engine, body, event):
            _converse(engine, client, context, key, event)

    @app.event("message")
    def on_message(
        body: dict[str, Any], event: dict[str, Any], context: BoltContext, client: WebClient
    ) -> None:
        if not _from_a_person(event):
            return
        direct = event.get("channel_type") == "im"
        if not direct and not event.get("thread_ts"):
            return  # a channel message outside any thread: only a mention starts one
        key = ThreadKey.of_message(_team(context, body), event)
        if not direct and engine.store.load(str(key)) is None:
            return  # a thread the bot has no conversation in
        if _first_delivery(engine, body, event):
            _converse(engine, client, context, key, event)


def _converse(
    engine: Engine,
    client: WebClient,
    context: BoltContext,
    key: ThreadKey,
    event: Mapping[str, Any],
) -> None:
    context[ANSWERING] = True
    text = strip_mention(str(event.get("text") or ""), context.bot_user_id)
    reply = engine.handle(str(key), text, user=event.get("user"), at=_sent_at(event))
    messages = reply_messages(reply, engine.rider)
    post_in_thread(client, key, messages)
    log.info(
        "conversation=%s kind=%s messages=%d question=%s",
        key,
        reply.kind,
        len(messages),
        reply.question.id if reply.question else None,
    )


def _sent_at(event: Mapping[str, Any]) -> datetime | None:
    """The message's own time (Slack's `ts`), so 「昨日」 means the day before it was sent."""
    try:
        return datetime.fromtimestamp(float(event["ts"]), tz=UTC)
    except (KeyError, TypeError, ValueError):
        return None


def strip_mention(text: str, bot_user_id: str | None) -> str:
    """The text without mentions of the bot (`<@U123>` or `<@U123|name>`)."""
    if not bot_user_id:
        return text.strip()
    return re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text).strip()


def _from_a_person(event: Mapping[str, Any]) -> bool:
    """Not a bot (ours or another), and not an edit, deletion or system message."""
    return (
        not event.get("bot_id")
        and not event.get("bot_profile")
        and event.get("subtype") in _HUMAN_SUBTYPES
        and bool(event.get("user"))
    )


def _first_delivery(engine: Engine, body: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    """True once per Slack message: a retried event has the same event_id; a mention in
    a thread arrives twice (app_mention and message) for the same channel and ts."""
    event_id = body.get("event_id")
    if event_id and not engine.store.first_sight(f"event:{event_id}"):
        log.info("event_id=%s skipped: already delivered", event_id)
        return False
    if not engine.store.first_sight(f"message:{event.get('channel')}:{event.get('ts')}"):
        log.info("event_id=%s skipped: message already answered", event_id)
        return False
    return True


def _team(context: BoltContext, body: Mapping[str, Any]) -> str:
    return str(context.team_id or body.get("team_id") or "")
