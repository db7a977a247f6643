"""The Slack app factory: one bolt `App` wired to the conversation engine.

Nothing here reads the environment: the settings are read once at the entry point.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor, ThreadPoolExecutor

from slack_bolt import App
from slack_sdk import WebClient

from bot.conversation.engine import Engine
from bot.settings import Settings, SettingsError
from bot.slack.errors import register_error_handler
from bot.slack.inbox import SlackInbox
from bot.slack.listeners import register_listeners
from bot.slack.web import web_client

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
        settings: The bot token, signing secret, Web API URL and escalation channel.
        engine: The conversation engine, with its store.
        client: The Web API client; by default one for `settings.api_url`.
        executor: Where bolt runs listeners after acknowledging; bolt's own pool by default.

    Returns:
        The app. Creating it calls auth.test, so a rejected token fails here.

    Raises:
        SettingsError: No bot token is set.
    """
    if client is None:
        if settings.bot_token is None:
            raise SettingsError("SLACK_BOT_TOKEN is not set (xoxb-…, from OAuth & Permissions)")
        client = web_client(settings.bot_token.value, settings.api_url)
    secret = settings.signing_secret.value if settings.signing_secret else ""
    _quiet_token_warning()
    # One pool for bolt's listeners and the inbox's recovery after a restart.
    executor = executor or ThreadPoolExecutor(max_workers=LISTENER_WORKERS)
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
    )
    register_error_handler(app)
    inbox = SlackInbox(engine, client, executor, mention=settings.mention)
    register_listeners(app, engine, inbox, settings.escalation_channel)
    inbox.recover()
    return app


class _TokenFromEnvironment(logging.Filter):
    """bolt reads SLACK_BOT_TOKEN itself and warns that the client's token wins; it is the
    same token, read once in our settings, so the warning only confuses an operator."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def _quiet_token_warning() -> None:
    framework = logging.getLogger("slack_bolt.App")
    if not any(isinstance(f, _TokenFromEnvironment) for f in framework.filters):
        framework.addFilter(_TokenFromEnvironment())
