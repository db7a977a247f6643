"""The declared shapes of Slack's request bodies: the fields bolt and our listeners read,
with the types Slack sends them as.

bolt reads these fields without checking their types, and the listeners trust them too: a
signed body with, say, a number as `event.text` or a list as `event` would crash bolt or
get an answer to a message nobody wrote. `shape_problem` says what is wrong with such a
body, by field path and error kind only (never a value: it could be message text), so the
guard can ignore it. Fields not declared here are allowed and left to bolt.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class _Shape(BaseModel):
    # Slack adds fields freely, so unknown keys pass; declared ones must have their type.
    model_config = ConfigDict(extra="allow", strict=True)


class _Ref(_Shape):
    """`{"id": ...}`: a team, channel, enterprise or user referred to by id."""

    id: str | None = None


class _Authorization(_Shape):
    team_id: str | None = None
    enterprise_id: str | None = None
    user_id: str | None = None
    is_enterprise_install: bool | None = None


class _Envelope(_Shape):
    """What every body may carry, whatever its type (bolt's context reads these)."""

    type: str | None = None
    token: str | None = None
    team_id: str | None = None
    enterprise_id: str | None = None
    user_id: str | None = None
    channel_id: str | None = None
    api_app_id: str | None = None
    team: str | _Ref | None = None
    enterprise: str | _Ref | None = None
    user: str | _Ref | None = None
    channel: str | _Ref | None = None
    authorizations: list[_Authorization] | None = None
    is_enterprise_install: bool | str | None = None
    is_ext_shared_channel: bool | None = None
    response_url: str | None = None
    response_urls: list[dict[str, Any]] | None = None
    thread_ts: str | None = None
    event: dict[str, Any] | None = None


class _Event(_Shape):
    """Any event: bolt routes on `type` and reads ids from it."""

    type: str
    # A dict in user_change and team_join, a dict in channel_created.
    user: str | _Ref | None = None
    channel: str | _Ref | None = None
    team: str | None = None
    user_team: str | None = None
    thread_ts: str | None = None
    item: dict[str, Any] | None = None
    message: dict[str, Any] | None = None
    previous_message: dict[str, Any] | None = None
    assistant_thread: dict[str, Any] | None = None


class _MessageEvent(_Event):
    """app_mention and message: what the conversation listeners read. Slack never sends
    null for these, so null is wrong too."""

    user: str = ""
    channel: str
    ts: str
    text: str = ""
    thread_ts: str = ""
    event_ts: str = ""
    channel_type: str = ""
    subtype: str = ""
    bot_id: str = ""
    bot_profile: dict[str, Any] | None = None


class _HomeEvent(_Event):
    user: str
    tab: str = "home"


class _EventCallback(_Envelope):
    event_id: str | None = None
    event_time: int | None = None
    event: dict[str, Any]  # required here


class _Action(_Shape):
    action_id: str
    block_id: str | None = None
    value: str | None = None
    type: str | None = None


class _User(_Ref):
    id: str
    team_id: str | None = None


class _Container(_Shape):
    channel_id: str | None = None
    message_ts: str | None = None
    thread_ts: str | None = None


class _Message(_Shape):
    ts: str
    thread_ts: str | None = None
    text: str | None = None
    blocks: list[dict[str, Any]] | None = None


class _BlockActions(_Envelope):
    """A button press: the action listeners read the user, channel, message and action."""

    user: _User
    channel: _Ref | None = None
    container: _Container | None = None
    message: _Message | None = None
    actions: list[_Action] = Field(min_length=1)


class _UrlVerification(_Envelope):
    challenge: str


_EVENTS: Mapping[str, type[_Event]] = {
    "app_mention": _MessageEvent,
    "message": _MessageEvent,
    "app_home_opened": _HomeEvent,
}
_BODIES: Mapping[str, type[_Envelope]] = {
    "event_callback": _EventCallback,
    "block_actions": _BlockActions,
    "url_verification": _UrlVerification,
}


def shape_problem(body: Mapping[str, Any]) -> str | None:
    """What in `body` does not have the type Slack sends, or None when all is in place.

    Returns:
        The first problems as `path:kind` (e.g. `event.text:string_type`), without values.
    """
    kind = body.get("type")
    model = _BODIES.get(kind, _Envelope) if isinstance(kind, str) else _Envelope
    try:
        model.model_validate(body)
        event = body.get("event")
        if isinstance(event, dict):
            kind = event.get("type")
            event_model = _EVENTS.get(kind, _Event) if isinstance(kind, str) else _Event
            try:
                event_model.model_validate(event)
            except ValidationError as exc:
                return _summary(exc, prefix="event.")
    except ValidationError as exc:
        return _summary(exc)
    return None


def _summary(error: ValidationError, prefix: str = "") -> str:
    problems = [
        prefix + ".".join(str(part) for part in detail["loc"]) + ":" + detail["type"]
        for detail in error.errors(include_url=False, include_context=False, include_input=False)
    ]
    return " ".join(problems[:3])
