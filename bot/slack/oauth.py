"""Multi-workspace mode: the OAuth v2 install, and each workspace's token from the database.

bolt's `OAuthSettings` at its default paths (/slack/install, /slack/oauth_redirect), with
slack_sdk's SQLAlchemy installation and state stores on the bot's own database (their
tables are created by `bot.db`'s migrations). Tokens are rotated when Slack gives them an
expiry (bolt's `InstallationStoreAuthorize`); an uninstall removes the workspace's tokens
and marks its data for deletion after its retention period.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import App, BoltContext
from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

from bot.db import Database
from bot.db.workspaces import Workspaces
from bot.settings import Settings, SettingsError
from bot.slack.web import web_client

log = logging.getLogger(__name__)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
# The paths Slack's users reach by a browser GET, unsigned: the guard admits only these.
OAUTH_PATHS = frozenset({INSTALL_PATH, REDIRECT_PATH})
# An install's state is good for ten minutes: a person clicks through in less.
STATE_SECONDS = 600
# A rotating token is refreshed when it has less than this many minutes left.
ROTATE_BEFORE_MINUTES = 120


class InstallationStore(SQLAlchemyInstallationStore):
    """slack_sdk's store on the bot's database; an install also revives the workspace."""

    def __init__(self, client_id: str, database: Database) -> None:
        super().__init__(client_id=client_id, engine=database.engine)
        self.workspaces = Workspaces(database)

    def save(self, installation: Installation) -> None:
        super().save(installation)
        if installation.team_id:
            self.workspaces.installed(installation.team_id)
        log.info("installed team=%s", installation.team_id)


class MultiWorkspace:
    """What multi-workspace mode adds to the app: OAuth settings, and clients by team."""

    def __init__(self, settings: Settings, database: Database, client: WebClient) -> None:
        if settings.client_id is None or settings.client_secret is None:
            raise SettingsError("SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are both needed")
        self.settings = settings
        self.client = client
        self.installations = InstallationStore(settings.client_id, database)
        self.authorize = InstallationStoreAuthorize(
            installation_store=self.installations,
            client_id=settings.client_id,
            client_secret=settings.client_secret.value,
            client=client,
            bot_only=True,
            logger=logging.getLogger("slack_bolt.cyberbot"),
        )
        self.authorize.token_rotation_expiration_minutes = ROTATE_BEFORE_MINUTES
        self.oauth_settings = OAuthSettings(
            client_id=settings.client_id,
            client_secret=settings.client_secret.value,
            scopes=list(settings.scopes),
            install_path=INSTALL_PATH,
            redirect_uri_path=REDIRECT_PATH,
            installation_store=self.installations,
            installation_store_bot_only=True,
            token_rotation_expiration_minutes=ROTATE_BEFORE_MINUTES,
            state_store=SQLAlchemyOAuthStateStore(
                expiration_seconds=STATE_SECONDS, engine=database.engine
            ),
            state_expiration_seconds=STATE_SECONDS,
            logger=logging.getLogger("slack_bolt.cyberbot"),
        )

    def client_for(self, team_id: str) -> WebClient:
        """A client with the workspace's bot token, rotated first when it is about to expire.

        Raises:
            SettingsError: The workspace has no installation (never installed, or removed).
        """
        result = self.authorize(
            context=BoltContext({"client": self.client}),
            enterprise_id=None,
            team_id=team_id,
            user_id=None,
        )
        if result is None or not result.bot_token:
            raise SettingsError(f"no installation for team {team_id}")
        return web_client(result.bot_token, self.settings.api_url)

    def register_uninstall(self, app: App, on_uninstall: Callable[[str], None]) -> None:
        """Remove a workspace's tokens when it uninstalls the app or revokes them."""
        app.event("tokens_revoked")(app.default_tokens_revoked_event_listener())

        @app.event("app_uninstalled")
        def on_app_uninstalled(context: BoltContext) -> None:
            self.installations.delete_all(
                enterprise_id=context.enterprise_id, team_id=context.team_id
            )
            if context.team_id:
                on_uninstall(context.team_id)
            log.info("uninstalled team=%s: tokens removed", context.team_id)
