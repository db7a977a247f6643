"""The escalation to the insurer's 24-hour line: a summary for the escalation channel,
and for the thread the number to call with a short memo to read out on the call.

Pure builders; the listener in `bot.slack.listeners.escalation` does the posting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from bot.advice.contacts import jst_fields, load_contacts
from bot.conversation.reply import Reply
from bot.labels import labels
from bot.render.estimate import headline
from bot.render.lines import understood_lines
from bot.slack.blocks.kit import (
    MessagePayload,
    Part,
    context,
    escape,
    header,
    pack,
    phone_link,
    sections,
)
from bot.slack.texts import slack_texts
from coverage import yen

# The memo holds 3 to 6 lines: enough facts to open the call, short enough to read out.
_FACT_LINES = 3


class Delivery(StrEnum):
    """What became of the summary for the escalation channel."""

    POSTED = "posted"
    NOT_CONFIGURED = "not_configured"
    FAILED = "failed"


@dataclass(frozen=True)
class Escalation:
    """Who escalated which conversation, and when.

    Attributes:
        reply: The conversation as it stands.
        reporter: The Slack user who reported the incident (None if unknown).
        escalated_by: The Slack user who pressed the button.
        permalink: The thread's permalink, when Slack gave one.
        discovered_on: When the incident was discovered, when known.
        at: The moment of the escalation (any timezone; shown in JST).
        claim_link: The claim file's permalink once sent ("" when Slack gave none),
            None before.
    """

    reply: Reply
    reporter: str | None
    escalated_by: str
    permalink: str | None
    discovered_on: date | None
    at: datetime
    claim_link: str | None = None


def summary_messages(escalation: Escalation) -> list[MessagePayload]:
    """The summary for the escalation channel: time, people, thread, facts and estimate."""
    ui, text, reply = slack_texts().escalation, labels(), escalation.reply
    who = [ui["time"].format(**jst_fields(escalation.at))]
    if escalation.reporter:
        who.append(ui["reporter"].format(user=escalation.reporter))
    if escalation.escalated_by != escalation.reporter:
        who.append(ui["escalated_by"].format(user=escalation.escalated_by))
    link = escalation.permalink
    who.append(ui["thread"].format(link=link) if link else ui["no_thread"])
    who.append(_claim_line(escalation.claim_link))
    understood = [escape(line) for line in understood_lines(reply, text)]
    facts = [f"*{understood[0]}*", *understood[1:]]
    parts = [Part((header(ui["title"]), *sections(who))), Part(tuple(sections(facts)))]
    if reply.has_yen and reply.estimate is not None:
        disclaimer = context(escape(text.messages["disclaimer"]))
        parts.append(
            Part(tuple(sections([escape(headline(reply.estimate, text))])), footer=(disclaimer,))
        )
    else:
        parts.append(Part((context(escape(text.messages["no_costs"])),)))
    return pack(parts)


def _claim_line(link: str | None) -> str:
    """Where the claim file is: its link, sent without one, or the button that makes it."""
    ui = slack_texts().escalation
    if link:
        return ui["claim_file"].format(link=link)
    return ui["claim_file_in_thread"] if link == "" else ui["no_claim_file"]


def memo_lines(escalation: Escalation) -> list[str]:
    """3 to 6 short lines to read out on the call: the facts, the costs, the discovery date."""
    ui, reply = slack_texts().escalation, escalation.reply
    facts = [f"{item.name}: {item.value}" for item in reply.understood]
    facts += [f"{name}: {value}" for name, value in reply.said_unknown]
    # Several facts share a line so the memo stays short whatever is known.
    per_line = max(2, math.ceil(len(facts) / _FACT_LINES))
    lines = ["、".join(facts[i : i + per_line]) for i in range(0, len(facts), per_line)]
    lines = lines or [ui["memo_no_facts"]]
    if reply.costs:
        costs = "、".join(f"{cost.clause} {yen(cost.yen)}" for cost in reply.costs)
        lines.append(ui["memo_costs"].format(costs=costs))
    else:
        lines.append(ui["memo_no_costs"])
    found = escalation.discovered_on
    if found is not None:
        lines.append(ui["memo_discovered"].format(month=found.month, day=found.day))
    else:
        lines.append(ui["memo_not_discovered"])
    return lines


def thread_messages(
    escalation: Escalation,
    delivery: Delivery,
    *,
    channel: str | None = None,
    error_id: str | None = None,
) -> list[MessagePayload]:
    """The answer in the thread: the 24-hour line as a tel: link, what became of the
    summary, and the memo to read out."""
    ui = slack_texts().escalation
    line = load_contacts().accident_line
    call = ui["call"].format(name=line.name, hours=line.hours, phone=phone_link(line.phone))
    match delivery:
        case Delivery.POSTED:
            status = ui["posted"].format(channel=channel)
        case Delivery.NOT_CONFIGURED:
            status = ui["not_configured"]
        case Delivery.FAILED:
            status = ui["failed"].format(error_id=error_id)
    memo = [f"*{ui['memo_heading']}*", *(f"・{escape(item)}" for item in memo_lines(escalation))]
    return pack([Part((*sections([f"*{call}*", status]), *sections(memo)))])


def already_escalated_messages(link: str) -> list[MessagePayload]:
    """A second press: the summary was posted already (with its link), and the number."""
    ui = slack_texts().escalation
    line = load_contacts().accident_line
    call = ui["call"].format(name=line.name, hours=line.hours, phone=phone_link(line.phone))
    status = ui["already_posted"].format(link=link) if link else ui["already_posted_no_link"]
    return pack([Part(tuple(sections([f"*{call}*", status])))])
