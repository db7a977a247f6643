"""Slack's events through the store's inbox: kept before the ack, answered in order.

A message or a quick answer is written to the inbox before Slack gets its 200, then each
conversation's pending items are applied one at a time, in order of arrival, and marked
done only once the reply was posted. A burst into one thread is handled by whichever
worker got there first while the others return at once, so one busy (or slow) thread
never holds the workers other conversations need. On start, `recover` answers whatever
an earlier process acknowledged but did not answer.

Several instances may share one database. A conversation's inbox is answered by the one
instance holding its claim, a lease it renews every third of its length while it lives
(`keep`); an instance killed mid-burst stops renewing, and once its lease has run out any
other instance's periodic recovery claims the conversation and answers what is left.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable, Mapping
from concurrent.futures import Executor
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from slack_bolt import BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.conversation.engine import Engine
from bot.conversation.inbox import InboxItem, ItemKind
from bot.conversation.reply import Reply, ReplyKind
from bot.settings import SettingsError
from bot.slack.blocks.kit import MessagePayload
from bot.slack.blocks.reply import answer_label, answered_blocks, reply_messages, text_messages
from bot.slack.claim_file import reply_user, send_claim_file
from bot.slack.errors import ANSWERING, answer_error
from bot.slack.reminders import keep_scheduled
from bot.slack.texts import slack_texts
from bot.slack.threads import ThreadKey, fingerprint, post_in_thread, update_in_thread
from bot.workspace import WorkspaceSettings

log = logging.getLogger(__name__)

DEFAULT_LEASE_SECONDS = 30.0


def instance_id() -> str:
    """This process among the instances sharing the database: host, pid and a nonce."""
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class SlackInbox:
    """Takes events into the store and answers each conversation's items in order.

    Args:
        engine: The engine, with the store and the default rider.
        client_for: The Web API client of a workspace (its own token), by team id.
        executor: Where conversations are answered after the ack.
        workspaces: Each workspace's rider; the engine's rider for all by default.
        lease_seconds: How long a claim lasts without being renewed.
        mention: Whom a new incident's thread tells (CYBERBOT_MENTION), once.
    """

    def __init__(
        self,
        engine: Engine,
        client_for: Callable[[str], WebClient],
        executor: Executor,
        *,
        workspaces: WorkspaceSettings | None = None,
        lease_seconds: float = DEFAULT_LEASE_SECONDS,
        mention: tuple[str, ...] = (),
    ) -> None:
        self.engine = engine
        self.client_for = client_for
        self.executor = executor
        self.workspaces = workspaces or WorkspaceSettings(engine.rider)
        self.lease = lease_seconds
        self.owner = instance_id()
        self.mention = mention
        self._mutex = threading.Lock()
        self._draining: set[str] = set()
        self._again: set[str] = set()

    # -- taking events in (before the ack) ------------------------------------------

    def take_message(self, key: ThreadKey, event: Mapping[str, Any], text: str) -> bool:
        """Keep a message; False when it was answered already (a retried delivery)."""
        item = InboxItem(
            # One id for Slack's retries and for a mention that arrives twice (as
            # app_mention and as message): the message's channel and ts.
            id=f"message:{key.team}:{event['channel']}:{event['ts']}",
            conversation=str(key),
            kind=ItemKind.MESSAGE,
            payload={"text": text, "user": event.get("user"), "ts": str(event["ts"])},
        )
        return self.engine.store.enqueue(item)

    def take_answer(
        self, key: ThreadKey, question: str, value: str | bool, click: Mapping[str, Any]
    ) -> bool:
        """Keep a quick answer, with what is needed to retire its buttons afterwards."""
        item = InboxItem(
            id=f"answer:{key}:{click['action_ts']}:{click['user']}",
            conversation=str(key),
            kind=ItemKind.ANSWER,
            payload={"question": question, "value": value, **click},
        )
        return self.engine.store.enqueue(item)

    def take_step(
        self, key: ThreadKey, step: str, *, done: bool | None, take: bool, click: Mapping[str, Any]
    ) -> bool:
        """Keep a tick (or the taking) of a step of the card: like a quick answer, it is
        never lost once acknowledged, and applied in order with the thread's messages."""
        item = InboxItem(
            id=f"step:{key}:{click['action_ts']}:{click['user']}:{step}",
            conversation=str(key),
            kind=ItemKind.STEP,
            payload={"step": step, "done": done, "take": take, **click},
        )
        return self.engine.store.enqueue(item)

    # -- answering ---------------------------------------------------------------------

    def drain(self, conversation: str) -> None:
        """Answer every pending item of `conversation`, unless a worker is at it already.

        The worker at it looks again before it stops, so an item taken in while it was
        busy is never left behind; so does the instance holding the claim, after
        releasing it, so an item another instance took in meanwhile is answered too.
        """
        with self._mutex:
            if conversation in self._draining:
                self._again.add(conversation)
                return
            self._draining.add(conversation)
        try:
            store = self.engine.store
            while store.claim(conversation, self.owner, self.lease):
                try:
                    self._drain_claimed(conversation)
                finally:
                    store.release(conversation, self.owner)
                # Taken in by another instance while we held the claim: it could not
                # claim, so it left the item to us.
                if not store.pending(conversation):
                    break
        finally:
            with self._mutex:
                self._draining.discard(conversation)
                self._again.discard(conversation)

    def _drain_claimed(self, conversation: str) -> None:
        while True:
            for item in self.engine.store.pending(conversation):
                self._answer(item)
            with self._mutex:
                if conversation not in self._again:
                    return
                self._again.discard(conversation)

    def recover(self) -> int:
        """Answer, in the background, what an earlier process acknowledged but did not.

        Also what an instance that stopped renewing its claims left: a conversation
        still claimed by a live instance is left to it.
        """
        conversations = self.engine.store.pending_conversations()
        for conversation in conversations:
            self.executor.submit(self.drain, conversation)
        if conversations:
            log.info("recovering %d conversations with unanswered events", len(conversations))
        return len(conversations)

    def keep(self) -> threading.Thread:
        """Start the heartbeat: renew this instance's claims and recover, every third of
        the lease, for as long as the executor takes work (it stops with the executor)."""
        thread = threading.Thread(target=self._keep, name="inbox-keeper", daemon=True)
        thread.start()
        return thread

    def _keep(self) -> None:
        stop = threading.Event()
        while not stop.wait(self.lease / 3):
            try:
                self.executor.submit(_nothing)
            except RuntimeError:  # the executor was shut down: the app is stopping
                return
            # Renewed here, not in the pool: workers all busy with a slow Slack must not
            # let this instance's claims lapse while it is still working on them.
            self._beat()

    def _beat(self) -> None:
        try:
            self.engine.store.renew(self.owner, self.lease)
            self.recover()
        except Exception as exc:  # a database blip: the next beat tries again
            log.warning("inbox heartbeat failed: %s", type(exc).__name__)

    def _answer(self, item: InboxItem) -> None:
        key = ThreadKey.parse(item.conversation)
        try:
            client = self.client_for(key.team)
        except SettingsError:  # uninstalled since: no token to answer with, ever
            log.warning("conversation=%s item=%d dropped: no installation", key, item.seq)
            self.engine.store.finish(item.seq)
            return
        try:
            answering = _Answering(
                self.engine.with_rider(self.workspaces.of(key.team).rider), client, self.mention
            )
            if item.kind == ItemKind.ANSWER:
                answering.apply_answer(key, item)
            elif item.kind == ItemKind.STEP:
                answering.apply_step(key, item)
            else:
                answering.apply_message(key, item)
        except Exception as error:  # answered politely with an id; the item is done
            answer_error(error, _body_of(key), _answering(), client, None)
        self.engine.store.finish(item.seq)


