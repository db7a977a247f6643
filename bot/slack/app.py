"""The Slack app factory: one bolt `App` wired to the conversation engine.

Nothing here reads the environment: the settings are read once at the entry point.
Single-workspace mode has one bot token; multi-workspace mode (client id and secret)
installs by OAuth and answers each workspace with its own token and contract.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient

from bot.conversation.engine import Engine
from bot.conversation.sql_store import SQLStore
from bot.db.workspaces import Workspaces
from bot.settings import Settings, SettingsError
from bot.slack.context import WORKSPACE
from bot.slack.errors import register_error_handler
from bot.slack.inbox import SlackInbox
from bot.slack.listeners import register_listeners
from bot.slack.oauth import MultiWorkspace
from bot.slack.web import web_client
from bot.workspace import WorkspaceSettings

# bolt's own default: listeners run here after the ack, each conversation on one at a time.
LISTENER_WORKERS = 10


def create_app(
    settings: Settings,
    engine: Engine,
    client: WebClient | None = None,
    *,
    executor: Executor | None = None,
) -> App:
    """Build the app: every listener, and the error handler that answers politely.

    Args:
        settings: The bot token (or OAuth client), signing secret, Web API URL and
            escalation channel.
        engine: The conversation engine, with its store.
        client: The Web API client; by default one for `settings.api_url`.
        executor: Where bolt runs listeners after acknowledging; bolt's own pool by default.

    Returns:
        The app. In single-workspace mode creating it calls auth.test, so a rejected
        token fails here.

    Raises:
        SettingsError: No bot token is set (single-workspace mode), or multi-workspace
            mode has no database store.
    """
    multi = None
    if settings.multi_workspace:
        if not isinstance(engine.store, SQLStore):
            raise SettingsError("multi-workspace mode keeps installations in the database")
        client = client or web_client(None, settings.api_url)
        multi = MultiWorkspace(settings, engine.store.database, client)
    elif client is None:
        if settings.bot_token is None:
            raise SettingsError("SLACK_BOT_TOKEN is not set (xoxb-…, from OAuth & Permissions)")
        client = web_client(settings.bot_token.value, settings.api_url)
    secret = settings.signing_secret.value if settings.signing_secret else ""
    _quiet_token_warning()
    # One pool for bolt's listeners and the inbox's recovery after a restart.
    executor = executor or ThreadPoolExecutor(max_workers=LISTENER_WORKERS)
    oauth: dict[str, Any] = {}
    if multi is not None:
        oauth = {"oauth_settings": multi.oauth_settings, "authorize": multi.authorize}
    app = App(
        name="cyberbot",
        client=client,
        # An empty secret fails every HTTP request; Socket Mode needs none. Passing it keeps
        # bolt from reading SLACK_SIGNING_SECRET from the environment behind our back.
        signing_secret=secret,
        # Framework logs go under "slack_bolt" so serve() can keep them at WARNING: at
        # INFO bolt logs the body of a request whose signature fails.
        logger=logging.getLogger("slack_bolt.cyberbot"),
        listener_executor=executor,
        **oauth,
    )
    register_error_handler(app)
    database = engine.store.database if isinstance(engine.store, SQLStore) else None
    workspaces = WorkspaceSettings(
        engine.rider,
        settings.escalation_channel,
        Workspaces(database) if database is not None else None,
    )
    _register_workspace_context(app, workspaces)
    single = client
    client_for: Callable[[str], WebClient] = (
        multi.client_for if multi is not None else (lambda _team: single)
    )
    inbox = SlackInbox(
        engine,
        client_for,
        executor,
        workspaces=workspaces,
        lease_seconds=settings.lease_seconds,
        mention=settings.mention,
    )
    if multi is not None and workspaces.workspaces is not None:
        multi.register_uninstall(app, workspaces.workspaces.uninstalled)
    register_listeners(app, engine, inbox, workspaces)
    inbox.recover()
    inbox.keep()
    return app


def _register_workspace_context(app: App, workspaces: WorkspaceSettings) -> None:
    """Every request carries its workspace's rider and escalation channel in the context."""

    @app.middleware
    def workspace_context(
        body: dict[str, Any], context: BoltContext, next: Callable[[], BoltResponse]
    ) -> BoltResponse:
        team = context.team_id or body.get("team_id")
        context[WORKSPACE] = workspaces.of(team if isinstance(team, str) else None)
        return next()


class _TokenFromEnvironment(logging.Filter):
    """bolt reads SLACK_BOT_TOKEN itself and warns that the client's token wins; it is the
    same token, read once in our settings, so the warning only confuses an operator."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def _quiet_token_warning() -> None:
    framework = logging.getLogger("slack_bolt.App")
    if not any(isinstance(f, _TokenFromEnvironment) for f in framework.filters):
        framework.addFilter(_TokenFromEnvironment())
