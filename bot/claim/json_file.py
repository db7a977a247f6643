"""The claim file as JSON, for `cyberbot claim --json` (the schema is in the README).

Values are the facts' own codes, whole yen, ISO dates and JST times; null is 「未確認」.
The user's own words per item are under `fnol.words`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.advice.contacts import TOKYO
from bot.advice.reporting import ReportingStatus
from bot.claim.describe import what, who
from bot.claim.file import ClaimFile
from bot.claim.items import ClaimItem
from bot.claim.texts import claim_texts
from bot.claim.timeline import Event
from coverage import CostKey, estimate_to_json, facts_to_json


def claim_to_json(cf: ClaimFile) -> dict[str, Any]:
    """`{"timeline", "fnol", "ppc_report", "estimate", "missing"}`."""
    return {
        "timeline": [_event(e, cf) for e in cf.timeline],
        "fnol": _fnol(cf),
        "ppc_report": _ppc(cf),
        "estimate": estimate_to_json(cf.estimate),
        "missing": [
            {"item": i.value, "label": claim_texts().items[i.value].label} for i in cf.missing
        ],
    }


def _event(event: Event, cf: ClaimFile) -> dict[str, Any]:
    data = event.to_json()
    data["at"] = event.at.astimezone(TOKYO).isoformat()
    data["text"] = what(event, cf.rider)
    data["who"] = who(event)
    return data


def _report(event: Event) -> dict[str, Any]:
    return {
        "authority": event.name,
        "kind": event.new,
        "receipt": event.receipt,
        "at": event.at.astimezone(TOKYO).isoformat(),
        "by": event.by,
    }


def _day(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _fnol(cf: ClaimFile) -> dict[str, Any]:
    facts = facts_to_json(cf.facts)
    return {
        "made_at": cf.made_at.astimezone(TOKYO).isoformat(),
        "policy": {
            "policy_number": cf.policy.number,
            "policyholder": cf.policy.holder,
            "agent": {"name": cf.policy.agent, "phone": cf.policy.agent_phone}
            if cf.policy.agent
            else None,
        },
        "reporter": {"user": cf.reporter, "contact": cf.said(ClaimItem.CONTACT)},
        "discovery": {
            "discovered_on": _day(cf.discovered_on),
            "detection": facts["detection"],
            "discovered_by": cf.said(ClaimItem.DISCOVERED_BY),
        },
        "incident": {
            "incident_type": facts["incident_type"],
            "unauthorized_access": facts["unauthorized_access"],
            "first_report": cf.first_report,
        },
        "affected": {
            "systems": cf.said(ClaimItem.SYSTEMS),
            "data_kinds": [k.value for k in cf.data_kinds],
            "data_items": cf.said(ClaimItem.DATA_ITEMS),
        },
        "victims": {"individuals": facts["individuals"], "corporations": facts["corporations"]},
        "damages_claims": {
            "yen": cf.facts.costs.get(CostKey.DAMAGES),
            "claims": cf.said(ClaimItem.DAMAGES_CLAIMS),
        },
        "announced": facts["announced"],
        "reports": [_report(e) for e in cf.reports],
        "vendors": cf.said(ClaimItem.VENDORS),
        "costs": [
            {"key": r.key.value, "clause": r.clause, "yen": r.yen, "consent": r.consent}
            for r in cf.costs
        ],
        "words": dict(cf.words),
    }


def _ppc(cf: ClaimFile) -> dict[str, Any]:
    report, facts = cf.reporting, facts_to_json(cf.facts)
    d = report.deadlines
    return {
        "required": report.status is ReportingStatus.REQUIRED,
        "status": report.status.value,
        "summary": report.summary,
        "triggers": [{"trigger": f.trigger.value, "reason": f.reason} for f in report.fired],
        "deadlines": None
        if d is None
        else {
            "discovered_on": d.discovered_on.isoformat(),
            "preliminary_from": d.preliminary_from.isoformat(),
            "preliminary_by": d.preliminary_by.isoformat(),
            "final_by": d.final_by.isoformat(),
            "final_days": d.final_days,
        },
        "reported": [_report(e) for e in cf.ppc_reports],
        "items": {
            "summary": {
                "incident_type": facts["incident_type"],
                "detection": facts["detection"],
                "unauthorized_access": facts["unauthorized_access"],
                "discovered_on": _day(cf.discovered_on),
            },
            "data_items": {
                "data_kinds": [k.value for k in cf.data_kinds],
                "words": cf.said(ClaimItem.DATA_ITEMS),
            },
            "persons": cf.facts.individuals,
            "cause": cf.said(ClaimItem.CAUSE),
            "secondary_damage": cf.said(ClaimItem.SECONDARY_DAMAGE),
            "persons_response": cf.said(ClaimItem.PERSONS_RESPONSE),
            "announced": cf.facts.announced,
            "prevention": cf.said(ClaimItem.PREVENTION),
            "other": [_report(e) for e in cf.reports if e not in cf.ppc_reports],
        },
        "route": claim_texts().ppc["route"],
    }
