"""`cyberbot serve`: the Slack bot in Socket Mode (behind a firewall: no inbound port)
or, with --http, as an HTTP endpoint verified with the signing secret."""

from __future__ import annotations

import logging
from urllib.error import URLError

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.error import BoltError

from bot.conversation.engine import Engine
from bot.conversation.sql_store import SQLStore
from bot.settings import Settings, SettingsError
from bot.slack.app import create_app
from bot.slack.http_server import EVENTS_PATH, SlackHTTPServer
from coverage import Rider

log = logging.getLogger(__name__)


def serve(settings: Settings, *, http: bool, port: int, rider: Rider) -> int:
    """Run the bot until interrupted.

    Args:
        settings: Tokens, Web API URL, database and escalation channel.
        http: HTTP mode (signing secret) instead of Socket Mode (app token).
        port: The port of HTTP mode.
        rider: The rider, with the contract's own limits.

    Returns:
        The exit status: 0.

    Raises:
        SettingsError: A token or secret is missing, or Slack rejects the bot token.
    """
    # Checked before anything starts, so a missing token is the only message.
    if settings.multi_workspace and not http:
        raise SettingsError(
            "multi-workspace mode (SLACK_CLIENT_ID) serves the OAuth install over HTTP: "
            "use `cyberbot serve --http`"
        )
    _, credential = settings.require_http() if http else settings.require_socket_mode()
    configure_logging()
    store = SQLStore.from_url(settings.sqlalchemy_url, settings.expire_days)
    try:
        app = _app(settings, Engine(rider, store))
        if http:
            address = (settings.host, port)
            with SlackHTTPServer(app, address, signing_secret=credential.value) as server:
                log.info("listening on %s:%d at %s", settings.host, server.port, EVENTS_PATH)
                server.serve_forever()
        else:
            log.info("connecting in Socket Mode to %s", settings.api_url)
            handler = SocketModeHandler(app, credential.value)
            handler.start()  # type: ignore[no-untyped-call]  # bolt leaves start() unannotated
    finally:
        store.close()
    return 0


def configure_logging() -> None:
    """Our logs at INFO (ids and fact names only); bolt's at WARNING, since at INFO it
    logs the body of a request whose signature fails."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("slack_bolt").setLevel(logging.WARNING)
    logging.getLogger("slack_sdk").setLevel(logging.WARNING)
    # waitress warns of every request that waits for a worker, even one: a burst of events
    # makes that routine. Its errors still show.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)


def _app(settings: Settings, engine: Engine) -> App:
    try:
        return create_app(settings, engine)
    except BoltError as exc:
        # Creating the app calls auth.test: a revoked or mistyped token fails here.
        raise SettingsError(
            f"Slack rejected SLACK_BOT_TOKEN ({exc}); copy the Bot User OAuth Token again"
        ) from None
    except URLError as exc:
        raise SettingsError(f"cannot reach the Slack API at {settings.api_url}: {exc}") from None
