"""Timeline events in words: 「2026年11月26日 23:30　公表: 公表した（予定を含む）（U1）」."""

from __future__ import annotations

from bot.advice.contacts import jst_fields
from bot.advice.guidance import find_step
from bot.claim.asking import item_of, report_line
from bot.claim.texts import claim_texts
from bot.claim.timeline import Event, EventKind
from bot.conversation.questions import questions
from bot.conversation.reply import short_quote
from bot.labels import labels
from coverage import CostKey, Rider, yen
from nlu.reports import Authority, ReportKind, ReportMention

# A step is named in the timeline by this many characters of its text, … included.
STEP_NAME_CHARS = 30


def what(event: Event, rider: Rider) -> str:
    """What the event says, in Japanese; never an identifier."""
    t, text = claim_texts().timeline, labels()
    match event.kind:
        case EventKind.FACT:
            name = text.facts[event.name]
            new = _value(event.name, event.new)
            if event.old is None:
                return t["fact"].format(name=name, value=new)
            return t["fact_changed"].format(name=name, old=_value(event.name, event.old), new=new)
        case EventKind.UNKNOWN:
            return t["unknown"].format(name=text.facts[event.name])
        case EventKind.COST:
            clause = rider.coverages[CostKey(event.name)].clause
            amount = yen(int(event.new or 0))
            if event.old is None:
                return t["cost"].format(clause=clause, amount=amount)
            return t["cost_changed"].format(clause=clause, old=yen(int(event.old)), new=amount)
        case EventKind.QUESTION:
            return t["question"].format(question=question_name(event.name))
        case EventKind.ANSWER:
            return t["answer"].format(
                question=question_name(event.name), answer=_answer_label(event)
            )
        case EventKind.REPORT:
            return report_text(event)
        case EventKind.CLAIM_ITEM:
            return t["claim_item"].format(item=claim_texts().items[event.name].label)
        case EventKind.ESCALATION:
            return t["escalation"]
        case EventKind.CLAIM_REQUEST:
            return t["claim_request"]
        case EventKind.CLAIM_FILE:
            return t["claim_file"]
        case EventKind.STEP_DONE | EventKind.STEP_REOPENED | EventKind.STEP_OWNER:
            return t[event.kind.value].format(step=step_name(event.name))


def step_name(key: str) -> str:
    """A step by its first words (「被害が疑われる端末をネットワークから…」), never its key."""
    step = find_step(key)
    return short_quote(step.text, STEP_NAME_CHARS) if step is not None else ""


def report_text(event: Event) -> str:
    """「警察へ被害届を提出（受付番号 第123号）」."""
    kind = ReportKind(str(event.new or ReportKind.REPORT))
    return report_line(ReportMention(Authority(event.name), kind, event.receipt))


def who(event: Event) -> str:
    """Who said or did it: the user's Slack id, the bot, or 「記録なし」."""
    t = claim_texts().timeline
    if event.kind is EventKind.QUESTION:
        return t["by_bot"]
    return t["by_user"].format(user=event.by) if event.by else t["by_unknown"]


def line(event: Event, rider: Rider) -> str:
    """One line of the timeline: when (JST), what, who."""
    t = claim_texts().timeline
    return t["line"].format(
        when=t["when"].format(**jst_fields(event.at)), what=what(event, rider), who=who(event)
    )


def question_name(qid: str) -> str:
    """A question by its short name: the fact it asks about, or the claim item."""
    words = claim_texts()
    item = item_of(qid)
    if item is not None:
        return words.items[item.value].label
    return words.questions.get(qid, words.timeline["by_unknown"])


def _value(fact: str, value: object) -> str:
    text = labels()
    if isinstance(value, bool) or fact in text.values:
        return text.value(fact, value if isinstance(value, bool) else str(value))
    return f"{value:,}{text.units[fact]}" if isinstance(value, int) else str(value)


def _answer_label(event: Event) -> str:
    """The label of the button pressed (「公表した・予定」), from the question's answers."""
    words = claim_texts()
    if event.name.startswith("claim:"):
        key = "stop" if event.new == "stop" else "skip"
        return words.buttons[key]
    question = questions().get(event.name)
    for answer in question.answers if question is not None else ():
        if answer.value == event.new:
            return answer.label
    return words.timeline["by_unknown"]
