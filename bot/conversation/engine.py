"""The conversation engine: one message in, one `Reply` out. No Slack inside.

Facts merge turn by turn through the NLU; the bot asks one question at a time, about the
unknown fact that would narrow the estimate most; state is saved after every turn, so a
restart loses nothing. Logs carry conversation ids and fact names, never message text.

The engine holds the order of a turn and the store's lock around it; what a turn takes
from the reading is in `taking`, how its reply is built in `build`, and the card's step
marks in `steps`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from bot.advice.guidance import find_step
from bot.claim import asking as claim
from bot.claim.timeline import Event, EventKind, add, record, snapshot
from bot.conversation import steps, taking
from bot.conversation.build import (
    answered,
    ask,
    build_reply,
    pending,
    show,
    since_restart,
    unanswered,
)
from bot.conversation.clean import (
    clean_text,
    is_thanks,
    speaks_of_finding,
    speaks_of_trouble,
    speaks_of_work_under_way,
)
from bot.conversation.questions import AnswerValue, Question, questions
from bot.conversation.reply import Reply, ReplyKind
from bot.conversation.rules import apply_answer
from bot.conversation.state import MAX_KEPT_CHARS, ConversationState
from bot.conversation.store import Store
from bot.labels import labels
from coverage import Estimate, Fact, IncidentType, Rider, estimate
from nlu import Intent, read_message, to_facts
from nlu.done_actions import DoneAct, read_done_acts

log = logging.getLogger(__name__)

_KIND_BY_INTENT = {
    Intent.RESET: ReplyKind.RESET,
    Intent.HELP: ReplyKind.HELP,
    Intent.CONTACTS: ReplyKind.CONTACTS,
    Intent.ESCALATE: ReplyKind.ESCALATE,
    Intent.GUIDANCE: ReplyKind.GUIDANCE,
}


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Engine:
    """Runs conversations against a store; the console and Slack are thin doors onto it."""

    def __init__(
        self, rider: Rider, store: Store, clock: Callable[[], datetime] = _utc_now
    ) -> None:
        self.rider = rider
        self.store = store
        self.clock = clock

    def with_rider(self, rider: Rider) -> Engine:
        """This engine, on the same store, estimating under `rider` (a workspace's contract).

        In multi-workspace mode each request is answered with its workspace's rider; one
        engine holds the default, and a view per rider shares everything else.
        """
        if rider is self.rider:
            return self
        return Engine(rider, self.store, self.clock)

    # -- entry points ---------------------------------------------------------------

    def handle(
        self,
        key: str,
        text: str,
        *,
        user: str | None = None,
        at: datetime | None = None,
        item: int = 0,
    ) -> Reply:
        """Read one message of conversation `key` and answer it.

        Args:
            key: The conversation (Slack team, channel and thread; or one console run).
            text: The message as the user wrote it (Slack markup included).
            user: Who wrote it; the first writer is kept as the reporter.
            at: When it was written (Slack's `ts`), for 「昨日」 and the like; default now.
            item: The inbox item the message came in, if any: an item already applied
                (the process stopped before its reply was posted) is answered, not
                applied again.
        """
        text = clean_text(text)
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            if item and state.last_item >= item:
                log.info("conversation=%s item=%d already applied", key, item)
                return self._as_it_stands(key, state)
            state.last_item = max(state.last_item, item)
            asked = questions().get(state.last_question or "")
            typed = asked.typed(text) if asked is not None else None
            if asked is not None and typed is not None:
                log.info("conversation=%s typed_answer question=%s", key, asked.id)
                return self._answer(key, state, asked.id, typed, user, at)
            return self._handle(key, state, text, user, at)

    def _handle(
        self,
        key: str,
        state: ConversationState,
        text: str,
        user: str | None,
        at: datetime | None,
    ) -> Reply:
        if user and state.reporter is None:
            state.reporter = user
        before, when = snapshot(state), at or self.clock()
        # The message's index in the conversation (unreadable ones are not counted).
        reading = read_message(text, now=when, message=state.turns)
        if not reading.readable:
            log.info("conversation=%s empty_message", key)
            # Saved even so: a thread that starts unreadably is still a conversation, and
            # Slack continues it without a mention only if it exists.
            self.store.save(key, state)
            return self._as_it_stands(key, state, ReplyKind.EMPTY)
        if reading.discovered_on is not None and (reading.has_facts() or reading.date_answer):
            # A date in a message about something else (「今日のランチどうしよう」) is no
            # discovery date; one said alone answers when it became known.
            state.discovered_on = reading.discovered_on.isoformat()
        state.data_kinds = sorted(set(state.data_kinds) | {k.value for k in reading.data_kinds})
        state.turns += 1
        said = text[:MAX_KEPT_CHARS]
        if reading.intent is Intent.RESET:
            # An empty conversation, not none: the thread goes on without a mention.
            fresh = ConversationState(
                reporter=state.reporter,
                link=state.link,
                turns=state.turns,
                first_turn=state.turns,
                last_item=state.last_item,
                escalated=state.escalated,
                # Kept so the front can delete what it scheduled, and mention only once.
                reminders=state.reminders,
                mentioned=state.mentioned,
            )
            self.store.save(key, fresh, said)
            log.info("conversation=%s reset", key)
            return Reply(
                ReplyKind.RESET, conversation=key, intent=reading.intent.value, reminders=()
            )
        # The claim file asked for, or one of its items answered (`bot.claim.asking`).
        turn = (
            claim.start(state, by=user, at=when)
            if claim.requested(text)
            else claim.take(state, text, reading, by=user, at=when)
        )
        unclear = (turn is None or not turn.engaged) and taking.unclear(state, reading)
        # 「駅には電話しました」: no fact, but a step of the card said done.
        acts, ticked = read_done_acts(text), []
        if unclear and acts:
            ticked = self._tick_said_done(key, state, acts, said, user, when)
            unclear = not ticked
        # 「やられた」: no fact yet, but a report starting; asked what kind of incident it is.
        trouble = unclear and not is_thanks(text) and speaks_of_trouble(text)
        unclear = unclear and not trouble
        # 「あ、ありました！」 after a loss: the thing is back, which the card keeps as said.
        found = (
            unclear
            and speaks_of_finding(text)
            and to_facts(state.facts).incident_type is IncidentType.LOST_OR_STOLEN
        )
        unclear = unclear and not found
        if unclear and is_thanks(text):
            self.store.save(key, state, said)
            return Reply(ReplyKind.THANKS, conversation=key, intent=reading.intent.value)
        if unclear:
            log.info("conversation=%s unclear_message", key)
            self.store.save(key, state, said)
            # 「情シスが確認中です」 once facts are known: nothing new, but nothing misread.
            under_way = bool(state.facts.values) and speaks_of_work_under_way(text)
            reply = self._as_it_stands(
                key, state, ReplyKind.UNDER_WAY if under_way else ReplyKind.UNCLEAR
            )
            # 「これって何ですか？」: a question the answer base has no topic for gets its
            # short fallback (the accident line), not the bot's introduction.
            return replace(
                reply,
                intent=reading.intent.value,
                question_topics=taking.topics(reading),
                answer=unanswered(self.rider) if reading.asks else (),
            )
        notes = taking.take(state, reading, self.rider) if turn is None or turn.read_facts else []
        if acts and not ticked:  # after the facts: the message may name the incident's type
            ticked = self._tick_said_done(key, state, acts, said, user, when)
        notes += ticked
        if found:
            notes.insert(0, labels().messages["note_found_again"])
        taking.note_reminders(state, text, when)
        kind = _KIND_BY_INTENT.get(reading.intent, ReplyKind.ESTIMATE)
        result = estimate(to_facts(state.facts), self.rider)  # once: for the question and the reply
        question = ask(
            state, self.rider, result=result, first=Fact.INCIDENT_TYPE if trouble else None
        )
        reply = replace(
            self._reply(key, state, kind, question, notes, said=said, result=result),
            intent=reading.intent.value,
            question_topics=taking.topics(reading),
        )
        reply = answered(reply, self.rider)
        reply = claim.finish(state, show(state, reply), turn, self.rider)
        record(state, before, by=user, at=when)
        self.store.save(key, state, said)
        return reply

    def _tick_said_done(
        self,
        key: str,
        state: ConversationState,
        acts: tuple[DoneAct, ...],
        said: str,
        user: str | None,
        when: datetime,
    ) -> list[str]:
        # The checklist is the card's: its extras read the messages since a reset only.
        messages = since_restart(state, [*self.store.messages(key), said])
        return steps.tick_said_done(state, acts, messages, user, when)

    def answer(
        self,
        key: str,
        question_id: str,
        value: AnswerValue,
        *,
        item: int = 0,
        user: str | None = None,
        at: datetime | None = None,
    ) -> Reply:
        """A quick-answer button: set the fact the question was about (or skip an item
        of the claim file, or stop asking for them)."""
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            if not (item and state.last_item >= item):
                state.last_item = max(state.last_item, item)
                return self._answer(key, state, question_id, value, user, at)
            return self._as_it_stands(key, state)

    def _answer(
        self,
        key: str,
        state: ConversationState,
        question_id: str,
        value: AnswerValue,
        user: str | None,
        at: datetime | None,
    ) -> Reply:
        before, when = snapshot(state), at or self.clock()
        add(state, Event(EventKind.ANSWER, when, user, question_id, new=value))
        turn = None
        if claim.is_claim_question(question_id):
            turn = claim.answer_button(state, question_id, value, by=user, at=when)
        else:
            apply_answer(state, question_id, value)
        reply = self._turn_reply(key, state, turn)
        record(state, before, by=user, at=when)
        self.store.save(key, state)
        return reply

    def request_claim(self, key: str, *, user: str | None = None) -> Reply:
        """The claim file asked for by a button: its missing items are asked from now on."""
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            before, when = snapshot(state), self.clock()
            turn = claim.start(state, by=user, at=when)
            reply = self._turn_reply(key, state, turn)
            record(state, before, by=user, at=when)
            self.store.save(key, state)
            return reply

    def record_claim_file(self, key: str, link: str, *, user: str | None = None) -> None:
        """Remember that the claim file was sent (its permalink, or "" when none)."""
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            state.claim_link = link
            add(state, Event(EventKind.CLAIM_FILE, self.clock(), user, "claim"))
            self.store.save(key, state)

    def _turn_reply(
        self, key: str, state: ConversationState, turn: claim.ClaimTurn | None
    ) -> Reply:
        result = estimate(to_facts(state.facts), self.rider)
        question = ask(state, self.rider, result=result)
        reply = self._reply(key, state, ReplyKind.ESTIMATE, question, result=result)
        return claim.finish(state, show(state, reply), turn, self.rider)

    def mark_step(
        self,
        key: str,
        step: str,
        *,
        done: bool | None = None,
        take: bool = False,
        user: str | None = None,
        at: datetime | None = None,
        item: int = 0,
    ) -> Reply:
        """Tick (or untick) a step of the card, or take it: the card as it then stands.

        A tick of a step already done keeps its first mark (two people ticking at once:
        the first is recorded); a step that is no step of any checklist is ignored.

        Args:
            key: The conversation.
            step: The step's key.
            done: True marks it done, False open again, None leaves it.
            take: Make `user` its owner.
            user: Who ticked or took it.
            at: When (Slack's action_ts); default now.
            item: The inbox item it came in: one applied already is not applied again.
        """
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            if not (item and state.last_item >= item) and find_step(step) is not None:
                state.last_item = max(state.last_item, item)
                steps.mark(state, step, done, take, user, at or self.clock())
                self.store.save(key, state)
                log.info("conversation=%s step=%s done=%s take=%s", key, step, done, take)
            return self._as_it_stands(key, state)

    def remember_mentioned(self, key: str) -> None:
        """Remember that the people to tell were mentioned in the conversation's thread."""
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            state.mentioned = True
            self.store.save(key, state)

    def remember_reminders(self, key: str, scheduled: list[dict[str, Any]]) -> None:
        """Keep what the front scheduled (Slack: each reminder's id), to move it later."""
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            if state.reminders != scheduled:
                state.reminders = [dict(item) for item in scheduled]
                self.store.save(key, state)

    def current(self, key: str, kind: ReplyKind = ReplyKind.ESTIMATE) -> Reply:
        """The reply for the conversation as it stands, without a new message."""
        state = self.store.load(key) or ConversationState()
        return self._as_it_stands(key, state, kind)

    def state_of(self, key: str) -> ConversationState:
        """The stored state of a conversation (a new one when none is stored)."""
        return self.store.load(key) or ConversationState()

    def remember_link(self, key: str, link: str) -> None:
        """Keep the thread's permalink for the escalation summary."""
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            if state.link != link:
                state.link = link
                self.store.save(key, state)

    def remember_card(self, key: str, where: list[str]) -> None:
        """Keep where the front put the incident card (Slack: its messages' ts)."""
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            if state.card != where:
                state.card = list(where)
                self.store.save(key, state)

    def record_escalation(self, key: str, link: str, *, user: str | None = None) -> None:
        """Remember that the escalation summary was posted (at `link`, if any)."""
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            state.escalated = link
            add(state, Event(EventKind.ESCALATION, self.clock(), user, "escalation"))
            self.store.save(key, state)

    # -- the reply, from this engine's rider, clock and store -------------------------

    def _reply(
        self,
        key: str,
        state: ConversationState,
        kind: ReplyKind,
        question: Question | None,
        notes: list[str] | None = None,
        said: str | None = None,
        result: Estimate | None = None,
    ) -> Reply:
        """The reply for the state as it stands (`build_reply`); `said` is this turn's
        message when it is not stored yet."""
        now = self.clock()
        kept = [*self.store.messages(key), *([said] if said is not None else [])]
        return build_reply(
            key, state, kind, question, self.rider, now, kept, notes=notes, result=result
        )

    def _as_it_stands(
        self, key: str, state: ConversationState, kind: ReplyKind = ReplyKind.ESTIMATE
    ) -> Reply:
        """The reply without a new turn: the pending question shown again, none asked."""
        return self._reply(key, state, kind, pending(state))
