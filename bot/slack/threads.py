"""Where a Slack conversation lives: one thread, keyed team:channel:thread_ts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient

from bot.slack.blocks.kit import MessagePayload


@dataclass(frozen=True)
class ThreadKey:
    """A conversation's place in Slack; `str()` of it is the engine's conversation key."""

    team: str
    channel: str
    thread_ts: str

    def __str__(self) -> str:
        return f"{self.team}:{self.channel}:{self.thread_ts}"

    @classmethod
    def parse(cls, key: str) -> ThreadKey:
        """The key back from its string form.

        Raises:
            ValueError: `key` is not team:channel:thread_ts.
        """
        parts = key.split(":")
        if len(parts) != 3 or not all(parts[1:]):
            raise ValueError(f"not a thread key: {key!r}")
        return cls(*parts)

    @classmethod
    def of_message(cls, team: str, event: Mapping[str, Any]) -> ThreadKey:
        """The thread a message belongs to: its own ts starts a thread, else its thread_ts."""
        return cls(team, str(event["channel"]), str(event.get("thread_ts") or event["ts"]))


def post_in_thread(client: WebClient, key: ThreadKey, messages: Iterable[MessagePayload]) -> None:
    """Post each message, in order, as a reply in the conversation's thread."""
    for message in messages:
        client.chat_postMessage(
            channel=key.channel,
            thread_ts=key.thread_ts,
            text=message["text"],
            blocks=message["blocks"],
            # The vendors' sites would unfurl into large previews in every reply.
            unfurl_links=False,
            unfurl_media=False,
        )
