"""The conversation's reminders kept scheduled in its thread (chat.scheduleMessage).

After each turn the plan (`Reply.reminders`) is compared with what was scheduled: a
reminder whose time or words changed is deleted (chat.deleteScheduledMessage) and
scheduled anew; one no longer planned (a reset, no report needed) is deleted. Slack
refuses a post_at in the past or more than 120 days ahead; the plan leaves those out,
and a refusal all the same is logged and skipped. Logs carry ids, never the text.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.conversation.engine import Engine
from bot.conversation.reminders import Reminder
from bot.conversation.reply import Reply
from bot.slack.threads import ThreadKey, fingerprint

log = logging.getLogger(__name__)


def keep_scheduled(engine: Engine, client: WebClient, key: ThreadKey, reply: Reply) -> None:
    """Make the thread's scheduled reminders those `reply` plans (None: leave them)."""
    if reply.reminders is None:
        return
    wanted = {_identity(r): r for r in reply.reminders}
    kept: list[dict[str, Any]] = []
    for item in engine.state_of(str(key)).reminders:
        identity = (str(item.get("name")), int(item.get("post_at") or 0), str(item.get("digest")))
        if wanted.pop(identity, None) is not None:
            kept.append(item)
        else:
            _delete(client, key, item)
    for reminder in wanted.values():
        scheduled = _schedule(client, key, reminder)
        if scheduled is not None:
            kept.append(scheduled)
    kept.sort(key=lambda item: int(item.get("post_at") or 0))
    engine.remember_reminders(str(key), kept)


def _identity(reminder: Reminder) -> tuple[str, int, str]:
    return (reminder.name, int(reminder.post_at.timestamp()), fingerprint(reminder.text))


def _schedule(client: WebClient, key: ThreadKey, reminder: Reminder) -> dict[str, Any] | None:
    post_at = int(reminder.post_at.timestamp())
    try:
        response = client.chat_scheduleMessage(
            channel=key.channel, thread_ts=key.thread_ts, post_at=post_at, text=reminder.text
        )
    except SlackApiError as exc:  # time_in_past, time_too_far …: that reminder is skipped
        log.warning(
            "conversation=%s reminder=%s not scheduled: %s",
            key,
            reminder.name,
            exc.response.get("error"),
        )
        return None
    log.info("conversation=%s reminder=%s scheduled post_at=%d", key, reminder.name, post_at)
    return {
        "name": reminder.name,
        "post_at": post_at,
        "digest": fingerprint(reminder.text),
        "id": str(response.get("scheduled_message_id") or ""),
        "channel": str(response.get("channel") or key.channel),
    }


def _delete(client: WebClient, key: ThreadKey, item: dict[str, Any]) -> None:
    try:
        client.chat_deleteScheduledMessage(
            channel=str(item.get("channel") or key.channel),
            scheduled_message_id=str(item.get("id")),
        )
    except SlackApiError as exc:  # posted already, or deleted by hand: nothing to undo
        log.info(
            "conversation=%s reminder=%s not deleted: %s",
            key,
            item.get("name"),
            exc.response.get("error"),
        )
        return
    log.info("conversation=%s reminder=%s deleted", key, item.get("name"))
