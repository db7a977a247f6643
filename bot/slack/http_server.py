"""HTTP mode: Slack's requests arrive at POST /slack/events and go to the bolt app.

Like bolt's development server, on the standard library, but threaded, bound to a
chosen address (port 0 picks a free one) and stoppable, so tests run the same code.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
# Slack's payloads are a few kilobytes; anything far larger is not from Slack.
MAX_BODY = 1_000_000


class SlackHTTPServer(ThreadingHTTPServer):
    """Serves one bolt app at `EVENTS_PATH`."""

    daemon_threads = True

    def __init__(self, app: App, address: tuple[str, int]) -> None:
        super().__init__(address, _Handler)
        self.app = app

    @property
    def port(self) -> int:
        """The port bound (the chosen one when created with port 0)."""
        return int(self.server_address[1])


class _Handler(BaseHTTPRequestHandler):
    server: SlackHTTPServer

    def do_POST(self) -> None:
        path, _, query = self.path.partition("?")
        if path != EVENTS_PATH:
            self._send(BoltResponse(status=HTTPStatus.NOT_FOUND, body=""))
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._send(BoltResponse(status=HTTPStatus.REQUEST_ENTITY_TOO_LARGE, body=""))
            return
        body = self.rfile.read(length).decode("utf-8")
        headers: dict[str, Any] = {name.lower(): value for name, value in self.headers.items()}
        request = BoltRequest(body=body, query=query, headers=headers)
        self._send(self.server.app.dispatch(request))

    def do_GET(self) -> None:
        self._send(BoltResponse(status=HTTPStatus.NOT_FOUND, body=""))

    def _send(self, response: BoltResponse) -> None:
        payload = response.body.encode("utf-8")
        self.send_response(response.status)
        for name, values in response.headers.items():
            for value in values:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        # The path and status only; never the body.
        log.debug("http " + format, *args)
