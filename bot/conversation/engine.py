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

from bot.advice.answers import answer_for
from bot.advice.build import build_advice
from bot.conversation.clean import clean_text, is_thanks
from bot.conversation.questions import AnswerValue, Question, questions
from bot.conversation.reply import (
    REPORTING_KEY,
    Change,
    CostItem,
    Reply,
    ReplyKind,
    Understood,
    card_view,
    short_quote,
)
from bot.conversation.state import MAX_KEPT_CHARS, ConversationState
from bot.conversation.store import Store
from bot.labels import labels
from coverage import (
    SCALAR_FACTS,
    Access,
    CostKey,
    Detection,
    Estimate,
    Fact,
    Facts,
    Rider,
    estimate,
    man_yen,
    yen,
)
from nlu import Intent, Reading, read_message, to_facts
from nlu.data_kinds import DataKind
from nlu.facts_builder import resolve_cost_key
from nlu.reading import Evidence

log = logging.getLogger(__name__)

MAX_ASKED = 2
# The reduction table's facts, each with the values a quick answer can give it.
_VALUES: dict[str, tuple[AnswerValue, ...]] = {
    Fact.UNAUTHORIZED_ACCESS: tuple(Access),
    Fact.ANNOUNCED: (True, False),
    Fact.DETECTION: tuple(Detection),
}
# Questions that are not about one fact.
COST_CLASH = "cost_clash"
FACT_CLASH = "fact_clash"
PROPOSED_COST = "proposed_cost"
VICTIMS = "victims"
# Facts a quick answer sets as it is.
_ANSWERED_AS_IS = frozenset(
    {Fact.ANNOUNCED, Fact.CONSENT, Fact.UNAUTHORIZED_ACCESS, Fact.DETECTION, Fact.INCIDENT_TYPE}
)
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
        # The message's index in the conversation (unreadable ones are not counted).
        reading = read_message(text, now=at or self.clock(), message=state.turns)
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
            )
            self.store.save(key, fresh, said)
            log.info("conversation=%s reset", key)
            return Reply(ReplyKind.RESET, conversation=key, intent=reading.intent.value)
        if self._unclear(state, reading) and is_thanks(text):
            self.store.save(key, state, said)
            return Reply(ReplyKind.THANKS, conversation=key, intent=reading.intent.value)
        if self._unclear(state, reading):
            log.info("conversation=%s unclear_message", key)
            self.store.save(key, state, said)
            question = self._ask(state, ask=False)
            reply = self._reply(key, state, ReplyKind.UNCLEAR, question)
            return replace(reply, intent=reading.intent.value, question_topics=_topics(reading))
        notes = self._take(state, reading)
        kind = _KIND_BY_INTENT.get(reading.intent, ReplyKind.ESTIMATE)
        question = self._ask(state)
        reply = replace(
            self._reply(key, state, kind, question, notes, said=said),
            intent=reading.intent.value,
            question_topics=_topics(reading),
        )
        reply = self._answered(reply)
        reply = self._show(state, reply)
        self.store.save(key, state, said)
        return reply

    def answer(self, key: str, question_id: str, value: AnswerValue, *, item: int = 0) -> Reply:
        """A quick-answer button: set the fact the question was about."""
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            if not (item and state.last_item >= item):
                state.last_item = max(state.last_item, item)
                self._apply_answer(state, question_id, value)
                reply = self._reply(key, state, ReplyKind.ESTIMATE, self._ask(state))
                reply = self._show(state, reply)
                self.store.save(key, state)
                return reply
            return self._reply(key, state, ReplyKind.ESTIMATE, self._ask(state, ask=False))

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

    def record_escalation(self, key: str, link: str) -> None:
        """Remember that the escalation summary was posted (at `link`, if any)."""
        with self.store.lock(key):
            state = self.store.load(key) or ConversationState()
            state.escalated = link
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
            self._apply_answer(state, COST_CLASH, reading.correction)
            return notes
        if (
            reading.answer is not None
            and state.last_question is not None
            and not reading.has_facts()
        ):
            question = questions()[state.last_question]
            value = question.bare(reading.answer)
            if value is not None:
                self._apply_answer(state, question.id, value, reading.evidence.get("answer"))
                log.info("conversation answer question=%s", question.id)
                return notes
        reading, dropped = self._within_bounds(reading)
        notes.extend(dropped)
        clashes = state.facts.apply(reading)
        if clashes:
            clash = clashes[0]
            state.clash = {"key": clash.key, "old": clash.old, "new": clash.new}
        if reading.unassigned:
            amounts = "、".join(yen(a.yen) for a in reading.unassigned)
            notes.append(text["note_unassigned"].format(amounts=amounts))
        if reading.proposed:
            pass  # asked as a confirmation question (see `_next_question`)
        log.info(
            "reading facts=%s costs=%s",
            sorted(k for k in SCALAR_FACTS if getattr(reading, k) is not None),
            sorted({c.key for c in reading.costs}),
        )
        return notes

    def _within_bounds(self, reading: Reading) -> tuple[Reading, list[str]]:
        """Drop amounts and counts beyond belief; the old values stay."""
        notes = []
        costs = tuple(c for c in reading.costs if c.yen <= self.rider.max_amount_yen)
        if len(costs) < len(reading.costs):
            limit = man_yen(self.rider.max_amount_yen)
            notes.append(labels().messages["note_too_large"].format(limit=limit))
        individuals, corporations = reading.individuals, reading.corporations
        if max(individuals or 0, corporations or 0) > self.rider.max_count:
            individuals = corporations = None
            notes.append(labels().messages["note_too_many"])
        return replace(
            reading, costs=costs, individuals=individuals, corporations=corporations
        ), notes

    def _apply_answer(
        self,
        state: ConversationState,
        qid: str,
        value: AnswerValue,
        evidence: Evidence | None = None,
    ) -> None:
        """Set what the question was about; `evidence` is the message that answered, if any
        (a button has none)."""
        facts = state.facts
        if qid == COST_CLASH and state.clash:
            clash, state.clash = state.clash, None
            key, old, new = str(clash["key"]), int(clash["old"]), int(clash["new"])
            facts.costs[key] = old + new if value == "add" else new
            facts.cost_evidence.pop(key, None)  # it quoted the old amount
        elif qid == FACT_CLASH:
            for pending in facts.clashes()[:1]:
                facts.settle(pending.name, take_new=value == "new")
        elif qid == PROPOSED_COST:
            for key, amount in list(facts.proposed_costs.items())[:1]:
                del facts.proposed_costs[key]
                if value == "yes":  # confirmed: a cost like any other
                    facts.costs[key] = facts.costs.get(key, 0) + amount
        elif value == "unknown" and qid == VICTIMS:
            facts.set_value(Fact.INDIVIDUALS, None, evidence)
            facts.set_value(Fact.CORPORATIONS, None, evidence)
        elif value == "unknown" and qid in (COST_CLASH, FACT_CLASH, PROPOSED_COST):
            # Not sure which amount or value is right: the one stated before stands.
            state.clash = None
            facts.proposed.clear()
            facts.proposed_costs.clear()
        elif value == "unknown":
            facts.set_value(qid, None, evidence)
        elif qid == VICTIMS:
            facts.set_value(Fact.INDIVIDUALS, 0, evidence)
            facts.set_value(Fact.CORPORATIONS, 0, evidence)
        elif qid in _ANSWERED_AS_IS:
            facts.set_value(qid, value, evidence)
        state.last_question = None

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
            if state.shown.get(name) != value and name != REPORTING_KEY
        )
        reporting = view.get(REPORTING_KEY) != state.shown.get(REPORTING_KEY)
        state.shown = view
        return replace(reply, brief=True, changes=changes, reporting_changed=reporting)

    # -- the next question: chosen, then recorded ---------------------------------

    def _ask(self, state: ConversationState, *, ask: bool = True) -> Question | None:
        """The question of this turn, recorded as asked; a pending one is shown again.

        Recording is the one change to the state a reply makes, kept here so that
        building the reply stays free of effects.
        """
        if not ask:
            return questions()[state.last_question] if state.last_question else None
        facts = to_facts(state.facts)
        question = self._next_question(state, facts, estimate(facts, self.rider))
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
    ) -> Reply:
        """The reply for the state as it stands; reads the state, never changes it.

        `said` is this turn's message when it is not stored yet.
        """
        facts = to_facts(state.facts)
        text = labels()
        advice = build_advice(
            facts,
            self.clock(),
            frozenset(DataKind(kind) for kind in state.data_kinds),
            date.fromisoformat(state.discovered_on) if state.discovered_on else None,
            messages=self._messages(key, state, said),
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
            estimate=estimate(facts, self.rider),
            question=question,
            question_text=self._question_text(question, state),
            notes=tuple(notes or ()),
            advice=advice,
            conversation=key,
            turn=state.turns - state.first_turn,
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

    def _question_text(self, question: Question | None, state: ConversationState) -> str | None:
        if question is None:
            return None
        if question.id == FACT_CLASH:
            return self._fact_clash_text(question, state)
        if question.id == PROPOSED_COST:
            return self._proposed_cost_text(question, state)
        if question.id != COST_CLASH or not state.clash:
            return question.text
        values = state.facts.values
        key = resolve_cost_key(
            str(state.clash["key"]),
            values.get(Fact.UNAUTHORIZED_ACCESS),
            values.get(Fact.INCIDENT_TYPE),
        )
        return question.text.format(
            clause=self.rider.coverages[key].clause,
            old=yen(int(state.clash["old"])),
            new=yen(int(state.clash["new"])),
        )

    def _proposed_cost_text(self, question: Question, state: ConversationState) -> str:
        proposed = list(state.facts.proposed_costs.items())
        if not proposed:
            return question.text
        key, amount = proposed[0]
        values = state.facts.values
        resolved = resolve_cost_key(
            key, values.get(Fact.UNAUTHORIZED_ACCESS), values.get(Fact.INCIDENT_TYPE)
        )
        words = state.facts.proposed_words.get(key, "")
        return question.text.format(
            clause=self.rider.coverages[resolved].clause, amount=yen(amount), words=words
        )

    @staticmethod
    def _fact_clash_text(question: Question, state: ConversationState) -> str:
        clashes = state.facts.clashes()
        if not clashes:
            return question.text
        clash, text = clashes[0], labels()
        return question.text.format(
            fact=text.facts.get(clash.name, clash.name),
            old=text.value(clash.name, clash.old),
            new=text.value(clash.name, clash.new),
        )

    def _next_question(
        self, state: ConversationState, facts: Facts, result: Estimate
    ) -> Question | None:
        """The unknown fact that would narrow the estimate most; at most twice each."""
        table = questions()
        if state.clash:
            return table[COST_CLASH]
        if state.facts.clashes():
            return table[FACT_CLASH]
        if state.facts.proposed_costs:
            return table[PROPOSED_COST]

        def open_(qid: str) -> bool:
            # The victims question is settled by 「わからない」 to the counts it asks for.
            said = Fact.INDIVIDUALS if qid == VICTIMS else qid
            asked = state.asked.get(qid, 0)
            # A fact only hedged in a message (「不正アクセスの可能性」) is asked once, with
            # buttons; one the user answered 「わからない」 to is not asked again.
            hedged_only = said in state.facts.said_unknown and asked == 0
            return (said not in state.facts.said_unknown or hedged_only) and asked < MAX_ASKED

        spread = result.max - result.min
        scored = []
        for name in result.unknown_facts:
            if open_(name) and name in _VALUES:
                gain = spread - self._spread_if_known(facts, name)
                scored.append((-gain, table[name].priority, name))
        if scored:
            return table[min(scored)[2]]
        candidates: list[str] = []
        if not facts.costs:
            candidates.append(Fact.COSTS)
        # With no access found there is nothing known to have leaked: no victims to count.
        no_leak = facts.unauthorized_access is Access.NOT_FOUND
        if facts.individuals is None and facts.corporations is None and not no_leak:
            candidates.append(VICTIMS)
        if facts.incident_type is None:
            candidates.append(Fact.INCIDENT_TYPE)
        expenses = any(k is not CostKey.DAMAGES for k in facts.costs)
        if expenses and facts.consent is None:
            candidates.append(Fact.CONSENT)
        for qid in candidates:
            if open_(qid):
                return table[qid]
        return None

    def _spread_if_known(self, facts: Facts, name: str) -> int:
        """The average remaining spread of the estimate once `name` is known."""
        spreads = []
        for value in _VALUES[name]:
            result = estimate(_with(facts, name, value), self.rider)
            spreads.append(result.max - result.min)
        return sum(spreads) // len(spreads)


def _topics(reading: Reading) -> tuple[str, ...]:
    return tuple(topic.value for topic in reading.question_topics)


def _quote(evidence: Evidence | None) -> str | None:
    """The user's words a fact was read from, short enough to show beside it."""
    return short_quote(evidence.text) if evidence is not None and evidence.text else None


def _with(facts: Facts, name: str, value: AnswerValue) -> Facts:
    """`facts` with one reduction-table fact set to a quick-answer value."""
    if name == Fact.UNAUTHORIZED_ACCESS:
        return replace(facts, unauthorized_access=Access(str(value)))
    if name == Fact.DETECTION:
        return replace(facts, detection=Detection(str(value)))
    return replace(facts, announced=bool(value))
