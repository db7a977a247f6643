"""HTTP mode under hostile and malformed requests, over real HTTP against the running bot.

Nothing unsigned is parsed or answered in Slack; nothing malformed gets a 5xx, a dropped
connection or a traceback in the log; signed bodies with fields of the wrong type are
acknowledged and ignored.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import io
import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import quote, urlencode, urlsplit
from wsgiref.util import setup_testing_defaults

import pytest
from slack_bolt import BoltContext
from slack_sdk import WebClient

from bot.slack.errors import answer_error, describe
from bot.slack.guard import SlackGuard
from bot.slack.http_server import EVENTS_PATH, MAX_BODY
from tests.slack_harness import MENTION, SECRET, Harness, new_ts
from tests.slack_requests import Response
from tests.slack_stub import TEAM


def sign(secret: str, stamp: str, body: bytes) -> str:
    """Slack's signature over raw bytes (tests.slack_requests.sign takes text)."""
    base = f"v0:{stamp}:".encode() + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


_ACTING = ("chat.postMessage", "chat.postEphemeral", "chat.update", "response_url")


@pytest.fixture(autouse=True)
def no_tracebacks(
    caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> Iterator[None]:
    """Whatever the request, the log holds no traceback (nor the frames of one), and no
    error unless the test asks for `logged_errors`."""
    caplog.set_level(logging.INFO)
    yield
    for record in caplog.get_records("setup") + caplog.get_records("call"):
        line = record.getMessage()
        assert record.exc_info is None, line
        assert "Traceback" not in line and 'File "' not in line, line
        if "logged_errors" not in request.fixturenames:
            assert record.levelno < logging.ERROR, line


@pytest.fixture
def logged_errors(caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    """The error lines logged so far, for a test that causes errors on purpose."""
    return lambda: [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def acted(slack: Harness) -> list[str]:
    """What the bot did in Slack: posts and response_url calls."""
    slack.settle()
    return [call.method for call in slack.stub.calls if call.method in _ACTING]


def post(
    slack: Harness,
    body: bytes,
    content_type: str = "application/json",
    *,
    headers: Mapping[str, str] | None = None,
    signed: bool = True,
    method: str = "POST",
    path: str = EVENTS_PATH,
) -> Response:
    """Send raw bytes, signed over those bytes unless `signed` is false."""
    stamp = str(int(time.time()))
    sent = {"Content-Type": content_type}
    if signed:
        sent |= {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": sign(SECRET, stamp, body)}
    sent |= headers or {}
    parts = urlsplit(slack.bot.url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request(method, path, body, sent)
        answer = connection.getresponse()
        return Response(answer.status, answer.read().decode())
    finally:
        connection.close()


def raw_status(slack: Harness, request: bytes) -> int:
    """Send bytes as they are (a bad Content-Length, say); the status line's code."""
    parts = urlsplit(slack.bot.url)
    with socket.create_connection((parts.hostname or "", parts.port or 0), timeout=10) as sock:
        sock.sendall(request)
        answer = b""
        while b"\r\n" not in answer:
            chunk = sock.recv(4096)
            assert chunk, f"connection closed without an answer after {answer!r}"
            answer += chunk
    return int(answer.split(b" ", 2)[1])


def mention_event(**fields: Any) -> dict[str, Any]:
    ts = new_ts()
    event = {"type": "app_mention", "user": "U1", "text": f"{MENTION} 調査費300万円", "ts": ts}
    return event | {"channel": "C1", "event_ts": ts} | fields


def callback(event: Any, **fields: Any) -> dict[str, Any]:
    """An event_callback body around `event`, whatever it is."""
    body = {"type": "event_callback", "team_id": TEAM, "api_app_id": "A1", "event": event}
    return body | {"event_id": f"Ev{new_ts()}", "event_time": int(time.time())} | fields


# -- unsigned and forged -------------------------------------------------------------


def forged_bodies(slack: Harness) -> list[tuple[bytes, str]]:
    """An event, a slash command and a button press naming a channel and a response_url."""
    response_url = slack.stub.response_url("forged")
    event = json.dumps(callback(mention_event(), response_url=response_url)).encode()
    command = urlencode(
        {"command": "/cyber", "text": "調査費300万円", "team_id": TEAM, "channel_id": "C1"}
        | {"user_id": "U1", "response_url": response_url}
    ).encode()
    click = {
        "type": "block_actions",
        "team": {"id": TEAM},
        "user": {"id": "U1"},
        "channel": {"id": "C1"},
        "message": {"ts": new_ts(), "text": "x"},
        "actions": [{"action_id": "escalate", "value": "x"}],
        "response_url": response_url,
    }
    form = "application/x-www-form-urlencoded"
    return [
        (event, "application/json"),
        (command, form),
        (("payload=" + quote(json.dumps(click))).encode(), form),
    ]


_STAMP = str(int(time.time()))  # refused anyway: these lack a valid signature
_ZEROS = "v0=" + "0" * 64
UNSIGNED = [
    ({"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=00"}, "non-numeric-timestamp"),
    ({"X-Slack-Request-Timestamp": "", "X-Slack-Signature": _ZEROS}, "empty-timestamp"),
    ({"X-Slack-Request-Timestamp": "1e9", "X-Slack-Signature": _ZEROS}, "float-timestamp"),
    ({"X-Slack-Request-Timestamp": "9" * 40, "X-Slack-Signature": _ZEROS}, "huge-timestamp"),
    ({"X-Slack-Signature": _ZEROS}, "no-timestamp"),
    ({"X-Slack-Request-Timestamp": _STAMP}, "no-signature"),
    ({"X-Slack-Request-Timestamp": _STAMP, "X-Slack-Signature": _ZEROS}, "wrong-signature"),
    ({"X-Slack-Request-Timestamp": _STAMP, "X-Slack-Signature": "v0=é"}, "non-ascii-signature"),
    ({}, "no-headers"),
]


@pytest.mark.parametrize(("headers", "name"), UNSIGNED, ids=[name for _, name in UNSIGNED])
def test_a_request_without_a_valid_signature_gets_401_and_nothing_happens(
    slack: Harness, headers: dict[str, str], name: str
) -> None:
    for body, content_type in forged_bodies(slack):
        response = post(slack, body, content_type, headers=headers, signed=False)

        assert response == Response(401, ""), name
    assert acted(slack) == []


@pytest.mark.parametrize("age", [-360, 301, 3600], ids=["future", "just-stale", "an-hour-old"])
def test_a_correctly_signed_request_with_a_stale_timestamp_gets_401(
    slack: Harness, age: int
) -> None:
    body = json.dumps(callback(mention_event()))
    response = slack.sender.post(body, "application/json", timestamp=int(time.time()) - age)

    assert response == Response(401, "")
    assert acted(slack) == []


def test_a_body_signed_with_another_secret_gets_401(slack: Harness) -> None:
    body = json.dumps(callback(mention_event())).encode()
    stamp = str(int(time.time()))
    signature = sign("another-secret", stamp, body)
    headers = {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": signature}

    assert post(slack, body, headers=headers, signed=False) == Response(401, "")
    assert acted(slack) == []


# -- signed but malformed ------------------------------------------------------------

_FORM = "application/x-www-form-urlencoded"
_JSON = "application/json"


def as_json(body: Any) -> bytes:
    return json.dumps(body).encode()


def as_payload(body: Any) -> bytes:
    return b"payload=" + quote(json.dumps(body)).encode()


MALFORMED = [
    ("list", b"[]", _JSON, 400),
    ("null", b"null", _JSON, 400),
    ("number", b"42", _JSON, 400),
    ("string", b'"event_callback"', _JSON, 400),
    ("empty", b"", _JSON, 400),
    ("not-json", b"{not json", _JSON, 400),
    ("invalid-utf8", b'{"type": "event_callback", "x": "\xff\xfe"}', _JSON, 400),
    ("nested", b"[" * 200_000, _JSON, 400),
    ("nested-object", b'{"a":' * 200_000, _JSON, 400),
    ("bad-payload", b"payload=%7Bnot", _FORM, 400),
    ("payload-list", b"payload=%5B%5D", _FORM, 400),
    ("event-null", as_json(callback(None)), _JSON, 200),
    ("event-list", as_json(callback([1, 2])), _JSON, 200),
    ("event-string", as_json(callback("message")), _JSON, 200),
    ("event-no-type", as_json(callback({"text": "x"})), _JSON, 200),
    ("authorizations-string", as_json(callback(mention_event(), authorizations="x")), _JSON, 200),
    ("team-number", as_json({"type": "view_submission", "team": 5}), _JSON, 200),
    (
        "actions-empty",
        as_payload({"type": "block_actions", "user": {"id": "U1"}, "actions": []}),
        _FORM,
        200,
    ),
    (
        "actions-string",
        as_payload({"type": "block_actions", "user": {"id": "U1"}, "actions": "x"}),
        _FORM,
        200,
    ),
]


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [case[1:] for case in MALFORMED],
    ids=[case[0] for case in MALFORMED],
)
def test_a_signed_malformed_body_gets_400_or_is_ignored_never_a_5xx(
    slack: Harness, body: bytes, content_type: str, status: int
) -> None:
    response = post(slack, body, content_type)

    assert response == Response(status, "")
    assert acted(slack) == []


WRONG_TYPES = [
    ("text-number", {"text": 42}),
    ("text-list", {"text": [f"{MENTION} 調査費300万円"]}),
    ("text-object", {"text": {"text": f"{MENTION} 調査費300万円"}}),
    ("text-null", {"text": None}),
    ("channel-number", {"channel": 1}),
    ("channel-object", {"channel": {"id": "C1"}}),
    ("user-list", {"user": ["U1"]}),
    ("ts-number", {"ts": 1800000000.5}),
    ("thread-ts-number", {"thread_ts": 7}),
    ("type-number", {"type": 5}),
    ("subtype-list", {"subtype": []}),
]


@pytest.mark.parametrize("fields", [f for _, f in WRONG_TYPES], ids=[n for n, _ in WRONG_TYPES])
def test_a_signed_event_with_a_field_of_the_wrong_type_is_ignored_quietly(
    slack: Harness, fields: dict[str, Any]
) -> None:
    response = slack.sender.event(mention_event(**fields))

    assert response == Response(200, "")
    assert acted(slack) == []


def test_the_same_event_with_its_fields_in_place_is_answered(slack: Harness) -> None:
    """The control for the test above: the event is one the bot answers."""
    assert slack.sender.event(mention_event()).status == 200
    assert acted(slack) == ["chat.postMessage"]


# -- HTTP itself ---------------------------------------------------------------------

_HEAD = b"POST /slack/events HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"


@pytest.mark.parametrize(
    ("length", "status"),
    [(b"abc", 400), (b"-1", 400), (b"1e3", 400), (b"99999999999999", 413)],
    ids=["letters", "negative", "float", "huge"],
)
def test_a_bad_content_length_gets_an_answer(slack: Harness, length: bytes, status: int) -> None:
    request = _HEAD + b"Content-Length: " + length + b"\r\nConnection: close\r\n\r\n{}"

    assert raw_status(slack, request) == status
    assert acted(slack) == []


def test_a_body_at_the_limit_is_read_and_one_byte_more_gets_413(slack: Harness) -> None:
    event = mention_event()
    filler = MAX_BODY - len(as_json(callback(event, padding="", event_id="EvLIMIT")))
    body = as_json(callback(event, padding="x" * filler, event_id="EvLIMIT"))
    over = _HEAD + f"Content-Length: {MAX_BODY + 1}\r\nConnection: close\r\n\r\n".encode()

    assert len(body) == MAX_BODY and post(slack, body).status == 200
    assert acted(slack) == ["chat.postMessage"]
    assert raw_status(slack, over) == 413


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", EVENTS_PATH, 405),
        ("PUT", EVENTS_PATH, 405),
        ("POST", "/", 404),
        ("POST", "/slack/events/x", 404),
        ("GET", "/admin", 404),
    ],
)
def test_another_path_or_method_gets_404_or_405(
    slack: Harness, method: str, path: str, status: int
) -> None:
    body = json.dumps(callback(mention_event())).encode()

    assert post(slack, body, method=method, path=path) == Response(status, "")
    assert acted(slack) == []


def test_fifty_simultaneous_connections_are_all_answered(slack: Harness) -> None:
    body = json.dumps({"token": "t", "challenge": "c", "type": "url_verification"}).encode()
    start = threading.Barrier(50)
    statuses: list[int | str] = []

    def connect() -> None:
        start.wait()
        try:
            statuses.append(post(slack, body).status)
        except OSError as exc:
            statuses.append(type(exc).__name__)

    threads = [threading.Thread(target=connect) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [200] * 50


# -- what is left for the guard and the error handler --------------------------------


def _environ(body: bytes) -> dict[str, Any]:
    stamp = str(int(time.time()))
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": EVENTS_PATH,
        "CONTENT_TYPE": "application/json",
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_X_SLACK_REQUEST_TIMESTAMP": stamp,
        "HTTP_X_SLACK_SIGNATURE": sign(SECRET, stamp, body),
        "wsgi.input": io.BytesIO(body),
    }
    setup_testing_defaults(environ)
    return environ


def _failing(environ: Any, start_response: Any) -> list[bytes]:
    raise RuntimeError("a message that quotes the user: 調査費300万円")


def _server_error(environ: Any, start_response: Any) -> list[bytes]:
    start_response("500 Internal Server Error", [("Content-Length", "0")])
    return [b""]


@pytest.mark.parametrize("app", [_failing, _server_error], ids=["raises", "answers-500"])
def test_an_unexpected_failure_behind_the_guard_is_one_line_and_a_200(
    app: Any, caplog: pytest.LogCaptureFixture, logged_errors: Callable[[], list[str]]
) -> None:
    guard = SlackGuard(app, SECRET, path=EVENTS_PATH, max_body=MAX_BODY)
    answered: list[str] = []

    def start_response(status: str, headers: list[tuple[str, str]], *exc: Any) -> Any:
        answered.append(status)
        return None

    chunks = guard(
        _environ(as_json({"type": "url_verification", "challenge": "c"})), start_response
    )

    assert answered == ["200 OK"] and b"".join(chunks) == b""
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.slack.guard"]
    assert len(lines) == 1 and "調査費" not in lines[0], lines
    assert len(logged_errors()) == (1 if app is _failing else 0)


ODD_BODIES: list[dict[str, Any]] = [
    {"event": "message"},
    {"event": [1, 2]},
    {"event": {"channel": 1, "ts": ["x"]}},
    {"event": {"channel": "C1", "ts": "1.1", "thread_ts": 5}, "team_id": 3},
    {"team": "T1", "channel": ["C1"], "message": "x", "actions": "x"},
    {"team": [1], "container": 5, "actions": [1], "response_url": 5},
    {"channel": {"id": {"x": 1}}, "message": {"ts": 9}, "actions": [{"action_id": []}]},
]


@pytest.mark.parametrize("body", ODD_BODIES)
def test_the_error_handler_takes_a_body_with_fields_of_any_type(
    slack: Harness, body: dict[str, Any], logged_errors: Callable[[], list[str]]
) -> None:
    client = WebClient(token="xoxb-1-test", base_url=slack.stub.api_url)

    answer_error(RuntimeError("x"), body, BoltContext(), client, None)

    assert isinstance(describe(body), str)
    assert acted(slack) == []
    [line] = logged_errors()
    assert line.startswith("error_id=") and "RuntimeError" in line
