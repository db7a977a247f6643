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

from bot.advice.guidance import find_step
from bot.claim.asking import find_question
from bot.conversation.engine import Engine
from bot.conversation.reply import Reply, ReplyKind
from bot.slack.blocks.kit import MessagePayload
from bot.slack.blocks.reply import (
    ANSWER_ACTION,
    STEP_DONE_ACTION,
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
    json_object,
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
                question = find_question(value.question)
                if question is None or value.answer not in {a.value for a in question.answers}:
                    raise bad_button()
                assert value.answer is not None
                # Kept before the ack: an acknowledged answer is never lost.
                inbox.take_answer(key, question.id, value.answer, _click(body, action))
            finally:
                ack()
            inbox.drain(str(key))

    @app.action(STEP_DONE_ACTION)
    def on_step_ticked(ack: Ack, body: dict[str, Any], action: dict[str, Any]) -> None:
        step = str(action.get("action_id")).partition(":")[2]
        _take_step(
            engine, inbox, body, action, ack, step, done=bool(action.get("selected_options"))
        )

    @app.action(ActionId.STEP_TAKE)
    def on_step_taken(
        ack: Ack,
        body: dict[str, Any],
        action: dict[str, Any],
        context: BoltContext,
        client: WebClient,
        respond: Respond,
    ) -> None:
        chosen = action.get("selected_option")
        step = str(chosen.get("value") or "") if isinstance(chosen, dict) else ""
        with errors_answered(body, context, client, respond):
            _take_step(engine, inbox, body, action, ack, step, take=True)

    # The card's views one click away: the whole checklist, the breakdown by clause.
    views: dict[ActionId, Callable[[Reply, Rider], list[MessagePayload]]] = {
        ActionId.CHECKLIST: checklist_messages,
        ActionId.BREAKDOWN: lambda reply, _rider: breakdown_messages(reply),
    }
    for action_id, view in views.items():
        app.action(action_id)(_view_listener(engine, action_id, view))


def _take_step(
    engine: Engine,
    inbox: SlackInbox,
    body: Mapping[str, Any],
    action: Mapping[str, Any],
    ack: Ack,
    step: str,
    *,
    done: bool | None = None,
    take: bool = False,
) -> None:
    """Keep the tick in the inbox before the ack, then apply it in the thread's order.

    The conversation is the clicked card's own thread (from Slack's signed payload), and
    the step must be one of the checklists'; anything else is acknowledged and ignored.
    """
    key = None
    try:
        key = card_conversation(engine, body)
        if key is not None and find_step(step) is not None:
            inbox.take_step(key, step, done=done, take=take, click=_click(body, action))
        else:
            log.warning("a step tick without a known conversation or step: ignored")
            key = None
    finally:
        ack()
    if key is not None:
        inbox.drain(str(key))


def card_conversation(engine: Engine, body: Mapping[str, Any]) -> ThreadKey | None:
    """The conversation whose card was clicked: the team, channel and thread of the
    message the checkbox or menu is in; None when no conversation is stored there."""
    message, container = json_object(body.get("message")), json_object(body.get("container"))
    thread = message.get("thread_ts") or container.get("thread_ts")
    channel = channel_of(body)
    if not (isinstance(thread, str) and thread and channel):
        return None
    key = ThreadKey(team_of(body) or "", channel, thread)
    return key if engine.store.load(str(key)) is not None else None


def _view_listener(
    engine: Engine, action_id: ActionId, view: Callable[[Reply, Rider], list[MessagePayload]]
) -> Callable[..., None]:
    """A button that posts a view of the conversation as it stands into its thread."""
    kind = ReplyKind.GUIDANCE if action_id is ActionId.CHECKLIST else ReplyKind.ESTIMATE

    def post_view(scoped: Engine, client: WebClient, key: ThreadKey, user: str) -> None:
        post_in_thread(client, key, view(scoped.current(str(key), kind), scoped.rider))
        log.info("conversation=%s view=%s", key, action_id.value)

    return conversation_button(engine, post_view)


def conversation_button(
    engine: Engine, act: Callable[[Engine, WebClient, ThreadKey, str], None]
) -> Callable[..., None]:
    """A button of a conversation's message: acknowledged at once, then `act` on the
    conversation the button names (checked like every button), with the engine under the
    workspace's contract, by the user who clicked. Whatever goes wrong is answered
    politely (`errors_answered`)."""

    def on_click(
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
            act(engine_for(engine, context), client, key, str(body["user"]["id"]))

    return on_click


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
    message = json_object(body.get("message"))
    return {
        "action_id": str(action.get("action_id")),
        "action_ts": str(action.get("action_ts") or body.get("trigger_id") or ""),
        "user": str(body["user"]["id"]),
        "channel": channel_of(body) or "",
        "message_ts": message.get("ts"),
        "message_text": message.get("text"),
        "blocks": message.get("blocks") or [],
    }
