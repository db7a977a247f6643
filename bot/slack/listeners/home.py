"""The App Home tab, published each time a user opens it (the desk's state is of now)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient

from bot.advice.build import build_advice
from bot.conversation.engine import Engine
from bot.slack.blocks.home import home_view
from bot.slack.listeners.settings import is_admin
from coverage import Facts

log = logging.getLogger(__name__)


def register(app: App, engine: Engine, *, settings: bool = False) -> None:
    """Add the app_home_opened listener; `settings`: admins get the settings button."""

    @app.event("app_home_opened")
    def on_home_opened(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return  # the Messages tab needs nothing
        now = engine.clock()
        # No incident yet: the advice is only wanted for its contacts and desk state.
        advice = build_advice(Facts(), now, frozenset(), None)
        admin = settings and is_admin(client, str(event["user"]))
        view = home_view(advice, now, admin=admin)
        client.views_publish(user_id=str(event["user"]), view=view)
        log.info("home published user=%s", event["user"])
