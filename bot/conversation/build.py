"""A turn's reply, from the state as it stands: the question asked, the reply built, cut
to a follow-up once the card was shown, and the answer to what the message asked.

Building (`build_reply`) reads the state and never changes it; the two changes a reply
makes to the state are kept apart, in `ask` (the question recorded as asked) and `show`
(what the card now shows), so each turn states where they happen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from bot.advice.answers import answer_for
from bot.advice.build import build_advice
from bot.claim import asking as claim
from bot.claim.timeline import reports
from bot.conversation import reminders
from bot.conversation.asking import next_question, question_text, said_since, still_open
from bot.conversation.questions import Question, questions
from bot.conversation.reply import (
    HIDDEN_KEYS,
    REMINDERS_KEY,
    REPORTING_KEY,
    STEPS_KEY,
    Change,
    CostItem,
    Reply,
    ReplyKind,
    Understood,
    card_view,
    short_quote,
)
from bot.conversation.state import ConversationState
from bot.conversation.steps import done_steps, step_marks
from bot.labels import labels
from coverage import CostKey, Estimate, Fact, Facts, IncidentType, Rider, estimate
from nlu import to_facts
from nlu.data_kinds import DataKind
from nlu.facts_builder import resolve_cost_key
from nlu.reading import Evidence
from nlu.reports import Authority, ReportKind

# -- the next question: chosen, then recorded ---------------------------------------


def pending(state: ConversationState) -> Question | None:
    """The question asked last and not answered yet, shown again; nothing is recorded."""
    return claim.find_question(state.last_question)


def ask(
    state: ConversationState,
    rider: Rider,
    *,
    result: Estimate | None = None,
    first: str | None = None,
) -> Question | None:
    """The question of this turn, recorded as asked.

    Recording is the one change to the state a reply makes, kept here so that
    building the reply stays free of effects. `result` is the estimate of the state's
    facts when the caller has it already; `first` a fact to ask about before the
    others while it is unknown (not before a clash to settle).
    """
    facts = to_facts(state.facts)
    result = result or estimate(facts, rider)
    question = next_question(state, facts, result, rider)
    if first and still_open(state, first) and (question is None or question.priority):
        question = questions()[first]
    question = claim.next_question(state, rider, question)
    if question is not None:
        state.asked[question.id] = state.asked.get(question.id, 0) + 1
        state.last_question = question.id
    elif said_since(state, state.last_question):
        state.last_question = None  # answered in a sentence: not pending, not shown again
    return question


# -- building the reply -------------------------------------------------------------


def build_reply(
    key: str,
    state: ConversationState,
    kind: ReplyKind,
    question: Question | None,
    rider: Rider,
    now: datetime,
    kept: list[str],
    *,
    notes: list[str] | None = None,
    result: Estimate | None = None,
) -> Reply:
    """The reply for the state as it stands; reads the state, never changes it.

    `kept` is every message the store keeps for the conversation, this turn's included
    (it may not be stored yet); `result` the estimate of the state's facts when the
    caller has it already.
    """
    facts = to_facts(state.facts)
    text = labels()
    advice = build_advice(
        facts,
        now,
        frozenset(DataKind(kind) for kind in state.data_kinds),
        date.fromisoformat(state.discovered_on) if state.discovered_on else None,
        messages=since_restart(state, kept),
        done=done_steps(state),
        stolen=state.facts.stolen,
        theft_doubted=state.facts.theft_doubted,
    )
    return Reply(
        kind=kind,
        understood=tuple(_understood(state, facts)),
        costs=tuple(_cost_items(facts, state, rider)),
        unassigned=tuple(state.facts.unassigned),
        # Only facts have labels; anything else said to be unknown is not shown.
        said_unknown=tuple(
            (text.facts[n], text.unknown_values[n])
            for n in state.facts.said_unknown
            if n in text.facts
        ),
        estimate=result or estimate(facts, rider),
        question=question,
        question_text=question_text(question, state, rider),
        notes=tuple(notes or ()),
        advice=advice,
        conversation=key,
        turn=state.turns - state.first_turn,
        marks=step_marks(state),
        reminders=reminders.plan(facts, advice.reporting, _situation(state, rider), now),
    )


def _understood(state: ConversationState, facts: Facts) -> list[Understood]:
    """Each fact known, with the words it was read from; a loss said to be a theft is
    shown as the theft, quoting the words that said so (「盗難（「置き引きにあった」より）」)."""
    text = labels()
    items = []
    for fact, name, value in text.described(facts):
        evidence = state.facts.evidence.get(fact)
        if fact == Fact.INCIDENT_TYPE and _stolen(state, facts):
            value, evidence = text.stolen, state.facts.stolen_evidence or evidence
        items.append(Understood(name, value, _quote(evidence)))
    return items


def _stolen(state: ConversationState, facts: Facts) -> bool:
    """Whether the conversation says the thing lost was stolen (not a fact of the payout
    rules, which know lost_or_stolen only)."""
    return state.facts.stolen and facts.incident_type is IncidentType.LOST_OR_STOLEN


def _situation(state: ConversationState, rider: Rider) -> reminders.Situation:
    made = {event.new for event in reports(state) if event.name == Authority.PPC.value}
    due = state.consent_due
    return reminders.Situation(
        missing=tuple(claim.missing(state, rider)),
        consent_due=datetime.fromisoformat(due) if due else None,
        reported_preliminary=ReportKind.PRELIMINARY.value in made,
        reported_final=ReportKind.FINAL.value in made,
        no_report=state.no_report,
    )


def since_restart(state: ConversationState, kept: list[str]) -> list[str]:
    """The messages since the conversation (re)started, this turn's included."""
    since = state.turns - state.first_turn
    return kept[-since:] if since > 0 else []


def _cost_items(facts: Facts, state: ConversationState, rider: Rider) -> list[CostItem]:
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
        items.append(CostItem(rider.coverages[key].clause, amount, quote))
    return items


def _quote(evidence: Evidence | None) -> str | None:
    """The user's words a fact was read from, short enough to show beside it."""
    return short_quote(evidence.text) if evidence is not None and evidence.text else None


# -- the card: what it shows, and what a follow-up changed ----------------------------


def show(state: ConversationState, reply: Reply) -> Reply:
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
    ticking = view.get(STEPS_KEY) != state.shown.get(STEPS_KEY)
    state.shown = view
    return replace(
        reply,
        brief=True,
        changes=changes,
        reporting_changed=reporting,
        reminders_changed=reminding,
        steps_changed=ticking,
    )


def answered(reply: Reply, rider: Rider) -> Reply:
    """The reply with the answer to what the message asked, the answer base's first."""
    if not reply.question_topics:
        return reply
    facts = reply.estimate.facts if reply.estimate is not None else None
    phase = reply.advice.phase if reply.advice is not None else None
    found = answer_for(
        reply.question_topics[0],
        facts.incident_type if facts is not None else None,
        phase,
        access=facts.unauthorized_access if facts is not None else None,
        agent=rider.policy.agent if rider.policy is not None else None,
    )
    return replace(reply, answer=found.lines)


def unanswered(rider: Rider) -> tuple[str, ...]:
    """The answer base's fallback: a question none of its topics answers."""
    return answer_for(None, agent=rider.policy.agent if rider.policy is not None else None).lines
