"""What to do now, whom to call, what to report: built from the facts for one reply."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from bot.advice.contacts import Contacts, DeskStatus, desk_status, load_contacts
from bot.advice.guidance import (
    Phase,
    PhaseSteps,
    Said,
    Step,
    checklist,
    full_checklist,
    infer_phase,
    load_guidance,
    steps_now,
)
from bot.advice.reporting import ReportingAssessment, assess_reporting
from coverage import Facts, Rider
from nlu.data_kinds import DataKind


@dataclass(frozen=True)
class Advice:
    """The non-monetary half of a reply: steps, contacts with the desk's state, reporting."""

    phase: Phase
    phase_label: str
    steps: tuple[Step, ...]
    # The steps of this incident's checklist marked done, in checklist order.
    done_steps: tuple[Step, ...]
    checklist: tuple[PhaseSteps, ...]
    contacts: Contacts
    desk: DeskStatus
    reporting: ReportingAssessment


def build_advice(
    facts: Facts,
    now: datetime,
    data_kinds: frozenset[DataKind],
    discovered_on: date | None,
    *,
    messages: Sequence[str] = (),
    done: frozenset[str] = frozenset(),
    stolen: bool = False,
    theft_doubted: bool = False,
) -> Advice:
    """Everything but the estimate, for the incident as it stands at `now`.

    `messages` are the conversation's messages (since a reset): the reporting duty reads
    the 2024 amendment's words (web skimming) and the exemptions' words in them;
    `done` the keys of the steps marked done on the card; `stolen` whether the
    conversation says the thing was stolen, not lost (a theft fires 第3号);
    `theft_doubted` whether it only says the thing may have been stolen (第3号 may apply).
    """
    phase = infer_phase(facts)
    said = Said(tuple(messages), data_kinds, stolen)
    return Advice(
        phase=phase,
        phase_label=load_guidance().phase_labels[phase],
        steps=tuple(steps_now(facts, said=said, done=done)),
        done_steps=tuple(s for s in checklist(facts.incident_type, said).steps if s.key in done),
        checklist=tuple(full_checklist(facts.incident_type, said)),
        contacts=load_contacts(),
        desk=desk_status(now),
        reporting=assess_reporting(
            facts,
            data_kinds,
            discovered_on,
            None,
            messages=messages,
            stolen=stolen,
            theft_doubted=theft_doubted,
        ),
    )


def pays_label(step: Step, rider: Rider) -> str | None:
    """「② 原因・被害範囲調査費用」 for a step a coverage pays for."""
    return rider.coverages[step.pays].clause if step.pays is not None else None
