"""Changes to a conversation's facts that come from the bot's own rules: an answer to one
of its questions, and amounts or counts beyond belief dropped."""

from __future__ import annotations

from dataclasses import replace

from bot.conversation.asking import COST_CLASH, FACT_CLASH, PROPOSED_COST, VICTIMS
from bot.conversation.questions import AnswerValue
from bot.conversation.state import ConversationState
from bot.labels import labels
from coverage import Fact, Rider, man_yen
from nlu import Reading
from nlu.reading import Evidence

# Facts a quick answer sets as it is.
_ANSWERED_AS_IS = frozenset(
    {Fact.ANNOUNCED, Fact.CONSENT, Fact.UNAUTHORIZED_ACCESS, Fact.DETECTION, Fact.INCIDENT_TYPE}
)


def apply_answer(
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


def within_bounds(reading: Reading, rider: Rider) -> tuple[Reading, list[str]]:
    """Drop amounts and counts beyond belief; the old values stay."""
    notes = []
    costs = tuple(c for c in reading.costs if c.yen <= rider.max_amount_yen)
    if len(costs) < len(reading.costs):
        limit = man_yen(rider.max_amount_yen)
        notes.append(labels().messages["note_too_large"].format(limit=limit))
    individuals, corporations = reading.individuals, reading.corporations
    if max(individuals or 0, corporations or 0) > rider.max_count:
        individuals = corporations = None
        notes.append(labels().messages["note_too_many"])
    return replace(reading, costs=costs, individuals=individuals, corporations=corporations), notes
