"""The buttons under a reply: a quick answer, and the full checklist.

Each acknowledges within Slack's 3 seconds, then answers in the thread; a quick answer is
kept in the inbox before the ack and applied in order with the thread's messages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltResponse, Respond
from slack_sdk import WebClient

from bot.conversation.engine import Engine
from bot.conversation.questions import questions
from bot.conversation.reply import Reply, ReplyKind
from bot.slack.blocks.kit import MessagePayload
from bot.slack.blocks.reply import (
    ANSWER_ACTION,
    ActionId,
    ButtonValue,
    breakdown_messages,
    checklist_messages,
)
from bot.slack.context import engine_for
from bot.slack.errors import (
    bad_button,
    channel_of,
    errors_answered,
    stale_conversation,
    team_of,
)
from bot.slack.inbox import SlackInbox
from bot.slack.threads import ThreadKey, post_in_thread
from coverage import Rider

log = logging.getLogger(__name__)


def register(app: App, engine: Engine, inbox: SlackInbox) -> None:
    """Add the quick-answer and checklist listeners, and the guard of button payloads."""

    @app.middleware
    def only_whole_actions(body: dict[str, Any], next: Callable[[], BoltResponse]) -> BoltResponse:
        # bolt reads actions[0] to route a click: an empty or partial payload would
        # crash it. Slack never sends one; whoever does gets a quiet 200.
        if body.get("type") == "block_actions" and not _whole(body):
            log.info("block_actions without a usable action: ignored")
            return BoltResponse(status=200, body="")
        return next()

    @app.action(ANSWER_ACTION)
    def on_answer(
        ack: Ack,
        body: dict[str, Any],
        action: dict[str, Any],
        context: BoltContext,
        client: WebClient,
        respond: Respond,
    ) -> None:
        with errors_answered(body, context, client, respond):
            try:
                value, key = conversation_of(engine, body, action)
                question = questions().get(value.question or "")
                if question is None or value.answer not in {a.value for a in question.answers}:
                    raise bad_button()
                assert value.answer is not None
                # Kept before the ack: an acknowledged answer is never lost.
                inbox.take_answer(key, question.id, value.answer, _click(body, action))
            finally:
                ack()
            inbox.drain(str(key))

    # The card's views one click away: the whole checklist, the breakdown by clause.
    views: dict[ActionId, Callable[[Reply, Rider], list[MessagePayload]]] = {
        ActionId.CHECKLIST: checklist_messages,
        ActionId.BREAKDOWN: lambda reply, _rider: breakdown_messages(reply),
    }
    for action_id, view in views.items():
        app.action(action_id)(_view_listener(engine, action_id, view))


def _view_listener(
    engine: Engine, action_id: ActionId, view: Callable[[Reply, Rider], list[MessagePayload]]
) -> Callable[..., None]:
    """A button that posts a view of the conversation as it stands into its thread."""
    kind = ReplyKind.GUIDANCE if action_id is ActionId.CHECKLIST else ReplyKind.ESTIMATE

    def on_view(
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
            scoped = engine_for(engine, context)
            post_in_thread(client, key, view(scoped.current(str(key), kind), scoped.rider))
            log.info("conversation=%s view=%s", key, action_id.value)

    return on_view


def conversation_of(
    engine: Engine, body: Mapping[str, Any], action: Mapping[str, Any]
) -> tuple[ButtonValue, ThreadKey]:
    """The button's value and its conversation, which must still be stored.

    The conversation must be of the team and channel the click came from: a value that
    names another (crafted, or copied from elsewhere) is refused.

    Raises:
        UserFacingError: The value is unreadable, names another team or channel, or the
            conversation expired or was reset.
    """
    try:
        value = ButtonValue.decode(str(action.get("value") or ""))
        key = ThreadKey.parse(value.key)
    except ValueError:
        raise bad_button() from None
    team, channel = team_of(body), channel_of(body)
    if (team and key.team != team) or key.channel != channel:
        log.warning("a button of conversation in another team or channel: ignored")
        raise bad_button()
    if engine.store.load(str(key)) is None:
        raise stale_conversation()
    return value, key


def _whole(body: Mapping[str, Any]) -> bool:
    actions = body.get("actions")
    return (
        isinstance(actions, list)
        and bool(actions)
        and all(isinstance(a, dict) and isinstance(a.get("action_id"), str) for a in actions)
        and isinstance(body.get("user"), dict)
        and isinstance(body["user"].get("id"), str)
    )


def _click(body: Mapping[str, Any], action: Mapping[str, Any]) -> dict[str, Any]:
    """What retiring the clicked question's buttons needs, kept with the answer."""
    message = body.get("message") if isinstance(body.get("message"), dict) else {}
    assert isinstance(message, dict)
    return {
        "action_id": str(action.get("action_id")),
        "action_ts": str(action.get("action_ts") or body.get("trigger_id") or ""),
        "user": str(body["user"]["id"]),
        "channel": channel_of(body) or "",
        "message_ts": message.get("ts"),
        "message_text": message.get("text"),
        "blocks": message.get("blocks") or [],
    }
