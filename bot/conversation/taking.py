"""What a turn takes from the NLU's reading of a message into the state.

A reading with nothing about the incident is told apart first (`unclear`), so the bot says
so instead of guessing; otherwise its facts merge into the state (`take`), or it answers
the question last asked, or settles a clash of amounts. Logs name facts, never text.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime

from bot.claim import asking as claim
from bot.conversation import reminders
from bot.conversation.asking import COST_CLASH, VICTIMS
from bot.conversation.rules import apply_answer, within_bounds
from bot.conversation.state import ConversationState
from bot.labels import labels
from coverage import SCALAR_FACTS, CostKey, Fact, Rider, yen
from nlu import Intent, Reading, to_facts
from nlu.facts_builder.costs import retakes_known
from nlu.reading import Evidence

_COST_KEYS = frozenset(key.value for key in CostKey)

log = logging.getLogger(__name__)


def unclear(state: ConversationState, reading: Reading) -> bool:
    """Nothing about the incident, no request, no answer: say so instead of guessing."""
    if reading.intent is not Intent.REPORT or reading.has_facts():
        return False
    if reading.question_topics:  # a question the answer base answers
        return False
    if reading.answer is not None or reading.negative_amounts or reading.oversized_amounts:
        return False
    if reading.not_cost_amounts:
        return False  # 「偽の口座に300万振り込んでしまった」: the amount read is answered
    if reading.truncated:
        return False
    if reading.devices_hit is not None:
        return False  # 「PCは3台」: how many devices were hit, which a price per device needs
    if reading.date_answer and reading.discovered_on is not None:
        return False  # 「昨日です」: when it became known, which the reporting duty asks
    # 「さっきの300は350の誤りです」: bare numbers that quote a known cost correct it.
    return not ((state.clash or retakes_known(state.facts, reading)) and reading.correction)


def take(state: ConversationState, reading: Reading, rider: Rider) -> list[str]:
    """Apply the reading to the state; the notes to show about what was not taken as said
    (a message cut short, negative or unassigned amounts, amounts beyond belief)."""
    notes: list[str] = []
    text = labels().messages
    if reading.truncated:
        notes.append(text["note_truncated"])
    if reading.date_answer and reading.discovered_on is not None:
        day = reading.discovered_on
        notes.append(text["note_discovered"].format(month=day.month, day=day.day))
    if reading.negative_amounts:
        notes.append(text["note_negative"].format(amounts="、".join(reading.negative_amounts)))
    if reading.oversized_amounts:
        notes.append(text["note_oversized"].format(amounts="、".join(reading.oversized_amounts)))
    if reading.not_cost_amounts:
        notes.append(text["note_not_cost"].format(amounts="、".join(reading.not_cost_amounts)))
    if state.clash and reading.correction and not reading.costs:
        apply_answer(state, COST_CLASH, reading.correction)
        return notes
    if reading.answer is not None and state.last_question is not None and not reading.has_facts():
        question = claim.find_question(state.last_question)
        value = question.bare(reading.answer) if question is not None else None
        if question is not None and value is not None:
            apply_answer(state, question.id, value, reading.evidence.get("answer"))
            log.info("conversation answer question=%s", question.id)
            return notes
    if state.last_question == VICTIMS:
        reading = counted_answer(state, reading)
    reading, dropped = within_bounds(reading, rider)
    notes.extend(dropped)
    kept = len(state.facts.unassigned)
    devices = state.facts.devices
    clashes = state.facts.apply(reading)
    if reading.devices_hit is not None and reading.devices_hit != devices:
        said = reading.evidence.get("devices")
        quote = said.text if said is not None else f"{reading.devices_hit}台"
        notes.append(text["note_devices"].format(count=reading.devices_hit, quote=quote))
    if clashes:
        clash = clashes[0]
        state.clash = {"key": clash.key, "old": clash.old, "new": clash.new}
    # Only what the fold left unassigned: 「追加で100万」「30万円くらい」 after a cost was
    # named went to that cost, and saying it was not understood would be untrue.
    if left := state.facts.unassigned[kept:]:
        amounts = "、".join(yen(amount) for amount in left)
        notes.append(text["note_unassigned"].format(amounts=amounts))
    elif (
        reading.cost_topic is not None
        and not reading.costs
        and not reading.oversized_amounts
        and not reading.question_topics  # 「お詫び状って出すべき？」 asks; it names no cost to come
        and reading.intent is not Intent.GUIDANCE  # 「チェックリスト」 asks for the steps
    ):
        # 「見舞金を送る予定です」: the fold waits for the amount; say so rather than nothing.
        key = reading.cost_topic
        # A bare 調査 is ① or ② until the access verdict settles which.
        cost = rider.coverages[CostKey(key)].clause if key in _COST_KEYS else text["cost_study"]
        notes.append(text["note_cost_topic"].format(cost=cost))
    log.info(
        "reading facts=%s costs=%s",
        sorted(k for k in SCALAR_FACTS if getattr(reading, k) is not None),
        sorted({c.key for c in reading.costs}),
    )
    return notes


def counted_answer(state: ConversationState, reading: Reading) -> Reading:
    """A bare count (「30名です」「3社です」) sent while the bot waits for the number of
    victims answers that question, whatever data the conversation has named so far: the
    bot asked for persons or companies, so the number is theirs."""
    if {Fact.INDIVIDUALS, Fact.CORPORATIONS} & set(state.facts.values):
        return reading
    if reading.individuals is not None or reading.corporations is not None:
        return reading
    # 「たぶん50人くらい」 too: the question asked for a rough number.
    for count, source, fact in (
        (reading.bare_count, "bare_count", Fact.INDIVIDUALS),
        (reading.loose_count, "loose_count", Fact.INDIVIDUALS),
        (reading.loose_corporations, "loose_corporations", Fact.CORPORATIONS),
    ):
        if count is None:
            continue
        evidence: dict[str, Evidence] = dict(reading.evidence)
        if source in evidence:
            evidence[fact] = evidence[source]
        if fact is Fact.CORPORATIONS:
            return replace(reading, corporations=count, evidence=evidence)
        return replace(reading, individuals=count, evidence=evidence)
    return reading


def note_reminders(state: ConversationState, text: str, when: datetime) -> None:
    """What the reminders depend on beyond the facts: a report decided against, and
    when the consent reminder falls due (set once, so later turns do not move it)."""
    if reminders.decided_no_report(text):
        state.no_report = True
    due = reminders.consent_due(to_facts(state.facts), when)
    if due is None:
        state.consent_due = None
    elif state.consent_due is None:
        state.consent_due = due.astimezone(UTC).isoformat()


def topics(reading: Reading) -> tuple[str, ...]:
    """The answer base's topics the message asked about, as the reply carries them."""
    return tuple(topic.value for topic in reading.question_topics)
