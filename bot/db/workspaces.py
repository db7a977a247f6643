"""Each workspace's own settings: its contract, escalation channel and retention period.

Set by the operator (`cyberbot workspace TEAM --contract FILE`), read per request. The
contract is stored as the contract file's keys after validation (`coverage.parse_contract`
validates it again when it is applied, against the rider in force).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from bot.db.connect import Database
from bot.db.tables import workspaces


@dataclass(frozen=True)
class Workspace:
    """One workspace's settings; None means the bot's default."""

    team_id: str
    contract: dict[str, Any] | None = None
    escalation_channel: str | None = None
    retention_days: float | None = None
    updated: float = 0.0
    uninstalled: float | None = None


class Workspaces:
    """The `workspaces` table."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def get(self, team_id: str) -> Workspace | None:
        query = select(workspaces).where(workspaces.c.team_id == team_id)
        with self._database.engine.connect() as connection:
            row = connection.execute(query).mappings().first()
        if row is None:
            return None
        return Workspace(
            team_id=str(row["team_id"]),
            contract=None if row["contract"] is None else json.loads(row["contract"]),
            escalation_channel=row["escalation_channel"],
            retention_days=row["retention_days"],
            updated=float(row["updated"]),
            uninstalled=row["uninstalled"],
        )

    def put(
        self,
        team_id: str,
        *,
        contract: dict[str, Any] | None = None,
        escalation_channel: str | None = None,
        retention_days: float | None = None,
    ) -> Workspace:
        """Create or change a workspace's settings; a value left None stays as it was."""
        given = {
            "contract": None if contract is None else json.dumps(contract, ensure_ascii=False),
            "escalation_channel": escalation_channel,
            "retention_days": retention_days,
        }
        changes = {name: value for name, value in given.items() if value is not None}
        with self._database.engine.begin() as connection:
            found = connection.execute(
                select(workspaces.c.team_id).where(workspaces.c.team_id == team_id)
            ).first()
            if found is None:
                connection.execute(
                    workspaces.insert().values(team_id=team_id, updated=time.time(), **changes)
                )
            else:
                connection.execute(
                    update(workspaces)
                    .where(workspaces.c.team_id == team_id)
                    .values(updated=time.time(), **changes)
                )
        stored = self.get(team_id)
        assert stored is not None
        return stored

    def installed(self, team_id: str) -> None:
        """The app was installed (again): its data is no longer due for deletion."""
        self._ensure(team_id)
        self._set(team_id, uninstalled=None)

    def uninstalled(self, team_id: str) -> None:
        """The app was uninstalled: the data goes once the retention period has passed."""
        self._ensure(team_id)
        self._set(team_id, uninstalled=time.time())

    def _ensure(self, team_id: str) -> None:
        if self.get(team_id) is None:
            self.put(team_id)

    def _set(self, team_id: str, **values: object) -> None:
        with self._database.engine.begin() as connection:
            connection.execute(
                update(workspaces)
                .where(workspaces.c.team_id == team_id)
                .values(updated=time.time(), **values)
            )
