"""HTTP mode: Slack's requests arrive at POST /slack/events and go to the bolt app.

bolt's WSGI adapter, behind `SlackGuard`, under waitress: a maintained server that keeps
a real listen backlog, limits connections and idle time, and parses HTTP itself (a bad
Content-Length is its 400, an oversized body its 413). It runs in this process, in
`serve_forever`'s thread and its own worker threads, so tests start and stop the same
server `cyberbot serve --http` runs.
"""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress import wasyncore
from waitress.server import MultiSocketServer, create_server

from bot.slack.guard import SlackGuard
from bot.slack.oauth import OAUTH_PATHS

EVENTS_PATH = "/slack/events"
# Slack's payloads are a few kilobytes; anything far larger is not from Slack.
MAX_BODY = 1_000_000
# Connections waiting to be accepted: a burst of events during an incident must not be
# reset by the kernel (http.server kept 5).
BACKLOG = 1024
# Open connections at once; more wait in the backlog.
CONNECTION_LIMIT = 200
# Worker threads: bolt only acknowledges here, the listeners run in its own pool.
THREADS = 8
# Seconds an idle connection is kept, and how often idle ones are looked for: a client
# that opens connections and sends nothing cannot hold them (Slack waits 3 s at most).
CHANNEL_TIMEOUT = 10
CLEANUP_INTERVAL = 2


class SlackHTTPServer:
    """Serves one bolt app at `EVENTS_PATH` on `address` (port 0 picks a free one)."""

    def __init__(self, app: App, address: tuple[str, int], *, signing_secret: str) -> None:
        """
        Args:
            app: The bolt app.
            address: Host and port to listen on.
            signing_secret: Slack's signing secret, checked before bolt sees a request.
        """
        host, port = address
        self._map: dict[int, Any] = {}
        guarded = SlackGuard(
            SlackRequestHandler(app, EVENTS_PATH),
            signing_secret,
            path=EVENTS_PATH,
            max_body=MAX_BODY,
            # Multi-workspace mode's install pages: a person's browser, unsigned.
            unsigned_get=OAUTH_PATHS if app.oauth_flow is not None else frozenset(),
        )
        self._server = create_server(
            guarded,
            map=self._map,
            host=host,
            port=port,
            threads=THREADS,
            backlog=BACKLOG,
            connection_limit=CONNECTION_LIMIT,
            channel_timeout=CHANNEL_TIMEOUT,
            cleanup_interval=CLEANUP_INTERVAL,
            max_request_body_size=MAX_BODY + 1,  # waitress refuses a body of this size
            asyncore_use_poll=True,  # select() stops at file descriptor 1024
            ident="cyberbot",  # the Server header, instead of waitress's name
        )
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._stopped.set()

    @property
    def port(self) -> int:
        """The port bound (the chosen one when created with port 0)."""
        if isinstance(self._server, MultiSocketServer):
            return int(self._server.effective_listen[0][1])
        return int(self._server.getsockname()[1])

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Answer requests until `shutdown()` (checked every `poll_interval` seconds)."""
        self._stop.clear()
        self._stopped.clear()
        try:
            while not self._stop.is_set():
                wasyncore.loop(timeout=poll_interval, use_poll=True, map=self._map, count=1)
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop `serve_forever` (from another thread) and wait until it has returned."""
        self._stop.set()
        self._stopped.wait()

    def server_close(self) -> None:
        """Close the listening socket and open connections, and stop the worker threads."""
        wasyncore.close_all(self._map)
        self._server.task_dispatcher.shutdown()

    def __enter__(self) -> SlackHTTPServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.server_close()
