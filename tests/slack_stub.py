"""A local stand-in for Slack's Web API, in the manner of bolt's mock_web_api_server.

It listens on 127.0.0.1 (a free port), records every call with its body, answers like
Slack (ok responses with ts, channel, permalink, view), rejects calls without a bot
token, and rejects Block Kit beyond Slack's limits with `invalid_blocks`, as Slack
would. It also serves response_url, for slash commands and buttons, and Slack's file upload:
`files.getUploadURLExternal` returns an upload URL on the stub itself, the POST of the
file's bytes to it is recorded (method "upload"), and `files.completeUploadExternal`
shares the file; `uploaded()` gives what was shared, where, and its content.

It schedules messages as Slack does: chat.scheduleMessage refuses a post_at in the past
(`time_in_past`) or more than 120 days ahead (`time_too_far`) by the stub's `clock`
(the bot's clock in the tests); chat.deleteScheduledMessage and
chat.scheduledMessages.list work on what is still scheduled (`scheduled()`).

It also completes an OAuth v2 install (`oauth.v2.access`, authenticated with the app's
client id and secret): a code issued by `grant` becomes an installation of its team, with a
bot token of that team's own, and a rotating refresh token when asked; `auth.test` then
names the team the calling token belongs to.

It injects Slack's faults into the next call of a method: an `ok: false` answer
(`fail`), an HTTP status such as 429 with Retry-After or a 5xx (`status`), or a delay
before answering (`hang`).
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tests.slack_limits import message_problems, view_problems

BOT_USER = "UBOT"
BOT_ID = "BBOT"
TEAM = "T1"
RESPONSE_URL = "response_url"
UPLOAD = "upload"
ADMIN = "UADMIN"  # the workspace admin users.info names
_MESSAGE_METHODS = frozenset(
    {"chat.postMessage", "chat.postEphemeral", "chat.update", "chat.scheduleMessage"}
)
# chat.scheduleMessage: "post_at ... cannot be more than 120 days in the future".
SCHEDULE_DAYS = 120


@dataclass(frozen=True)
class Call:
    """One request to the stub: the API method (or "response_url"), its body and headers,
    and what the stub answered."""

    method: str
    body: dict[str, Any]
    headers: dict[str, str] = field(repr=False)
    response: dict[str, Any] = field(default_factory=dict, repr=False)
    at: float = field(default_factory=time.monotonic, repr=False)  # when the stub answered
    status: int = 200  # the HTTP status it answered with

    @property
    def message(self) -> dict[str, Any]:
        """A posted message as Slack keeps it: the body, with its channel id and ts."""
        return {**self.body, "channel": self.response["channel"], "ts": self.response["ts"]}


@dataclass(frozen=True)
class _Fault:
    """What the next call of a method meets instead of a plain answer."""

    error: str | None = None  # answered as {"ok": false, "error": error}, HTTP 200
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering


class SlackStub:
    """Start with `with SlackStub() as stub:`; point the bot's WebClient at `stub.api_url`."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.problems: list[str] = []
        self._faults: dict[str, list[_Fault]] = {}
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._files: dict[str, dict[str, Any]] = {}  # upload URL handed out: file id → params
        self._scheduled: dict[str, dict[str, Any]] = {}  # scheduled message id → message
        self._scheduled_ids = itertools.count(1)
        # What "now" is for post_at; a test sets it to the bot's clock.
        self.clock: Callable[[], float] = time.time
        # OAuth: code → team id, and each token → its team (the first bot token is TEAM's).
        self.client_id = "1111.2222"
        self.client_secret = "stub-client-secret"
        self._codes: dict[str, str] = {}
        self.tokens: dict[str, str] = {"xoxb-1-test": TEAM}
        self._rotating = False
        self._issued = itertools.count(1)
        self._server = _Server(("127.0.0.1", 0), _handler(self))
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.01,))

    def __enter__(self) -> SlackStub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._thread.join()
        self._server.server_close()

    @property
    def url(self) -> str:
        """The stub's root, http://127.0.0.1:PORT/."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/"

    @property
    def api_url(self) -> str:
        """The Web API base URL (SLACK_API_URL)."""
        return self.url + "api/"

    def uploaded(self) -> list[dict[str, Any]]:
        """Each file shared by files.completeUploadExternal: its id, title, channel,
        thread_ts, initial_comment and content (the bytes POSTed to its upload URL, as text)."""
        with self._lock:
            calls = list(self.calls)
        contents = {c.body["file_id"]: c.body["content"] for c in calls if c.method == UPLOAD}
        shared = []
        for call in calls:
            if call.method != "files.completeUploadExternal" or not call.response.get("ok"):
                continue
            for file in json.loads(call.body["files"]):
                shared.append(
                    {
                        "id": file["id"],
                        "title": file.get("title"),
                        "channel": call.body.get("channel_id"),
                        "thread_ts": call.body.get("thread_ts"),
                        "initial_comment": call.body.get("initial_comment"),
                        "content": contents.get(file["id"]),
                    }
                )
        return shared

    def scheduled(self, **match: Any) -> list[dict[str, Any]]:
        """The messages still scheduled (not deleted), soonest first: id, channel,
        thread_ts, post_at (int) and text."""
        with self._lock:
            items = list(self._scheduled.values())
        found = [m for m in items if all(m.get(k) == v for k, v in match.items())]
        return sorted(found, key=lambda m: (m["post_at"], m["id"]))

    def response_url(self, name: str) -> str:
        """A response_url Slack would put in a command or action payload."""
        return f"{self.url}{RESPONSE_URL}/{name}"

    def grant(self, team: str, *, rotating: bool = False) -> str:
        """A code Slack would put in the redirect after a person approves the install in
        `team`; `rotating`: its tokens expire and come with a refresh token."""
        code = f"code-{team}-{next(self._issued)}"
        with self._lock:
            self._codes[code] = team
            self._rotating = rotating
        return code

    def team_of_call(self, call: Call) -> str | None:
        """The team whose bot token made `call`."""
        token = call.headers.get("authorization", "").removeprefix("Bearer ")
        return self.tokens.get(token)

    def fail(self, method: str, error: str, *, times: int = 1) -> None:
        """Make the next call (or `times` calls) of `method` fail with `error`, as Slack
        reports failures."""
        self._inject(method, _Fault(error=error), times)

    def status(
        self, method: str, code: int, headers: Mapping[str, str] | None = None, *, times: int = 1
    ) -> None:
        """Make the next call (or `times` calls) of `method` get HTTP `code` (429 with
        Retry-After, 500, 503…) with Slack's JSON error body and `headers`."""
        self._inject(method, _Fault(status=code, headers=dict(headers or {})), times)

    def hang(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Make the next call (or `times` calls) of `method` wait `seconds` before it is
        answered as usual (and recorded, as Slack would post a message whose caller gave up
        waiting)."""
        self._inject(method, _Fault(delay=seconds), times)

    def faults_left(self, method: str) -> int:
        """How many injected faults of `method` no call has met yet (0: a hang has begun)."""
        with self._lock:
            return len(self._faults.get(method) or [])

    def _inject(self, method: str, fault: _Fault, times: int = 1) -> None:
        """Queue a fault: each call of `method` takes the first one waiting, in order."""
        with self._lock:
            self._faults.setdefault(method, []).extend([fault] * times)

    def of(self, method: str, **match: Any) -> list[Call]:
        """The calls of `method` whose body has every `match` item."""
        with self._lock:
            calls = list(self.calls)
        return [
            c
            for c in calls
            if c.method == method and all(c.body.get(k) == v for k, v in match.items())
        ]

    def wait_for(
        self, method: str, count: int = 1, timeout: float = 5.0, **match: Any
    ) -> list[Call]:
        """The calls of `method`, once there are `count` of them (bounded polling).

        Raises:
            AssertionError: Fewer calls arrived within `timeout` seconds.
        """
        deadline = time.monotonic() + timeout
        while True:
            calls = self.of(method, **match)
            if len(calls) >= count or time.monotonic() > deadline:
                break
            time.sleep(0.005)
        assert len(calls) >= count, f"{len(calls)} {method} calls, wanted {count}: {self.calls}"
        return calls

    # -- answering ----------------------------------------------------------------

    def answer(self, path: str, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        return self._answer(path, body, headers)[0].response

    def _answer(
        self, path: str, body: dict[str, Any], headers: dict[str, str]
    ) -> tuple[Call, Mapping[str, str]]:
        """The recorded call, with the stub's answer, and any headers to answer with."""
        name = path.strip("/")
        if name.startswith(RESPONSE_URL + "/"):
            return self._record(Call(RESPONSE_URL, body, headers), message_problems(body)), {}
        if name.startswith(UPLOAD + "/"):
            # The upload URL is unauthenticated, as Slack's is: the URL itself is the secret.
            file_id = name.removeprefix(UPLOAD + "/")
            known = file_id in self._files
            call = Call(UPLOAD, {"file_id": file_id, **body}, headers)
            return self._record(call, [], error=None if known else "unknown_file"), {}
        method = name.removeprefix("api/")
        if method == "oauth.v2.access":
            return self._record(
                Call(method, body, headers), [], **self._exchange(body, headers)
            ), {}
        if not headers.get("authorization", "").startswith("Bearer xoxb-"):
            return self._record(Call(method, body, headers), [], error="not_authed"), {}
        with self._lock:
            faults = self._faults.get(method) or []
            fault = faults.pop(0) if faults else _Fault()
        time.sleep(fault.delay)
        if fault.status != 200:
            call = Call(method, body, headers, status=fault.status)
            return self._record(call, [], error=_status_error(fault.status)), fault.headers
        problems: list[str] = []
        error = fault.error or self._schedule_error(method, body)
        if method in _MESSAGE_METHODS:
            problems = message_problems(body)
        elif method == "views.publish":
            view = body.get("view")
            problems = view_problems(json.loads(view) if isinstance(view, str) else view or {})
        return self._record(Call(method, body, headers), problems, error=error), {}

    def _schedule_error(self, method: str, body: dict[str, Any]) -> str | None:
        """What Slack answers a scheduling call it refuses, before anything is kept."""
        if method == "chat.scheduleMessage":
            try:
                post_at = int(str(body.get("post_at")))
            except ValueError:
                return "invalid_time"
            now = self.clock()
            if post_at <= now:
                return "time_in_past"
            if post_at > now + SCHEDULE_DAYS * 86_400:
                return "time_too_far"
        if method == "chat.deleteScheduledMessage":
            with self._lock:
                known = self._scheduled.get(str(body.get("scheduled_message_id")))
            if known is None or known["channel"] != body.get("channel"):
                return "invalid_scheduled_message_id"
        return None

    def _schedule(self, body: dict[str, Any], channel: str) -> dict[str, Any]:
        message_id = f"Q{next(self._scheduled_ids):05d}"
        post_at = int(str(body["post_at"]))
        kept = {
            "id": message_id,
            "channel": channel,
            "thread_ts": body.get("thread_ts"),
            "post_at": post_at,
            "text": body.get("text"),
        }
        with self._lock:
            self._scheduled[message_id] = kept
        return {"channel": channel, "scheduled_message_id": message_id, "post_at": post_at}

    def _unschedule(self, body: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            self._scheduled.pop(str(body.get("scheduled_message_id")), None)
        return {}

    def _scheduled_list(self, body: dict[str, Any]) -> dict[str, Any]:
        channel = body.get("channel")
        listed = self.scheduled(**({"channel": channel} if channel else {}))
        return {
            "scheduled_messages": [
                {
                    "id": m["id"],
                    "channel_id": m["channel"],
                    "post_at": m["post_at"],
                    "date_created": int(self.clock()),
                    "text": m["text"],
                }
                for m in listed
            ],
            "response_metadata": {"next_cursor": ""},
        }

    def _exchange(self, body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
        """oauth.v2.access: a code (or a refresh token) for an installation, as Slack does."""
        client_id, secret = str(body.get("client_id")), str(body.get("client_secret"))
        basic = headers.get("authorization", "")
        if basic.startswith("Basic "):
            client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
        if (client_id, secret) != (self.client_id, self.client_secret):
            return {"error": "invalid_client_id"}
        with self._lock:
            if body.get("grant_type") == "refresh_token":
                team = self.tokens.get(str(body.get("refresh_token")))
            else:
                team = self._codes.pop(str(body.get("code")), None)
            if team is None:
                return {"error": "invalid_code"}
            n = next(self._issued)
            token = f"xoxb-{team}-{n}"
            self.tokens[token] = team
            answer: dict[str, Any] = {
                "app_id": "A1",
                "authed_user": {"id": "U1"},
                "scope": "app_mentions:read,chat:write,commands",
                "token_type": "bot",
                "access_token": token,
                "bot_user_id": BOT_USER,
                "team": {"id": team, "name": f"Team {team}"},
                "enterprise": None,
                "is_enterprise_install": False,
            }
            if self._rotating:
                refresh = f"xoxe-1-{team}-{n}"
                self.tokens[refresh] = team
                answer |= {"refresh_token": refresh, "expires_in": 43_200}
        return {"answer": answer}

    def _record(
        self,
        call: Call,
        problems: list[str],
        *,
        error: str | None = None,
        answer: dict[str, Any] | None = None,
    ) -> Call:
        if problems:
            response = {"ok": False, "error": "invalid_blocks", "errors": problems}
        elif error is not None:
            response = {"ok": False, "error": error}
        elif answer is not None:
            response = {"ok": True, **answer}
        else:
            response = self._ok(call)
        recorded = replace(call, response=response, at=time.monotonic())
        with self._lock:
            self.calls.append(recorded)
            self.problems += [f"{call.method}: {p}" for p in problems]
        return recorded

    def _replies_in(self, channel: str, thread_ts: object) -> list[dict[str, Any]]:
        """The bot's messages in a thread, as conversations.replies lists them."""
        with self._lock:
            posted = [c for c in self.calls if c.method == "chat.postMessage"]
        return [
            {
                "type": "message",
                "bot_id": BOT_ID,
                "text": c.body.get("text"),
                "ts": c.response["ts"],
            }
            for c in posted
            if c.response.get("ok")
            and c.response.get("channel") == channel
            and c.body.get("thread_ts") == thread_ts
        ]

    def _upload_url(self, body: dict[str, Any]) -> dict[str, Any]:
        file_id = f"F{next(self._file_ids):04d}"
        self._files[file_id] = dict(body)
        return {"upload_url": f"{self.url}{UPLOAD}/{file_id}", "file_id": file_id}

    def _complete(self, body: dict[str, Any]) -> dict[str, Any]:
        files = json.loads(body.get("files") or "[]")
        return {
            "files": [
                {
                    "id": f["id"],
                    "title": f.get("title"),
                    "name": self._files[f["id"]].get("filename"),
                    "permalink": f"https://example.slack.com/files/{BOT_USER}/{f['id']}",
                }
                for f in files
            ]
        }

    def _ok(self, call: Call) -> dict[str, Any]:
        body = call.body
        channel = str(body.get("channel", ""))
        if channel.startswith("#"):
            channel = "C" + channel[1:].upper().replace("-", "")
        ts = f"1700000000.{next(self._ts):06d}"
        responses: dict[str, Callable[[], dict[str, Any]]] = {
            "auth.test": lambda: {
                "url": "https://example.slack.com/",
                "team": "Example",
                "user": "cyberbot",
                "team_id": self.team_of_call(call) or TEAM,
                "user_id": BOT_USER,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            },
            "chat.postMessage": lambda: {
                "channel": channel,
                "ts": ts,
                "message": {"type": "message", "bot_id": BOT_ID, "user": BOT_USER, "ts": ts}
                | {k: body[k] for k in ("text", "blocks", "thread_ts") if k in body},
            },
            "chat.postEphemeral": lambda: {"message_ts": ts},
            "chat.update": lambda: {
                "channel": channel,
                "ts": body.get("ts"),
                "text": body.get("text"),
            },
            "chat.getPermalink": lambda: {
                "channel": channel,
                "permalink": f"https://example.slack.com/archives/{channel}/p"
                + str(body.get("message_ts", "")).replace(".", ""),
            },
            "views.publish": lambda: {"view": {"id": "V1", "type": "home"}},
            "views.open": lambda: {"view": {"id": "V2"}},
            "conversations.replies": lambda: {
                "messages": self._replies_in(channel, body.get("ts"))
            },
            "users.info": lambda: {
                "user": {
                    "id": body.get("user"),
                    "tz": "Asia/Tokyo",
                    "is_admin": body.get("user") == ADMIN,
                }
            },
            "chat.scheduleMessage": lambda: self._schedule(body, channel),
            "chat.deleteScheduledMessage": lambda: self._unschedule(body),
            "chat.scheduledMessages.list": lambda: self._scheduled_list(body),
            "files.getUploadURLExternal": lambda: self._upload_url(body),
            "files.completeUploadExternal": lambda: self._complete(body),
            UPLOAD: dict,
            RESPONSE_URL: dict,
        }
        if call.method == "files.completeUploadExternal":
            missing = [
                f["id"] for f in json.loads(body.get("files") or "[]") if f["id"] not in self._files
            ]
            if missing:
                return _no_file(missing[0])
        make = responses.get(call.method)
        if make is None:
            return {"ok": False, "error": "unknown_method"}
        return {"ok": True, **make()}


def _no_file(file_id: str) -> dict[str, Any]:
    return {"ok": False, "error": "file_not_found", "file": file_id}


def _status_error(status: int) -> str:
    """The error Slack's body names with an HTTP error status."""
    if status == HTTPStatus.TOO_MANY_REQUESTS:
        return "ratelimited"
    return HTTPStatus(status).phrase.lower().replace(" ", "_")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # A burst of replies must not find the stand-in's door shut (the default backlog is 5).
    request_queue_size = 256


def _handler(stub: SlackStub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            data = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            raw = data.decode("utf-8", "replace")
            headers = {k.lower(): v for k, v in self.headers.items()}
            if self.path.strip("/").startswith(UPLOAD + "/"):
                body: dict[str, Any] = {"content": raw, "length": len(data)}
            elif headers.get("content-type", "").startswith("application/json"):
                body = json.loads(raw or "{}")
            else:
                body = dict(parse_qsl(raw))
            call, extra = stub._answer(self.path, body, headers)
            answer = json.dumps(call.response).encode()
            try:
                self.send_response(call.status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(answer)))
                for name, value in extra.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(answer)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped waiting for a hung call

        def log_message(self, format: str, *args: Any) -> None:
            pass  # the calls are recorded; stderr stays quiet

    return Handler
