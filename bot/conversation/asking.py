"""Which question to ask next, and its words: the unknown fact that narrows the estimate
most, a clash or a proposal to confirm first; each at most twice."""

from __future__ import annotations

from dataclasses import replace

from bot.conversation.questions import AnswerValue, Question, questions
from bot.conversation.state import ConversationState
from bot.labels import labels
from coverage import Access, CostKey, Detection, Estimate, Fact, Facts, Rider, estimate, yen
from nlu.facts_builder import resolve_cost_key

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


def question_text(question: Question | None, state: ConversationState, rider: Rider) -> str | None:
    """The question as asked, its placeholders filled from the conversation."""
    if question is None:
        return None
    if question.id == FACT_CLASH:
        return _fact_clash_text(question, state)
    if question.id == PROPOSED_COST:
        return _proposed_cost_text(question, state, rider)
    if question.id != COST_CLASH or not state.clash:
        return question.text
    values = state.facts.values
    key = resolve_cost_key(
        str(state.clash["key"]),
        values.get(Fact.UNAUTHORIZED_ACCESS),
        values.get(Fact.INCIDENT_TYPE),
    )
    return question.text.format(
        clause=rider.coverages[key].clause,
        old=yen(int(state.clash["old"])),
        new=yen(int(state.clash["new"])),
    )


def _proposed_cost_text(question: Question, state: ConversationState, rider: Rider) -> str:
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
        clause=rider.coverages[resolved].clause, amount=yen(amount), words=words
    )


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


def next_question(
    state: ConversationState, facts: Facts, result: Estimate, rider: Rider
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
        # The victims question is settled by 「わからない」 to the counts it asks for, or to
        # the one the user named (「何社かはわからない」).
        unknown = state.facts.said_unknown
        said = (
            next((n for n in (Fact.INDIVIDUALS, Fact.CORPORATIONS) if n in unknown), None)
            if qid == VICTIMS
            else qid
        )
        asked = state.asked.get(qid, 0)
        # A fact only hedged in a message (「不正アクセスの可能性」) is asked once, with
        # buttons; one the user answered 「わからない」 to is not asked again. A count is
        # never hedged into the unknown: 「何人分かはわかんない」 is an answer.
        hedged_only = said in unknown and asked == 0 and qid != VICTIMS
        return (said not in unknown or hedged_only) and asked < MAX_ASKED

    spread = result.max - result.min
    scored = []
    for name in result.unknown_facts:
        if open_(name) and name in _VALUES:
            gain = spread - _spread_if_known(facts, name, rider)
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
    # A question that comes first for this kind of incident goes ahead; the rest keep
    # their order (sorted is stable).
    kind = facts.incident_type
    candidates.sort(key=lambda qid: kind not in table[qid].ask_first_for)
    for qid in candidates:
        if open_(qid):
            return table[qid]
    return None


def still_open(state: ConversationState, name: str) -> bool:
    """Whether a fact is unknown, not said to be unknown, and asked less than the most."""
    return (
        state.facts.values.get(name) is None
        and name not in state.facts.said_unknown
        and state.asked.get(name, 0) < MAX_ASKED
    )


def said_since(state: ConversationState, qid: str | None) -> bool:
    """Whether the fact question `qid` asked about has since been stated, or said to be
    unknown, in a message of its own (「同意はこれから取ります」 to the consent question)."""
    if qid == Fact.COSTS:
        return bool(state.facts.costs) or qid in state.facts.said_unknown
    names = (Fact.INDIVIDUALS, Fact.CORPORATIONS) if qid == VICTIMS else (qid,)
    if qid != VICTIMS and qid not in Fact.__members__.values():
        return False
    facts = state.facts
    return any(name in facts.values or name in facts.said_unknown for name in names)


def _spread_if_known(facts: Facts, name: str, rider: Rider) -> int:
    """The average remaining spread of the estimate once `name` is known."""
    spreads = []
    for value in _VALUES[name]:
        result = estimate(_with(facts, name, value), rider)
        spreads.append(result.max - result.min)
    return sum(spreads) // len(spreads)


def _with(facts: Facts, name: str, value: AnswerValue) -> Facts:
    """`facts` with one reduction-table fact set to a quick-answer value."""
    if name == Fact.UNAUTHORIZED_ACCESS:
        return replace(facts, unauthorized_access=Access(str(value)))
    if name == Fact.DETECTION:
        return replace(facts, detection=Detection(str(value)))
    return replace(facts, announced=bool(value))
