"""The inbox: an acknowledged event waits here until its reply has been posted.

An event is written before it is acknowledged and marked done only after its reply was
posted, so a crash between the two leaves it pending, and the next start answers it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any


class ItemKind(StrEnum):
    """What an inbox item asks of its conversation."""

    MESSAGE = "message"  # a message in the thread: read it and answer
    ANSWER = "answer"  # a quick-answer button: set the fact and answer
    STEP = "step"  # a step of the card ticked, unticked or taken: mark it, update the card


@dataclass(frozen=True)
class InboxItem:
    """One event for one conversation.

    Attributes:
        id: What makes a delivery the same event: Slack's retries and the two events of
            one mention in a thread (app_mention and message) share it.
        conversation: The conversation's key.
        kind: An `ItemKind` value.
        payload: What the kind needs (the text and its author, or the answer), as JSON.
        seq: The order of arrival, given by the store (0 before it is stored).
        posting: Set just before the reply is posted: a fingerprint of the reply's last
            message, so that after a crash mid-post the bot can tell whether it landed.
    """

    id: str
    conversation: str
    kind: str
    payload: dict[str, Any]
    seq: int = 0
    posting: str | None = None

    def with_seq(self, seq: int) -> InboxItem:
        return replace(self, seq=seq)
