"""The pamphlet's timeline, shared by the guidance and its declared file shape."""

from __future__ import annotations

from enum import StrEnum


class Phase(StrEnum):
    """The pamphlet's timeline, in order: 検知 → 初動対応 → … → 再発防止."""

    DETECTION = "detection"
    INITIAL_RESPONSE = "initial_response"
    RESPONSE = "response"
    CONTAINMENT = "containment"
    LITIGATION = "litigation"
    DAMAGES = "damages"
    PREVENTION = "prevention"

    @property
    def order(self) -> int:
        """Position on the timeline, 0 for detection."""
        return list(Phase).index(self)
