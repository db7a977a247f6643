"""What a request's context carries for the listeners: its workspace's view."""

from __future__ import annotations

from slack_bolt import BoltContext

from bot.conversation.engine import Engine
from bot.workspace import WorkspaceView

# Set by the app's first middleware: the `WorkspaceView` of the request's team.
WORKSPACE = "cyberbot_workspace"


def workspace_of(context: BoltContext) -> WorkspaceView | None:
    """The request's workspace view (None only outside a request the app dispatched)."""
    view = context.get(WORKSPACE)
    return view if isinstance(view, WorkspaceView) else None


def engine_for(engine: Engine, context: BoltContext) -> Engine:
    """The engine under the request's workspace's rider (its contract)."""
    view = workspace_of(context)
    return engine if view is None else engine.with_rider(view.rider)


def escalation_channel(context: BoltContext) -> str | None:
    """Where the request's workspace sends escalation summaries (None: none chosen)."""
    view = workspace_of(context)
    return None if view is None else view.escalation_channel
