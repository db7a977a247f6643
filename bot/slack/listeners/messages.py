"""Conversations in threads: a mention starts one, later messages in the thread continue
it without a mention; a direct message works the same, one conversation per DM thread.

A middleware takes each message meant for the bot into the inbox before bolt sends the
ack, so an acknowledged message is never lost; the listeners, after the ack, answer the
conversation's pending messages in order. Each Slack message is answered once, whether
Slack retries the event or delivers it twice (as app_mention and as message).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse

from bot.conversation.engine import Engine
from bot.slack.inbox import SlackInbox
from bot.slack.threads import ThreadKey

log = logging.getLogger(__name__)

# Message subtypes a person sends; edits, deletions, joins and bot posts are not answered.
_HUMAN_SUBTYPES = frozenset({None, "file_share", "thread_broadcast"})
# Set in the request's context when the message was taken into the inbox: the key.
TAKEN = "cyberbot_taken"


def register(app: App, engine: Engine, inbox: SlackInbox) -> None:
    """Add the inbox middleware and the app_mention and message listeners."""

    @app.middleware
    def take_in(
        body: dict[str, Any], context: BoltContext, next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        event = body.get("event") if body.get("type") == "event_callback" else None
        if isinstance(event, dict):
            key = _meant_for_us(engine, context, body, event)
            if key is not None:
                text = strip_mention(str(event["text"]), context.bot_user_id)
                if inbox.take_message(key, event, text):
                    context[TAKEN] = str(key)
                else:
                    log.info("event_id=%s skipped: already answered", body.get("event_id"))
        return next()

    @app.event("app_mention")
    def on_mention(context: BoltContext) -> None:
        _answer(inbox, context)

    @app.event("message")
    def on_message(context: BoltContext) -> None:
        _answer(inbox, context)


def _answer(inbox: SlackInbox, context: BoltContext) -> None:
    key = context.get(TAKEN)
    if isinstance(key, str):
        inbox.drain(key)


def _meant_for_us(
    engine: Engine, context: BoltContext, body: Mapping[str, Any], event: Mapping[str, Any]
) -> ThreadKey | None:
    """The conversation of a message the bot answers; None for anything else.

    A mention anywhere, a direct message, or a message in a thread the bot is talking in;
    never a bot, an edit or a system message, and never an event whose fields are not
    what Slack sends (a text that is not a string, say): those are ignored quietly.
    """
    kind = event.get("type")
    if kind not in ("app_mention", "message") or not _from_a_person(event):
        return None
    fields = (event.get("channel"), event.get("ts"), event.get("text"))
    if not all(isinstance(value, str) and value for value in fields[:2]):
        return None
    if not isinstance(fields[2], str):
        return None
    thread_ts = event.get("thread_ts")
    if thread_ts is not None and not isinstance(thread_ts, str):
        return None
    key = ThreadKey.of_message(_team(context, body), event)
    if kind == "app_mention" or event.get("channel_type") == "im":
        return key
    if not thread_ts:
        return None  # a channel message outside any thread: only a mention starts one
    if engine.store.load(str(key)) is None:
        return None  # a thread the bot has no conversation in
    return key


def strip_mention(text: str, bot_user_id: str | None) -> str:
    """The text without mentions of the bot (`<@U123>` or `<@U123|name>`)."""
    if not bot_user_id:
        return text.strip()
    return re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text).strip()


def _from_a_person(event: Mapping[str, Any]) -> bool:
    """Not a bot (ours or another), and not an edit, deletion or system message."""
    subtype = event.get("subtype")
    return (
        not event.get("bot_id")
        and not event.get("bot_profile")
        and (subtype is None or (isinstance(subtype, str) and subtype in _HUMAN_SUBTYPES))
        and isinstance(event.get("user"), str)
        and bool(event.get("user"))
    )


def _team(context: BoltContext, body: Mapping[str, Any]) -> str:
    team = context.team_id or body.get("team_id")
    return team if isinstance(team, str) else ""
