"""WSGI middleware in front of bolt: a request is authenticated and checked before bolt
sees it, and nothing that reaches us becomes a 5xx or a traceback.

In order: the path and method (404, 405; the OAuth pages of multi-workspace mode, which a
person's browser reaches unsigned, are the one exception: a GET of exactly those paths
goes to bolt without a signature, its 5xx answered as 400), the size (413), the
signature over the raw bytes with a fresh timestamp (401, empty body), then the body:
UTF-8 and the JSON or form bolt would parse (400). A signed body whose fields have the
wrong type (`shapes`) is acknowledged with 200 and dropped, so Slack does not retry it and
nothing answers it. Only then does bolt parse it. Anything unexpected is one log line with
an id and the exception's type, never its message (it could quote what the user wrote).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import TYPE_CHECKING

from slack_bolt.request.internals import parse_body
from slack_sdk.signature import SignatureVerifier

from bot.slack.errors import new_error_id
from bot.slack.shapes import shape_problem

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

log = logging.getLogger(__name__)

# A Unix time in seconds has 10 digits until 2286; more is not a timestamp.
_MAX_TIMESTAMP_DIGITS = 12


class _RawBytesVerifier(SignatureVerifier):
    """slack_sdk's verifier (timestamp window, constant-time comparison), signing the raw
    bytes: its own `generate_signature` decodes them as UTF-8 first and raises on a body
    that is not, so such a body could not be told signed (400) from unsigned (401)."""

    def generate_signature(self, *, timestamp: str, body: str | bytes) -> str:
        raw = body if isinstance(body, bytes) else body.encode()
        base = b"v0:" + timestamp.encode() + b":" + raw
        return "v0=" + hmac.new(self.signing_secret.encode(), base, hashlib.sha256).hexdigest()


class RefusedError(Exception):
    """The request is answered with `status` and never reaches bolt."""

    def __init__(self, status: HTTPStatus, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class SlackGuard:
    """Wraps a WSGI app (bolt's `SlackRequestHandler`) serving Slack at one path."""

    def __init__(
        self,
        app: WSGIApplication,
        signing_secret: str,
        *,
        path: str,
        max_body: int,
        unsigned_get: frozenset[str] = frozenset(),
    ) -> None:
        """
        Args:
            app: The app that handles what passes.
            signing_secret: The app's signing secret; an empty one refuses everything.
            path: The one path served, e.g. /slack/events.
            max_body: The largest body accepted, in bytes.
            unsigned_get: Paths admitted for GET without a signature (bolt's OAuth
                install and redirect pages); nothing else is.
        """
        self._app = app
        self._unsigned_get = unsigned_get
        self._secret = signing_secret
        self._verifier = _RawBytesVerifier(signing_secret)
        self._path = path
        self._max_body = max_body

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if path in self._unsigned_get:
            if method != "GET":
                log.info("http 405 method")
                return _answer(start_response, HTTPStatus.METHOD_NOT_ALLOWED, allow="GET")
            return self._forward(environ, start_response, page=True)
        try:
            self._admit(environ)
        except RefusedError as refusal:
            log.info("http %d %s", refusal.status, refusal.reason)
            allow = "POST" if refusal.status == 405 else None
            return _answer(start_response, refusal.status, allow=allow)
        except Exception as exc:
            log.error("error_id=%s request check failed: %s", new_error_id(), type(exc).__name__)
            return _answer(start_response, HTTPStatus.BAD_REQUEST)
        return self._forward(environ, start_response)

    def _admit(self, environ: WSGIEnvironment) -> None:
        """Check the request, leaving its body in `wsgi.input` for bolt.

        Raises:
            RefusedError: The request is not one for bolt.
        """
        if environ.get("PATH_INFO") != self._path:
            raise RefusedError(HTTPStatus.NOT_FOUND, "path")
        if environ.get("REQUEST_METHOD") != "POST":
            raise RefusedError(HTTPStatus.METHOD_NOT_ALLOWED, "method")
        body = self._body(environ)
        if not self._signed(environ, body):
            raise RefusedError(HTTPStatus.UNAUTHORIZED, "signature")
        try:
            text = body.decode("utf-8")
            content_type = str(environ.get("CONTENT_TYPE") or "").split(";")[0] or None
            # The parser bolt applies next, so what is checked is what bolt will see.
            payload = parse_body(text, content_type)
        except (ValueError, RecursionError) as exc:
            raise RefusedError(HTTPStatus.BAD_REQUEST, f"body {type(exc).__name__}") from None
        if not isinstance(payload, dict) or not payload:
            kind = type(payload).__name__ if payload else "empty"
            raise RefusedError(HTTPStatus.BAD_REQUEST, f"body {kind}")
        problem = shape_problem(payload)
        if problem is not None:
            raise RefusedError(HTTPStatus.OK, f"ignored: {problem}")
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))

    def _body(self, environ: WSGIEnvironment) -> bytes:
        declared = str(environ.get("CONTENT_LENGTH") or "0")
        if not (declared.isascii() and declared.isdigit()):
            raise RefusedError(HTTPStatus.BAD_REQUEST, "content-length")
        length = int(declared)
        if length > self._max_body:
            raise RefusedError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "size")
        body = environ["wsgi.input"].read(length) if length else b""
        if len(body) != length:
            raise RefusedError(HTTPStatus.BAD_REQUEST, "truncated body")
        return bytes(body)

    def _signed(self, environ: WSGIEnvironment, body: bytes) -> bool:
        """Slack's signature over the raw bytes, with a timestamp within five minutes."""
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE")
        if not self._secret or not isinstance(timestamp, str) or not isinstance(signature, str):
            return False
        # SignatureVerifier calls int() on the timestamp and compares strings with
        # hmac.compare_digest, which raises on non-ASCII: check both first.
        if not (timestamp.isascii() and timestamp.isdigit()) or not signature.isascii():
            return False
        if len(timestamp) > _MAX_TIMESTAMP_DIGITS:
            return False
        return self._verifier.is_valid(body, timestamp, signature)

    def _forward(
        self, environ: WSGIEnvironment, start_response: StartResponse, *, page: bool = False
    ) -> Iterable[bytes]:
        """Run the app, buffering its answer so a 5xx or a crash can still become a 200
        (a 400 for an OAuth page: the browser shows bolt's failure page, not a success)."""
        answered: list[tuple[str, list[tuple[str, str]]]] = []
        written: list[bytes] = []

        def capture(
            status: str, headers: list[tuple[str, str]], exc_info: object = None, /
        ) -> Callable[[bytes], object]:
            answered[:] = [(status, headers)]
            return written.append

        try:
            chunks = self._app(environ, capture)
            try:
                written.extend(chunks)
            finally:
                close = getattr(chunks, "close", None)
                if close is not None:
                    close()
            status, headers = answered[0]
        except Exception as exc:
            log.error("error_id=%s request failed: %s", new_error_id(), type(exc).__name__)
            return _answer(start_response, HTTPStatus.BAD_REQUEST if page else HTTPStatus.OK)
        if status.startswith("5") and page:
            log.warning("http %s from an OAuth page answered as 400", status.split(" ")[0])
            start_response(
                f"{HTTPStatus.BAD_REQUEST.value} {HTTPStatus.BAD_REQUEST.phrase}", headers
            )
            return [b"".join(written)]
        if status.startswith("5"):
            # bolt's error handler has logged it with its id and answered the user where
            # it could; a retry from Slack would only fail again.
            log.warning("http %s from bolt answered as 200", status.split(" ")[0])
            return _answer(start_response, HTTPStatus.OK)
        start_response(status, headers)
        return [b"".join(written)]


def _answer(
    start_response: StartResponse,
    status: HTTPStatus,
    *,
    allow: str | None = None,
) -> list[bytes]:
    """An empty answer with `status` (and the `Allow` header of a 405)."""
    headers = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "0")]
    if allow:
        headers.append(("Allow", allow))
    start_response(f"{status.value} {status.phrase}", headers)
    return []
