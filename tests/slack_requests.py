"""Requests as Slack sends them to an app in HTTP mode: events as JSON, slash commands and
interactions form-encoded, each signed v0=HMAC-SHA256("v0:{timestamp}:{body}")."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import itertools
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit

from tests.slack_stub import BOT_USER, TEAM

_ids = itertools.count(1)


def sign(secret: str, timestamp: str, body: str) -> str:
    """Slack's request signature."""
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Response:
    """The app's HTTP answer."""

    status: int
    body: str


class SlackSender:
    """Sends signed requests to the app's /slack/events."""

    def __init__(self, url: str, secret: str, team: str = TEAM) -> None:
        self.url = url
        self.secret = secret
        self.team = team

    def post(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """POST `body` signed with the secret (or with `signature`, to test rejection)."""
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        sent = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature or sign(self.secret, stamp, body),
            **(headers or {}),
        }
        parts = urlsplit(self.url)
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
        try:
            connection.request("POST", parts.path, body.encode(), sent)
            answer = connection.getresponse()
            return Response(answer.status, answer.read().decode())
        finally:
            connection.close()

    def event(
        self,
        event: Mapping[str, Any],
        *,
        event_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        **post: Any,
    ) -> Response:
        """An Events API callback wrapping `event`."""
        body = {
            "token": "legacy-verification-token",
            "team_id": self.team,
            "api_app_id": "A1",
            "event": dict(event),
            "type": "event_callback",
            "event_id": event_id or f"Ev{next(_ids):08d}",
            "event_time": int(time.time()),
            "authorizations": [
                {
                    "team_id": self.team,
                    "user_id": BOT_USER,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
        }
        return self.post(json.dumps(body), "application/json", headers=headers, **post)

    def command(
        self, text: str, *, response_url: str, user: str = "U1", channel: str = "C1"
    ) -> Response:
        """A /cyber slash command."""
        form = {
            "token": "legacy-verification-token",
            "team_id": self.team,
            "team_domain": "example",
            "channel_id": channel,
            "channel_name": "general",
            "user_id": user,
            "user_name": "agent",
            "command": "/cyber",
            "text": text,
            "api_app_id": "A1",
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": f"{next(_ids)}.1.abc",
        }
        return self.post(urlencode(form), "application/x-www-form-urlencoded")

    def click(
        self,
        message: Mapping[str, Any],
        button: Mapping[str, Any],
        *,
        response_url: str,
        user: str = "U1",
    ) -> Response:
        """A block_actions payload for `button` of `message` (as chat.postMessage returned it)."""
        block_id = next(
            b.get("block_id")
            for b in message["blocks"]
            if b["type"] == "actions" and button in b["elements"]
        )
        clicked = {
            "action_id": button["action_id"],
            "block_id": block_id,
            "text": button["text"],
            "value": button.get("value"),
            "type": "button",
            "action_ts": f"{time.time():.6f}",
        }
        return self.act(message, clicked, response_url=response_url, user=user)

    def act(
        self,
        message: Mapping[str, Any],
        action: Mapping[str, Any],
        *,
        response_url: str,
        user: str = "U1",
    ) -> Response:
        """A block_actions payload for any element of `message` (a checkbox ticked, a menu
        chosen): `action` is what Slack puts in `actions[0]`."""
        channel = message["channel"]
        payload = {
            "type": "block_actions",
            "user": {"id": user, "username": "someone", "team_id": self.team},
            "api_app_id": "A1",
            "token": "legacy-verification-token",
            "container": {
                "type": "message",
                "message_ts": message["ts"],
                "channel_id": channel,
                "is_ephemeral": False,
                "thread_ts": message.get("thread_ts"),
            },
            "trigger_id": f"{next(_ids)}.1.abc",
            "team": {"id": self.team, "domain": "example"},
            "channel": {"id": channel, "name": "general"},
            "message": {
                "type": "message",
                "user": BOT_USER,
                "bot_id": "BBOT",
                "ts": message["ts"],
                "thread_ts": message.get("thread_ts"),
                "text": message["text"],
                "blocks": message["blocks"],
            },
            "response_url": response_url,
            "actions": [dict(action)],
        }
        form = urlencode({"payload": json.dumps(payload, ensure_ascii=False)})
        return self.post(form, "application/x-www-form-urlencoded")
