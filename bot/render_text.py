"""The reply model as plain text, for the console (and Slack's fallback `text`)."""

from __future__ import annotations

from bot.estimate_text import summary_lines
from bot.reply import Reply, ReplyKind
from bot.texts import Labels, labels
from coverage import yen


def understood_lines(reply: Reply, text: Labels) -> list[str]:
    """What the bot understood so far, so a misreading can be corrected."""
    out = [f"【{text.messages['understood_heading']}】"]
    items = [f"・{name}: {value}" for name, value in reply.understood]
    items += [f"・{name}: {text.messages['said_unknown_value']}" for name in reply.said_unknown]
    items += [f"・{cost.clause}: {yen(cost.yen)}" for cost in reply.costs]
    if reply.unassigned:
        amounts = "、".join(yen(v) for v in reply.unassigned)
        items.append(f"・{text.messages['unassigned_label']}: {amounts}")
    out.extend(items or [text.messages["understood_none"]])
    return out


def question_lines(reply: Reply, text: Labels, numbered: bool = True) -> list[str]:
    """The one question of this turn, with its quick answers."""
    if reply.question is None or reply.question_text is None:
        return []
    out = [f"【{text.messages['question_heading']}】", reply.question_text]
    if numbered:
        out.append(
            "  ".join(f"[{i}] {a.label}" for i, a in enumerate(reply.question.answers, start=1))
        )
    return out


def render_text(reply: Reply, text: Labels | None = None) -> str:
    """Every part of the reply, in the order a stressed reader needs it."""
    text = text or labels()
    if reply.kind is ReplyKind.RESET:
        return text.messages["reset_done"]
    out: list[str] = []
    if reply.kind is ReplyKind.EMPTY:
        out.append(text.messages["empty_message"])
    if reply.kind is ReplyKind.HELP:
        out.append(text.messages["help_text"])
    out.extend(reply.notes)
    if out:
        out.append("")
    out.extend(understood_lines(reply, text))
    if reply.has_yen and reply.estimate is not None:
        out.append("")
        out.extend(summary_lines(reply.estimate, text))
        out.append(text.messages["disclaimer"])
        out.append(text.messages["consent_reminder"])
    questions = question_lines(reply, text)
    if questions:
        out.append("")
        out.extend(questions)
    if reply.understood or reply.costs:
        out.append(text.messages["correction_hint"])
    return "\n".join(out)
