"""The words of the claim file, of its questions and of its timeline: `config/claim.toml`."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Annotated

import config
from bot.claim.items import ClaimItem
from config import Schema
from config.types import Keys, NonEmptyWords, Text, templates
from nlu.data_kinds import DataKind
from nlu.reports import Authority, ReportKind

FILE = "claim.toml"
_TIME = ("year", "month", "day", "hour", "minute")
Texts = Mapping[str, str]


class Request(Schema):
    """Words that ask for the claim file."""

    words: NonEmptyWords


class ItemWords(Schema):
    """An item's name in the file and the question that asks for it."""

    label: Text
    question: Text


_QUESTION_IDS = (
    "unauthorized_access",
    "announced",
    "detection",
    "costs",
    "victims",
    "incident_type",
    "consent",
    "cost_clash",
    "fact_clash",
    "proposed_cost",
)


_MEMO = {
    "title": (),
    "made_at": _TIME,
    "note": (),
    "unknown": (),
    "none": (),
    "policy": (),
    "policy_number": (),
    "policyholder": (),
    "agent": (),
    "reporter": (),
    "reporter_user": (),
    "contact": (),
    "discovery": (),
    "discovered_on": (),
    "detection": (),
    "discovered_by": (),
    "what": (),
    "incident_type": (),
    "access": (),
    "first_report": (),
    "affected": (),
    "systems": (),
    "data_kinds": (),
    "data_items": (),
    "victims": (),
    "individuals": (),
    "corporations": (),
    "claims": (),
    "damages_amount": (),
    "damages_claims": (),
    "announced": (),
    "reports": (),
    "vendors": (),
    "costs": (),
    "cost_line": ("clause", "amount", "consent"),
    "damages_line": ("clause", "amount"),
    "date": ("year", "month", "day"),
    "item": ("label", "value"),
    "report_line": ("report", "date"),
    "no_costs": (),
    "estimate": (),
    "unknowns": (),
    "no_unknowns": (),
    "timeline": (),
    "no_timeline": (),
}

_PPC = {
    "title": (),
    "route": (),
    "status": (),
    "triggers": (),
    "deadlines": (),
    "preliminary": ("start", "end"),
    "final": ("end", "days"),
    "no_dates": ("days",),
    "reported": (),
    "items": (),
    "summary": (),
    "data_items": (),
    "persons": (),
    "cause": (),
    "secondary": (),
    "response": (),
    "announced": (),
    "prevention": (),
    "other": (),
    "summary_line": ("discovered", "detection", "incident", "access"),
    "announced_true": (),
    "announced_false": (),
}

_TIMELINE = {
    "fact": ("name", "value"),
    "fact_changed": ("name", "old", "new"),
    "unknown": ("name",),
    "cost": ("clause", "amount"),
    "cost_changed": ("clause", "old", "new"),
    "question": ("question",),
    "answer": ("question", "answer"),
    "report": ("authority", "kind", "receipt"),
    "receipt": ("receipt",),
    "escalation": (),
    "claim_request": (),
    "claim_item": ("item",),
    "claim_file": (),
    "step_done": ("step",),
    "step_reopened": ("step",),
    "step_owner": ("step",),
    "line": ("when", "what", "who"),
    "when": _TIME,
    "by_bot": (),
    "by_user": ("user",),
    "by_unknown": (),
}


class ClaimTexts(Schema):
    """`config/claim.toml`: every table and key required, each template's fields checked."""

    request: Request
    items: Annotated[Mapping[str, ItemWords], Keys(tuple(ClaimItem))]
    buttons: Annotated[Texts, templates({"skip": (), "stop": ()})]
    texts: Annotated[
        Texts,
        templates(
            {
                "started": (),
                "missing": ("count", "items"),
                "complete": (),
                "recorded": ("report",),
                "noted": ("item",),
                "skipped": ("item",),
                "finished": (),
                "stopped": (),
                "upload_comment": (),
                "upload_missing": ("items",),
                "upload_complete": (),
                "console_heading": (),
                "file_title": ("year", "month", "day"),
                "file_name": ("year", "month", "day"),
                "list_separator": (),
            }
        ),
    ]
    memo: Annotated[Texts, templates(_MEMO)]
    data_kinds: Annotated[Texts, Keys(tuple(DataKind))]
    consent: Annotated[Texts, Keys(("true", "false", "unknown"))]
    ppc: Annotated[Texts, templates(_PPC)]
    timeline: Annotated[Texts, templates(_TIMELINE)]
    questions: Annotated[Texts, Keys(_QUESTION_IDS)]
    authorities: Annotated[Texts, Keys(tuple(Authority))]
    report_kinds: Annotated[Texts, Keys(tuple(ReportKind))]


@cache
def claim_texts() -> ClaimTexts:
    """Load `config/claim.toml` once, checking every key and placeholder.

    Raises:
        ConfigError: A table or key is unknown, missing or not a string, or a template
            uses a field the code does not fill in.
    """
    return config.load(FILE, ClaimTexts)
