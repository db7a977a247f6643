"""The items a claim file needs, in the order they are asked, and which are still missing."""

from __future__ import annotations

from enum import StrEnum

from coverage import Fact, Facts, Rider


class ClaimItem(StrEnum):
    """One item of the claim file; the order is the order of asking (the insurer's first)."""

    CONTACT = "contact"
    DISCOVERED_ON = "discovered_on"
    DETECTION = "detection"
    DISCOVERED_BY = "discovered_by"
    INCIDENT_TYPE = "incident_type"
    UNAUTHORIZED_ACCESS = "unauthorized_access"
    SYSTEMS = "systems"
    DATA_ITEMS = "data_items"
    INDIVIDUALS = "individuals"
    ANNOUNCED = "announced"
    REPORTS = "reports"
    VENDORS = "vendors"
    DAMAGES_CLAIMS = "damages_claims"
    CAUSE = "cause"
    SECONDARY_DAMAGE = "secondary_damage"
    PERSONS_RESPONSE = "persons_response"
    PREVENTION = "prevention"
    POLICY_NUMBER = "policy_number"


# Items a fact of the conversation settles; the others only the user's own words do.
FACT_ITEMS: dict[ClaimItem, str] = {
    ClaimItem.DETECTION: Fact.DETECTION,
    ClaimItem.INCIDENT_TYPE: Fact.INCIDENT_TYPE,
    ClaimItem.UNAUTHORIZED_ACCESS: Fact.UNAUTHORIZED_ACCESS,
    ClaimItem.ANNOUNCED: Fact.ANNOUNCED,
}


def missing_items(
    facts: Facts,
    *,
    answers: dict[str, str],
    discovered_on: str | None,
    reported: bool,
    rider: Rider,
) -> list[ClaimItem]:
    """The items neither a fact, a date, a report nor an answer of the user gives yet.

    Args:
        facts: The conversation's facts.
        answers: The user's own words per item (`ConversationState.claim_answers`).
        discovered_on: The discovery date read from the conversation (ISO), if any.
        reported: Whether a report to an authority was read in the conversation.
        rider: The rider, whose contract may give the policy number.
    """
    known = set(answers)
    for item, fact in FACT_ITEMS.items():
        if getattr(facts, fact) is not None:
            known.add(item)
    if discovered_on is not None:
        known.add(ClaimItem.DISCOVERED_ON)
    if facts.individuals is not None or facts.corporations is not None:
        known.add(ClaimItem.INDIVIDUALS)
    if reported:
        known.add(ClaimItem.REPORTS)
    if rider.policy is not None and rider.policy.number:
        known.add(ClaimItem.POLICY_NUMBER)
    return [item for item in ClaimItem if item not in known]