class _Answering:
    """One item's answer: the engine under its workspace's rider, and that workspace's
    client."""

    def __init__(self, engine: Engine, client: WebClient, mention: tuple[str, ...]) -> None:
        self.engine = engine
        self.client = client
        # Whom a new incident's thread tells (CYBERBOT_MENTION), once per conversation.
        self.mention = mention

    def apply_message(self, key: ThreadKey, item: InboxItem) -> None:
        payload = item.payload
        reply = self.engine.handle(
            str(key),
            str(payload.get("text") or ""),
            user=reply_user(payload),
            at=_sent_at(payload.get("ts")),
            item=item.seq,
        )
        messages = reply_messages(reply, self.engine.rider)
        self._post(key, item, messages, reply)
        keep_scheduled(self.engine, self.client, key, reply)
        if reply.claim_file:
            send_claim_file(self.engine, self.client, key, user=reply_user(payload))
        log.info(
            "conversation=%s item=%d kind=%s messages=%d question=%s",
            key,
            item.seq,
            reply.kind,
            len(messages),
            reply.question.id if reply.question else None,
        )

    def apply_answer(self, key: ThreadKey, item: InboxItem) -> None:
        payload = item.payload
        question, value = str(payload["question"]), payload["value"]
        reply = self.engine.answer(
            str(key),
            question,
            value,
            item=item.seq,
            user=reply_user(payload),
            at=_sent_at(payload.get("action_ts")),
        )
        updated = self._post(key, item, reply_messages(reply, self.engine.rider), reply)
        keep_scheduled(self.engine, self.client, key, reply)
        if reply.claim_file:
            send_claim_file(self.engine, self.client, key, user=reply_user(payload))
        if not (updated and payload.get("message_ts") in updated):
            self._retire_buttons(payload)  # the card, updated, has lost its question anyway
        log.info("conversation=%s item=%d answer question=%s", key, item.seq, question)

    def apply_step(self, key: ThreadKey, item: InboxItem) -> None:
        """Mark the step, then show the mark on the card: nothing is posted in the thread
        (a tick is no message), so applying it again after a crash changes nothing."""
        payload = item.payload
        done = payload.get("done")
        self.engine.mark_step(
            str(key),
            str(payload["step"]),
            done=done if isinstance(done, bool) else None,
            take=payload.get("take") is True,
            user=reply_user(payload),
            at=_sent_at(payload.get("action_ts")),
            item=item.seq,
        )
        self._update_card(key)
        log.info("conversation=%s item=%d step=%s", key, item.seq, payload["step"])

    def _post(
        self, key: ThreadKey, item: InboxItem, messages: list[MessagePayload], reply: Reply
    ) -> list[str]:
        """Post the reply, unless an earlier process posted it before it stopped.

        Slack has no idempotency key for chat.postMessage: the item notes a fingerprint
        of the reply's last message before posting, and a restart that finds the note
        looks for that message in the thread instead of posting it twice.
        """
        if item.posting is not None and self._landed(key, item.posting):
            log.info("conversation=%s item=%d was posted before the restart", key, item.seq)
            return []
        self.engine.store.posting(item.seq, fingerprint(messages[-1]["text"]))
        posted = post_in_thread(self.client, key, messages)
        return self._keep_card(key, reply, posted)

    def _keep_card(self, key: ThreadKey, reply: Reply, posted: list[str]) -> list[str]:
        """The first full reply is the card: remember it; a follow-up updates it in place.

        Returns where the card was updated (empty when it was not).
        """
        conversation = str(key)
        if reply.kind is not ReplyKind.ESTIMATE:
            return []
        if not reply.brief:
            self.engine.remember_card(conversation, posted)
            self._tell(key)
            return []
        if not (
            reply.changes
            or reply.reporting_changed
            or reply.reminders_changed
            or reply.steps_changed
        ):
            return []
        return self._update_card(key)

    def _tell(self, key: ThreadKey) -> None:
        """Mention the people to tell, once, in the thread (never in the channel: the
        message is a reply in the thread, not broadcast)."""
        if not self.mention or self.engine.state_of(str(key)).mentioned:
            return
        text = slack_texts().mention["incident"].format(people=" ".join(self.mention))
        post_in_thread(self.client, key, text_messages(text))
        self.engine.remember_mentioned(str(key))
        log.info("conversation=%s mentioned %d", key, len(self.mention))

    def _update_card(self, key: ThreadKey) -> list[str]:
        """The card redrawn in place as the conversation stands; where it was updated."""
        conversation = str(key)
        where = self.engine.state_of(conversation).card
        if not where:
            return []
        # The card holds the facts; the open question lives in the latest follow-up.
        current = replace(self.engine.current(conversation), question=None, question_text=None)
        card = reply_messages(current, self.engine.rider)
        try:
            kept = update_in_thread(self.client, key, where, card)
        except SlackApiError as exc:  # the card may have been deleted: the reply stands
            log.warning("conversation=%s card not updated: %s", key, exc.response.get("error"))
            return []
        if kept != where:
            self.engine.remember_card(conversation, kept)
        return kept

    def _landed(self, key: ThreadKey, mark: str) -> bool:
        """Whether a bot message with fingerprint `mark` is in the thread."""
        try:
            found = self.client.conversations_replies(
                channel=key.channel, ts=key.thread_ts, limit=200
            )
        except SlackApiError as exc:
            log.warning("conversation=%s replies unreadable: %s", key, exc.response.get("error"))
            return False
        messages = found.get("messages") or []
        return any(
            isinstance(m, dict) and m.get("bot_id") and fingerprint(str(m.get("text"))) == mark
            for m in messages
        )

    def _retire_buttons(self, click: Mapping[str, Any]) -> None:
        """Replace the quick answers by the answer given, so it is not given twice."""
        blocks = click.get("blocks") or []
        label = answer_label(blocks, str(click.get("action_id")))
        if label is None or not click.get("message_ts"):
            return
        self.client.chat_update(
            channel=str(click["channel"]),
            ts=str(click["message_ts"]),
            text=str(click.get("message_text") or label),
            blocks=answered_blocks(blocks, label, str(click["user"])),
        )


def _nothing() -> None:
    """Submitted to learn whether the executor still takes work."""


def _sent_at(ts: object) -> datetime | None:
    """The message's own time (Slack's `ts`), so 「昨日」 means the day before it was sent."""
    try:
        return datetime.fromtimestamp(float(str(ts)), tz=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


def _body_of(key: ThreadKey) -> dict[str, Any]:
    """The ids the error reply needs to find the thread, as a request body holds them."""
    return {"team_id": key.team, "event": {"channel": key.channel, "ts": key.thread_ts}}


def _answering() -> BoltContext:
    context = BoltContext()
    context[ANSWERING] = True
    return context
