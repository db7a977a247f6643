"""Slack's events through the store's inbox: kept before the ack, answered in order.

A message or a quick answer is written to the inbox before Slack gets its 200, then each
conversation's pending items are applied one at a time, in order of arrival, and marked
done only once the reply was posted. A burst into one thread is handled by whichever
worker got there first while the others return at once, so one busy (or slow) thread
never holds the workers other conversations need. On start, `recover` answers whatever
an earlier process acknowledged but did not answer.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Mapping
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
from bot.slack.blocks.kit import MessagePayload
from bot.slack.blocks.reply import answer_label, answered_blocks, reply_messages, text_messages
from bot.slack.claim_file import reply_user, send_claim_file
from bot.slack.errors import ANSWERING, answer_error
from bot.slack.reminders import keep_scheduled
from bot.slack.texts import slack_texts
from bot.slack.threads import ThreadKey, post_in_thread, update_in_thread

log = logging.getLogger(__name__)


class SlackInbox:
    """Takes events into the store and answers each conversation's items in order."""

    def __init__(
        self,
        engine: Engine,
        client: WebClient,
        executor: Executor,
        *,
        mention: tuple[str, ...] = (),
    ) -> None:
        self.engine = engine
        self.client = client
        self.executor = executor
        # Whom a new incident's thread tells (CYBERBOT_MENTION), once per conversation.
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
        busy is never left behind.
        """
        with self._mutex:
            if conversation in self._draining:
                self._again.add(conversation)
                return
            self._draining.add(conversation)
        try:
            while True:
                for item in self.engine.store.pending(conversation):
                    self._answer(item)
                with self._mutex:
                    if conversation not in self._again:
                        self._draining.discard(conversation)
                        return
                    self._again.discard(conversation)
        except BaseException:
            with self._mutex:
                self._draining.discard(conversation)
                self._again.discard(conversation)
            raise

    def recover(self) -> int:
        """Answer, in the background, what an earlier process acknowledged but did not."""
        conversations = self.engine.store.pending_conversations()
        for conversation in conversations:
            self.executor.submit(self.drain, conversation)
        if conversations:
            log.info("recovering %d conversations with unanswered events", len(conversations))
        return len(conversations)

    def _answer(self, item: InboxItem) -> None:
        key = ThreadKey.parse(item.conversation)
        try:
            if item.kind == ItemKind.ANSWER:
                self._apply_answer(key, item)
            elif item.kind == ItemKind.STEP:
                self._apply_step(key, item)
            else:
                self._apply_message(key, item)
        except Exception as error:  # answered politely with an id; the item is done
            answer_error(error, _body_of(key), _answering(), self.client, None)
        self.engine.store.finish(item.seq)

    def _apply_message(self, key: ThreadKey, item: InboxItem) -> None:
        payload = item.payload
        user = payload.get("user")
        reply = self.engine.handle(
            str(key),
            str(payload.get("text") or ""),
            user=user if isinstance(user, str) else None,
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

    def _apply_answer(self, key: ThreadKey, item: InboxItem) -> None:
        payload = item.payload
        question, value = str(payload["question"]), payload["value"]
        user = payload.get("user")
        reply = self.engine.answer(
            str(key),
            question,
            value,
            item=item.seq,
            user=user if isinstance(user, str) else None,
            at=_sent_at(payload.get("action_ts")),
        )
        updated = self._post(key, item, reply_messages(reply, self.engine.rider), reply)
        keep_scheduled(self.engine, self.client, key, reply)
        if reply.claim_file:
            send_claim_file(self.engine, self.client, key, user=reply_user(payload))
        if not (updated and payload.get("message_ts") in updated):
            self._retire_buttons(payload)  # the card, updated, has lost its question anyway
        log.info("conversation=%s item=%d answer question=%s", key, item.seq, question)

    def _apply_step(self, key: ThreadKey, item: InboxItem) -> None:
        """Mark the step, then show the mark on the card: nothing is posted in the thread
        (a tick is no message), so applying it again after a crash changes nothing."""
        payload = item.payload
        user = payload.get("user")
        done = payload.get("done")
        self.engine.mark_step(
            str(key),
            str(payload["step"]),
            done=done if isinstance(done, bool) else None,
            take=payload.get("take") is True,
            user=user if isinstance(user, str) else None,
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
        if not (reply.changes or reply.reporting_changed or reply.reminders_changed):
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


def fingerprint(text: str) -> str:
    """A short digest of a message's text, to recognise it in the thread later."""
    return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:16]


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
