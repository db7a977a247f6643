"""Where a Slack conversation lives: one thread, keyed team:channel:thread_ts."""

from __future__ import annotations

import hashlib
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


def fingerprint(text: str) -> str:
    """A short digest of a message's text, to recognise it in the thread later (a reply in
    flight at a crash, a reminder already scheduled)."""
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]


def post_in_thread(
    client: WebClient, key: ThreadKey, messages: Iterable[MessagePayload]
) -> list[str]:
    """Post each message, in order, as a reply in the conversation's thread; their ts."""
    posted = []
    for message in messages:
        response = client.chat_postMessage(
            channel=key.channel,
            thread_ts=key.thread_ts,
            text=message["text"],
            blocks=message["blocks"],
            # The vendors' sites would unfurl into large previews in every reply.
            unfurl_links=False,
            unfurl_media=False,
        )
        posted.append(str(response.get("ts") or ""))
    return posted


def update_in_thread(
    client: WebClient, key: ThreadKey, where: list[str], messages: list[MessagePayload]
) -> list[str]:
    """Replace the messages at `where` by `messages` (the card, updated in place).

    A card that grew by a message gets it posted at the end of the thread; one that
    shrank leaves its last messages as they were rather than blanking them.
    """
    kept = []
    for ts, message in zip(where, messages, strict=False):
        client.chat_update(
            channel=key.channel, ts=ts, text=message["text"], blocks=message["blocks"]
        )
        kept.append(ts)
    extra = messages[len(where) :]
    return kept + (post_in_thread(client, key, extra) if extra else []) + where[len(messages) :]
