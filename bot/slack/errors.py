"""Errors in the Slack app become polite replies; unexpected ones carry an id that the
user can quote and the log line carries too. Logs hold ids, never message text."""

from __future__ import annotations

import logging
import traceback
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from slack_bolt import App, BoltContext
from slack_bolt.context.respond import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.advice.contacts import load_contacts
from bot.errors import CyberbotError
from bot.slack.blocks.kit import phone_link
from bot.slack.blocks.reply import text_messages
from bot.slack.texts import slack_texts
from bot.slack.threads import ThreadKey, post_in_thread

log = logging.getLogger(__name__)
# Set in the request's context once an event listener has decided to answer: an error
# before that (in a channel message not meant for the bot) must not be answered.
ANSWERING = "cyberbot_answering"
# Slack's ids and timestamps are at most a few dozen characters.
_MAX_ID = 64


class UserFacingError(CyberbotError):
    """An error the user can act on: its Japanese message is the whole reply."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(code)
        self.code = code
        self.message = message


def stale_conversation() -> UserFacingError:
    """A button of a conversation that has expired (or was deleted)."""
    return UserFacingError("stale_conversation", slack_texts().errors["stale_conversation"])


def bad_button() -> UserFacingError:
    """A button whose value the bot cannot read (sent by an older version, say)."""
    return UserFacingError("bad_button", slack_texts().errors["bad_button"])


def new_error_id() -> str:
    """A short id to quote: 8 hex digits of a uuid4."""
    return uuid.uuid4().hex[:8]


def register_error_handler(app: App) -> None:
    """Route every listener's exception to one polite reply."""

    @app.error
    def on_error(
        error: Exception,
        body: dict[str, Any],
        context: BoltContext,
        client: WebClient,
        respond: Respond | None,
    ) -> None:
        answer_error(error, body, context, client, respond)


@contextmanager
def errors_answered(
    body: Mapping[str, Any], context: BoltContext, client: WebClient, respond: Respond | None
) -> Iterator[None]:
    """Answer an exception in the work a listener does after ack().

    bolt would hand it to the error handler too, but in bolt 1.30 an exception after
    ack() clears the acknowledgement (ThreadListenerRunner), so Slack would wait three
    seconds and get a 404. Catching it here keeps the 200 that ack() sent.
    """
    try:
        yield
    except Exception as error:
        answer_error(error, body, context, client, respond)


def answer_error(
    error: Exception,
    body: Mapping[str, Any],
    context: BoltContext,
    client: WebClient,
    respond: Respond | None,
) -> None:
    """Reply politely where the request came from; log an unexpected error with its id."""
    if isinstance(error, UserFacingError):
        log.info("user_error=%s %s", error.code, describe(body))
        message = error.message
        error_id = None
    else:
        error_id = new_error_id()
        # One line: the id, the type and where it was raised. Never the exception's
        # message, which could quote what the user wrote; never a whole traceback.
        log.error(
            "error_id=%s %s%s at %s %s",
            error_id,
            type(error).__name__,
            _api_error(error),
            _raised_at(error),
            describe(body),
        )
        line, template = load_contacts().accident_line, slack_texts().errors["unexpected"]
        phone = phone_link(line.phone)
        message = template.format(name=line.name, hours=line.hours, phone=phone, error_id=error_id)
    if "event" in body and not context.get(ANSWERING):
        return
    try:
        _deliver(message, body, client, respond)
    except SlackApiError as exc:
        log.error("error_id=%s the error reply failed too: %s", error_id, exc.response.get("error"))
    except Exception as exc:  # Slack unreachable: the log line is all that is left
        log.error("error_id=%s the error reply failed too: %s", error_id, type(exc).__name__)


def _raised_at(error: BaseException) -> str:
    """file:line (function) of the innermost frame, to find the bug from the log line."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno} ({last.name})"


def describe(body: Mapping[str, Any]) -> str:
    """The ids of a request, for a log line: its type, team, channel, event or action.

    Any field may have any type (bolt hands over what the body held): only strings are
    shown, and only short ones, since an id is never long and text could be anything.
    """
    event = json_object(body.get("event"))
    actions = body.get("actions")
    action = json_object(actions[0]) if isinstance(actions, list) and actions else {}
    fields = {
        "type": body.get("type") or ("command" if "command" in body else None),
        "team": team_of(body),
        "channel": _id(event.get("channel")) or _id(body.get("channel_id")) or channel_of(body),
        "event_id": body.get("event_id"),
        "event": event.get("type"),
        "command": body.get("command"),
        "action": action.get("action_id"),
    }
    return " ".join(f"{name}={value}" for name, value in fields.items() if _id(value))


def _deliver(
    message: str, body: Mapping[str, Any], client: WebClient, respond: Respond | None
) -> None:
    """Answer where the failed request came from: its thread, or the command's user."""
    messages = text_messages(message)
    key = _thread_of(body)
    if key is not None:
        post_in_thread(client, key, messages)
    elif respond is not None and isinstance(body.get("response_url"), str):
        for payload in messages:
            respond(text=payload["text"], blocks=payload["blocks"], response_type="ephemeral")
    else:
        log.info("the error has nowhere to be answered: %s", describe(body))


def _thread_of(body: Mapping[str, Any]) -> ThreadKey | None:
    team = team_of(body) or ""
    event = json_object(body.get("event"))
    channel, ts = _id(event.get("channel")), _id(event.get("ts"))
    if channel and ts:
        return ThreadKey(team, channel, _id(event.get("thread_ts")) or ts)
    message, channel = json_object(body.get("message")), channel_of(body)
    ts = _id(message.get("ts"))
    if channel and ts:
        return ThreadKey(team, channel, _id(message.get("thread_ts")) or ts)
    return None


def team_of(body: Mapping[str, Any]) -> str | None:
    """The team of a request: `team_id`, else `team.id`; None when neither is an id."""
    return _id(body.get("team_id")) or _id(json_object(body.get("team")).get("id"))


def channel_of(body: Mapping[str, Any]) -> str | None:
    """The channel of an interaction: `channel.id`, else `container.channel_id`."""
    channel = json_object(body.get("channel")).get("id")
    return _id(channel) or _id(json_object(body.get("container")).get("channel_id"))


def json_object(value: object) -> Mapping[str, Any]:
    """`value` if it is a JSON object, else an empty one (a payload field of the wrong
    type reads as absent)."""
    return value if isinstance(value, dict) else {}


def _id(value: object) -> str | None:
    """`value` if it is a non-empty string short enough to be an id, else None."""
    return value if isinstance(value, str) and 0 < len(value) <= _MAX_ID else None


def _api_error(error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return f"({error.response.get('error')})"
    return ""
