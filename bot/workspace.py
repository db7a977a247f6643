"""What a workspace's requests are answered with: its rider (the contract applied) and its
escalation channel, from its settings in the database, or the bot's defaults.

Read per request; a workspace's contract is parsed again only when its settings changed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from bot.db.workspaces import Workspace, Workspaces
from coverage import Rider
from coverage.rider import parse_contract


@dataclass(frozen=True)
class WorkspaceView:
    """The rider and escalation channel one workspace's requests use."""

    team_id: str
    rider: Rider
    escalation_channel: str | None


class WorkspaceSettings:
    """Resolves a team id to its `WorkspaceView`.

    Args:
        rider: The rider without any workspace's contract (the shipped one, or the
            single-workspace contract file).
        escalation_channel: The channel used when a workspace names none.
        workspaces: The table of workspace settings; None in single-workspace mode
            without a database (tests, the console).
    """

    def __init__(
        self,
        rider: Rider,
        escalation_channel: str | None = None,
        workspaces: Workspaces | None = None,
    ) -> None:
        self.rider = rider
        self.escalation_channel = escalation_channel
        self.workspaces = workspaces
        self._mutex = threading.Lock()
        self._parsed: dict[str, tuple[float, Rider]] = {}

    def of(self, team_id: str | None) -> WorkspaceView:
        """The view for `team_id`; the defaults for an unknown or absent team."""
        team = team_id or ""
        stored = self.workspaces.get(team) if self.workspaces and team else None
        if stored is None:
            return WorkspaceView(team, self.rider, self.escalation_channel)
        return WorkspaceView(
            team,
            self._rider(stored),
            stored.escalation_channel or self.escalation_channel,
        )

    def _rider(self, stored: Workspace) -> Rider:
        if stored.contract is None:
            return self.rider
        with self._mutex:
            cached = self._parsed.get(stored.team_id)
        if cached is not None and cached[0] == stored.updated:
            return cached[1]
        rider = contract_rider(self.rider, stored.contract, stored.team_id)
        with self._mutex:
            self._parsed[stored.team_id] = (stored.updated, rider)
        return rider


def contract_rider(rider: Rider, contract: dict[str, Any], team_id: str) -> Rider:
    """`rider` with a workspace's contract applied, validated as the contract file is.

    Raises:
        ConfigError: naming the workspace, the key and the reason.
    """
    return parse_contract(contract, f"workspace {team_id}", rider)
