"""The conversation engine: one message in, one `Reply` out. No Slack inside.

Facts merge turn by turn through the NLU; the bot asks one question at a time, about the
unknown fact that would narrow the estimate most; state is saved after every turn, so a
restart loses nothing. Logs carry conversation ids and fact names, never message text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from bot.advice.answers import answer_for
from bot.advice.build import build_advice
from bot.advice.guidance import find_step
from bot.claim import asking as claim
from bot.claim.timeline import Event, EventKind, add, record, reports, snapshot
from bot.conversation import reminders
from bot.conversation.asking import (
    COST_CLASH,
    next_question,
    question_text,
    still_open,
)
from bot.conversation.clean import clean_text, is_thanks, speaks_of_trouble
from bot.conversation.questions import AnswerValue, Question, questions
from bot.conversation.reply import (
    HIDDEN_KEYS,
    REMINDERS_KEY,
    REPORTING_KEY,
    Change,
    CostItem,
    Reply,
    ReplyKind,
    StepMark,
    Understood,
    card_view,
    short_quote,
)
from bot.conversation.rules import apply_answer, within_bounds
from bot.conversation.state import MAX_KEPT_CHARS, ConversationState
from bot.conversation.store import Store
from bot.labels import labels
from coverage import (
    SCALAR_FACTS,
    CostKey,
    Estimate,
    Fact,
    Facts,
    Rider,
    estimate,
    yen,
)
from nlu import Intent, Reading, read_message, to_facts
from nlu.data_kinds import DataKind
from nlu.facts_builder import resolve_cost_key
from nlu.reading import Evidence
from nlu.reports import Authority, ReportKind

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
                return self._reply(key, state, ReplyKind.ESTIMATE, self._ask(state, ask=False))
            state.last_item = max(state.last_item, item)
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
            return self._reply(key, state, ReplyKind.EMPTY, self._ask(state, ask=False))
        if reading.discovered_on is not None:
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
        unclear = (turn is None or not turn.engaged) and self._unclear(state, reading)
        # 「やられた」: no fact yet, but a report starting; asked what kind of incident it is.
        trouble = unclear and not is_thanks(text) and speaks_of_trouble(text)
        unclear = unclear and not trouble
        if unclear and is_thanks(text):
            self.store.save(key, state, said)
            return Reply(ReplyKind.THANKS, conversation=key, intent=reading.intent.value)
        if unclear:
            log.info("conversation=%s unclear_message", key)
            self.store.save(key, state, said)
            question = self._ask(state, ask=False)
            reply = self._reply(key, state, ReplyKind.UNCLEAR, question)
            return replace(reply, intent=reading.intent.value, question_topics=_topics(reading))
        notes = self._take(state, reading) if turn is None or turn.read_facts else []
        self._note_reminders(state, text, when)
        kind = _KIND_BY_INTENT.get(reading.intent, ReplyKind.ESTIMATE)
        result = estimate(to_facts(state.facts), self.rider)  # once: for the question and the reply
        question = self._ask(state, result=result, first=Fact.INCIDENT_TYPE if trouble else None)
        reply = replace(
            self._reply(key, state, kind, question, notes, said=said, result=result),
            intent=reading.intent.value,
            question_topics=_topics(reading),
        )
        reply = self._answered(reply)
        reply = claim.finish(state, self._show(state, reply), turn, self.rider)
        record(state, before, by=user, at=when)
        self.store.save(key, state, said)
        return reply

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
            return self._reply(key, state, ReplyKind.ESTIMATE, self._ask(state, ask=False))

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
        question = self._ask(state, result=result)
        reply = self._reply(key, state, ReplyKind.ESTIMATE, question, result=result)
        return claim.finish(state, self._show(state, reply), turn, self.rider)

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
                self._mark(state, step, done, take, user, at or self.clock())
                self.store.save(key, state)
                log.info("conversation=%s step=%s done=%s take=%s", key, step, done, take)
            return self._reply(key, state, ReplyKind.ESTIMATE, self._ask(state, ask=False))

    @staticmethod
    def _mark(
        state: ConversationState,
        step: str,
        done: bool | None,
        take: bool,
        user: str | None,
        when: datetime,
    ) -> None:
        mark = state.steps.setdefault(step, {})
        at = when.astimezone(UTC).isoformat()
        if done is True and not mark.get("done_at"):
            mark |= {"done_by": user, "done_at": at}
            add(state, Event(EventKind.STEP_DONE, when, user, step))
        elif done is False and mark.get("done_at"):
            mark |= {"done_by": None, "done_at": None}
            add(state, Event(EventKind.STEP_REOPENED, when, user, step))
        if take and user and mark.get("owner") != user:
            mark |= {"owner": user, "owner_at": at}
            add(state, Event(EventKind.STEP_OWNER, when, user, step))

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
        return self._reply(key, state, kind, self._ask(state, ask=False))

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

    # -- reading a message ----------------------------------------------------------

    @staticmethod
    def _unclear(state: ConversationState, reading: Reading) -> bool:
        """Nothing about the incident, no request, no answer: say so instead of guessing."""
        if reading.intent is not Intent.REPORT or reading.has_facts():
            return False
        if reading.question_topics:  # a question the answer base answers
            return False
        if reading.answer is not None or reading.negative_amounts or reading.truncated:
            return False
        return not (state.clash and reading.correction)

    def _take(self, state: ConversationState, reading: Reading) -> list[str]:
        notes: list[str] = []
        text = labels().messages
        if reading.truncated:
            notes.append(text["note_truncated"])
        if reading.negative_amounts:
            notes.append(text["note_negative"].format(amounts="、".join(reading.negative_amounts)))
        if state.clash and reading.correction and not reading.costs:
            apply_answer(state, COST_CLASH, reading.correction)
            return notes
        if (
            reading.answer is not None
            and state.last_question is not None
            and not reading.has_facts()
        ):
            question = claim.find_question(state.last_question)
            value = question.bare(reading.answer) if question is not None else None
            if question is not None and value is not None:
                apply_answer(state, question.id, value, reading.evidence.get("answer"))
                log.info("conversation answer question=%s", question.id)
                return notes
        reading, dropped = within_bounds(reading, self.rider)
        notes.extend(dropped)
        clashes = state.facts.apply(reading)
        if clashes:
            clash = clashes[0]
            state.clash = {"key": clash.key, "old": clash.old, "new": clash.new}
        if reading.unassigned:
            amounts = "、".join(yen(a.yen) for a in reading.unassigned)
            notes.append(text["note_unassigned"].format(amounts=amounts))
        log.info(
            "reading facts=%s costs=%s",
            sorted(k for k in SCALAR_FACTS if getattr(reading, k) is not None),
            sorted({c.key for c in reading.costs}),
        )
        return notes

    @staticmethod
    def _note_reminders(state: ConversationState, text: str, when: datetime) -> None:
        """What the reminders depend on beyond the facts: a report decided against, and
        when the consent reminder falls due (set once, so later turns do not move it)."""
        if reminders.decided_no_report(text):
            state.no_report = True
        due = reminders.consent_due(to_facts(state.facts), when)
        if due is None:
            state.consent_due = None
        elif state.consent_due is None:
            state.consent_due = due.astimezone(UTC).isoformat()

    def _answered(self, reply: Reply) -> Reply:
        """The reply with the answer to what the message asked, the answer base's first."""
        if not reply.question_topics:
            return reply
        facts = reply.estimate.facts if reply.estimate is not None else None
        phase = reply.advice.phase if reply.advice is not None else None
        found = answer_for(
            reply.question_topics[0],
            facts.incident_type if facts is not None else None,
            phase,
            agent=self.rider.policy.agent if self.rider.policy is not None else None,
        )
        return replace(reply, answer=found.lines)

    # -- the card: what it shows, and what a follow-up changed ------------------------

    def _show(self, state: ConversationState, reply: Reply) -> Reply:
        """The reply as a follow-up (what changed since the card) once a card was shown;
        records what the card now shows, the one change to the state besides the question.

        Requests for the checklist, contacts, help or the escalation are answered in full.
        """
        view = card_view(reply)
        if state.shown is None or reply.kind is not ReplyKind.ESTIMATE:
            if reply.kind is ReplyKind.ESTIMATE:
                state.shown = view
            return reply
        changes = tuple(
            Change(name, state.shown.get(name), value)
            for name, value in view.items()
            if state.shown.get(name) != value and name not in HIDDEN_KEYS
        )
        reporting = view.get(REPORTING_KEY) != state.shown.get(REPORTING_KEY)
        reminding = view.get(REMINDERS_KEY) != state.shown.get(REMINDERS_KEY)
        state.shown = view
        return replace(
            reply,
            brief=True,
            changes=changes,
            reporting_changed=reporting,
            reminders_changed=reminding,
        )

    # -- the next question: chosen, then recorded ---------------------------------

    def _ask(
        self,
        state: ConversationState,
        *,
        ask: bool = True,
        result: Estimate | None = None,
        first: str | None = None,
    ) -> Question | None:
        """The question of this turn, recorded as asked; a pending one is shown again.

        Recording is the one change to the state a reply makes, kept here so that
        building the reply stays free of effects. `result` is the estimate of the state's
        facts when the caller has it already; `first` a fact to ask about before the
        others while it is unknown (not before a clash to settle).
        """
        if not ask:
            return claim.find_question(state.last_question)
        facts = to_facts(state.facts)
        result = result or estimate(facts, self.rider)
        question = next_question(state, facts, result, self.rider)
        if first and still_open(state, first) and (question is None or question.priority):
            question = questions()[first]
        question = claim.next_question(state, self.rider, question)
        if question is not None:
            state.asked[question.id] = state.asked.get(question.id, 0) + 1
            state.last_question = question.id
        return question

    # -- building the reply ---------------------------------------------------------

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
        """The reply for the state as it stands; reads the state, never changes it.

        `said` is this turn's message when it is not stored yet; `result` the estimate of
        the state's facts when the caller has it already.
        """
        facts, now = to_facts(state.facts), self.clock()
        text = labels()
        advice = build_advice(
            facts,
            now,
            frozenset(DataKind(kind) for kind in state.data_kinds),
            date.fromisoformat(state.discovered_on) if state.discovered_on else None,
            messages=self._messages(key, state, said),
            done=frozenset(k for k, mark in state.steps.items() if mark.get("done_at")),
        )
        return Reply(
            kind=kind,
            understood=tuple(
                Understood(name, value, _quote(state.facts.evidence.get(fact)))
                for fact, name, value in text.described(facts)
            ),
            costs=tuple(self._cost_items(facts, state)),
            unassigned=tuple(state.facts.unassigned),
            # Only facts have labels; anything else said to be unknown is not shown.
            said_unknown=tuple(text.facts[n] for n in state.facts.said_unknown if n in text.facts),
            estimate=result or estimate(facts, self.rider),
            question=question,
            question_text=question_text(question, state, self.rider),
            notes=tuple(notes or ()),
            advice=advice,
            conversation=key,
            turn=state.turns - state.first_turn,
            marks=tuple(_mark(key, mark) for key, mark in state.steps.items()),
            reminders=reminders.plan(facts, advice.reporting, self._situation(state), now),
        )

    def _situation(self, state: ConversationState) -> reminders.Situation:
        made = {event.new for event in reports(state) if event.name == Authority.PPC.value}
        due = state.consent_due
        return reminders.Situation(
            missing=tuple(claim.missing(state, self.rider)),
            consent_due=datetime.fromisoformat(due) if due else None,
            reported_preliminary=ReportKind.PRELIMINARY.value in made,
            reported_final=ReportKind.FINAL.value in made,
            no_report=state.no_report,
        )

    def _messages(self, key: str, state: ConversationState, said: str | None) -> list[str]:
        """The messages since the conversation (re)started, this turn's included."""
        since = state.turns - state.first_turn
        kept = [*self.store.messages(key), *([said] if said is not None else [])]
        return kept[-since:] if since > 0 else []

    def _cost_items(self, facts: Facts, state: ConversationState) -> list[CostItem]:
        """Each cost with its clause, and its source when one statement alone gave it."""
        values = state.facts.values
        sources: dict[CostKey, list[Evidence | None]] = {}
        for key in state.facts.costs:
            resolved = resolve_cost_key(
                key, values.get(Fact.UNAUTHORIZED_ACCESS), values.get(Fact.INCIDENT_TYPE)
            )
            sources.setdefault(resolved, []).append(state.facts.cost_evidence.get(key))
        items = []
        for key, amount in facts.costs.items():
            said = sources.get(key, [])
            quote = _quote(said[0]) if len(said) == 1 else None
            items.append(CostItem(self.rider.coverages[key].clause, amount, quote))
        return items


def _mark(key: str, mark: dict[str, str | None]) -> StepMark:
    done_at = mark.get("done_at")
    return StepMark(
        key,
        owner=mark.get("owner"),
        done_by=mark.get("done_by"),
        done_at=datetime.fromisoformat(done_at) if done_at else None,
    )


def _topics(reading: Reading) -> tuple[str, ...]:
    return tuple(topic.value for topic in reading.question_topics)


def _quote(evidence: Evidence | None) -> str | None:
    """The user's words a fact was read from, short enough to show beside it."""
    return short_quote(evidence.text) if evidence is not None and evidence.text else None
