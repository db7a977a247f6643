"""What to do now: the response checklists along the pamphlet's timeline."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from types import MappingProxyType
from typing import Any

import config
from bot.advice.guidance_file import (
    GENERIC,
    ChecklistTable,
    ExtraTable,
    GuidanceFile,
    StepTable,
)
from bot.advice.phases import Phase
from bot.advice.reporting_file import normalize
from config import ConfigError
from coverage import EXPENSE_KEYS, Access, CostKey, Facts, IncidentType
from nlu.data_kinds import DataKind
from nlu.done_actions import act_names

__all__ = [
    "FILE",
    "GENERIC",
    "NOTHING_SAID",
    "Checklist",
    "Extra",
    "Guidance",
    "Phase",
    "PhaseSteps",
    "Said",
    "Step",
    "checklist",
    "find_step",
    "full_checklist",
    "infer_phase",
    "load_guidance",
    "parse_guidance",
    "steps_now",
]

FILE = "guidance.toml"


@dataclass(frozen=True)
class Step:
    """One thing to do.

    Attributes:
        key: Stable identifier from the config (e.g. "malware_disconnect").
        phase: Where on the timeline the step belongs.
        text: What to do, in polite Japanese.
        pays: The coverage that pays for the step, if any.
        vendor: The step is "call a specialist vendor" (show the vendor list).
        consent: The step is "ask the insurer's consent before spending" (※3).
        leak: The step handles a leak; skipped once a check found no access at all.
        lost_only: The step is for a thing mislaid (ask the railway); skipped once the
            conversation says it was stolen.
        sources: The addresses of the pages the step follows.
        done_by: The acts (`nlu.done_actions`) that, said done in a message, tick it.
        done_label: Its short name, for the reply that says it was ticked so.
    """

    key: str
    phase: Phase
    text: str
    pays: CostKey | None = None
    vendor: bool = False
    consent: bool = False
    leak: bool = False
    lost_only: bool = False
    sources: tuple[str, ...] = ()
    done_by: frozenset[str] = frozenset()
    done_label: str | None = None


@dataclass(frozen=True)
class Said:
    """What the conversation said beyond the facts: its messages and the data kinds."""

    messages: tuple[str, ...] = ()
    data_kinds: frozenset[DataKind] = frozenset()
    # The thing was stolen, not mislaid (`nlu.FactState.stolen`).
    stolen: bool = False


NOTHING_SAID = Said()


@dataclass(frozen=True)
class Extra:
    """Steps added to any checklist when the words or data kinds of their situation
    come up; they follow the first step of `after` the checklist has, or else lead
    their phase."""

    name: str
    words: tuple[str, ...]
    data_kinds: frozenset[DataKind]
    steps: tuple[Step, ...]
    after: tuple[str, ...] = ()

    def applies(self, said: Said) -> bool:
        """Whether the messages or the data kinds call for these steps."""
        texts = [normalize(m) for m in said.messages]
        return bool(self.data_kinds & said.data_kinds) or any(
            w in t for t in texts for w in self.words
        )


@dataclass(frozen=True)
class Checklist:
    """The steps for one incident type, in timeline order, most urgent first within a phase."""

    name: str
    steps: tuple[Step, ...]

    def in_phase(self, phase: Phase) -> tuple[Step, ...]:
        """The steps of one phase, in priority order."""
        return tuple(s for s in self.steps if s.phase is phase)


@dataclass(frozen=True)
class PhaseSteps:
    """One phase of a full checklist, with its Japanese label."""

    phase: Phase
    label: str
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Guidance:
    """Everything `config/guidance.toml` holds."""

    phase_labels: Mapping[Phase, str]
    checklists: Mapping[str, Checklist]
    extras: tuple[Extra, ...] = field(default=())


@cache
def load_guidance() -> Guidance:
    """Load `config/guidance.toml` once per process.

    Raises:
        ConfigError: The file is missing or has an unknown, missing or mistyped key.
    """
    return parse_guidance(config.read(FILE))


def checklist(incident_type: IncidentType | None, said: Said = NOTHING_SAID) -> Checklist:
    """The checklist for an incident type; the generic one for None and OTHER.

    The extras the conversation calls for (Emotet, a defaced site, card data,
    ransomware …) are merged in: after their anchor step, or leading their phase.
    """
    guidance = load_guidance()
    checklists = guidance.checklists
    if incident_type is None or incident_type is IncidentType.OTHER:
        base = checklists[GENERIC]
    else:
        base = checklists[incident_type.value]
    merged = _with_extras(base, [e for e in guidance.extras if e.applies(said)])
    if said.stolen:
        return replace(merged, steps=tuple(s for s in merged.steps if not s.lost_only))
    return merged


def _with_extras(base: Checklist, extras: Iterable[Extra]) -> Checklist:
    steps = list(base.steps)
    for extra in extras:
        keys = [s.key for s in steps]
        anchor = next((key for key in extra.after if key in keys), None)
        cursor = keys.index(anchor) + 1 if anchor is not None else None
        for step in (s for s in extra.steps if s not in steps):
            if cursor is not None and steps[cursor - 1].phase is step.phase:
                at = cursor
            else:  # lead its phase
                later = (i for i, s in enumerate(steps) if s.phase.order >= step.phase.order)
                at = next(later, len(steps))
            steps.insert(at, step)
            cursor = at + 1
    return Checklist(base.name, tuple(steps))


def full_checklist(
    incident_type: IncidentType | None, said: Said = NOTHING_SAID
) -> list[PhaseSteps]:
    """The whole checklist grouped by phase, in timeline order; empty phases are left out."""
    guidance = load_guidance()
    steps = checklist(incident_type, said)
    return [
        PhaseSteps(phase, guidance.phase_labels[phase], steps.in_phase(phase))
        for phase in Phase
        if steps.in_phase(phase)
    ]


def infer_phase(facts: Facts) -> Phase:
    """Where on the timeline the incident is, from the facts known so far.

    The latest phase for which there is evidence wins:

    - a `prevention` cost → PREVENTION;
    - a `damages` amount (claimed or paid) → DAMAGES;
    - a `litigation` cost → LITIGATION;
    - announced, or an `incident_response` or `condolence` cost → CONTAINMENT;
    - an investigation, access check, data recovery or consultation cost, or
      `unauthorized_access` = not_found (which only an investigation can
      conclude) → RESPONSE;
    - otherwise → INITIAL_RESPONSE.

    `unauthorized_access` = found alone does not move the phase: a malware
    infection is "found" from the first minute, when isolating the machine is
    still what matters. A finished investigation stays in RESPONSE rather than
    CONTAINMENT, so the reporting-duty step of that phase is still shown.
    DETECTION is never returned: by the time anyone asks the bot, the
    incident has been detected; its steps are shown with the initial response.
    """
    costs = facts.costs
    evidence: Sequence[tuple[Phase, bool]] = (
        (Phase.PREVENTION, CostKey.PREVENTION in costs),
        (Phase.DAMAGES, CostKey.DAMAGES in costs),
        (Phase.LITIGATION, CostKey.LITIGATION in costs),
        (
            Phase.CONTAINMENT,
            facts.announced is True
            or CostKey.INCIDENT_RESPONSE in costs
            or CostKey.CONDOLENCE in costs,
        ),
        (
            Phase.RESPONSE,
            CostKey.INVESTIGATION in costs
            or CostKey.ACCESS_RESPONSE in costs
            or CostKey.DATA_RECOVERY in costs
            or CostKey.CONSULTATION in costs
            or facts.unauthorized_access is Access.NOT_FOUND,
        ),
    )
    return next((phase for phase, seen in evidence if seen), Phase.INITIAL_RESPONSE)


def _nothing_leaked(facts: Facts) -> bool:
    """A cyber incident whose investigation found no access: no leak to handle."""
    cyber = facts.incident_type in (
        None,
        IncidentType.SUSPECTED,
        IncidentType.MALWARE,
        IncidentType.UNAUTHORIZED_ACCESS,
        IncidentType.DDOS,
    )
    return cyber and facts.unauthorized_access is Access.NOT_FOUND


def find_step(key: str) -> Step | None:
    """Any step of any checklist or extra, by its key (a tick names the step it marks)."""
    guidance = load_guidance()
    steps = [s for c in guidance.checklists.values() for s in c.steps]
    steps += [s for e in guidance.extras for s in e.steps]
    return next((s for s in steps if s.key == key), None)


def steps_now(
    facts: Facts,
    limit: int = 4,
    said: Said = NOTHING_SAID,
    done: frozenset[str] = frozenset(),
) -> list[Step]:
    """The few steps that matter now, most urgent first.

    Steps of the inferred phase come first, in the checklist's priority order
    (in the initial response, the detection steps follow them: recording what
    happened matters less than isolating the machine). If fewer than `limit`,
    the next phases' steps follow in timeline order. A stated cost does not
    mark a step done (a damages claim is not a settlement), so none is skipped.

    The insurer-consent step is always included while no money has been spent
    with consent (consent not stated as given, or no expense stated yet), even
    if that drops another step: in the initial response at its place in the
    list, later at the top.

    Args:
        facts: What is known about the incident.
        limit: How many steps at most; at least 1.
        said: The conversation's messages and data kinds, for the extras.
        done: The keys of the steps marked done: never shown as to do, so the next
            open steps move up (the consent step too, once someone marked it).

    Raises:
        ValueError: `limit` is below 1.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit}")
    phase = infer_phase(facts)
    steps = checklist(facts.incident_type, said).steps
    if _nothing_leaked(facts):
        steps = tuple(s for s in steps if not s.leak)
    steps = tuple(s for s in steps if s.key not in done)
    ordered = [s for s in steps if s.phase is phase]
    if phase is Phase.INITIAL_RESPONSE or _nothing_leaked(facts):
        # With nothing leaked, the record of who reported it is what still decides
        # whether the check is paid (90 % with an external report, nothing without).
        ordered += [s for s in steps if s.phase is Phase.DETECTION]
    ordered += [s for s in steps if s.phase.order > phase.order]
    todo = [s for s in ordered if not s.consent]
    spent_with_consent = facts.consent is True and any(k in facts.costs for k in EXPENSE_KEYS)
    consent_done = not any(s.consent for s in steps)
    if spent_with_consent or consent_done:
        return todo[:limit]
    keep = todo[: limit - 1]
    consent = next(s for s in steps if s.consent)
    if consent in ordered:
        return [s for s in ordered if s is consent or s in keep]
    return [consent, *keep]


# --- strict reading of the file ----------------------------------------------


def parse_guidance(data: Mapping[str, Any]) -> Guidance:
    """Build `Guidance` from the parsed TOML, checking every key and reference.

    Every incident type but OTHER has a checklist, plus `generic`; every
    checklist has exactly one consent step; every step is used somewhere.

    Raises:
        ConfigError: An unknown, missing, mistyped, duplicate or dangling key.
    """
    file = config.validate(data, GuidanceFile, FILE)
    steps = {key: _step(key, table) for key, table in file.steps.items()}
    # References between tables are checked here, not by a validator of the whole
    # file: its error could name only the file, not the checklist at fault.
    for name, keys in file.groups.items():
        _known(keys, f"groups.{name}", steps)
    checklists = {
        name: _checklist(name, file.checklists[name], steps, file.groups)
        for name in sorted(file.checklists)
    }
    extras = tuple(_extra(name, file.extras[name], steps) for name in sorted(file.extras))
    used = {s.key for c in checklists.values() for s in c.steps}
    used |= {s.key for e in extras for s in e.steps}
    unused = sorted(steps.keys() - used)
    if unused:
        raise ConfigError(FILE, f"steps.{unused[0]}", "is not used by any checklist")
    return Guidance(
        phase_labels=MappingProxyType({phase: file.phases[phase] for phase in Phase}),
        checklists=MappingProxyType(checklists),
        extras=extras,
    )


def _step(key: str, table: StepTable) -> Step:
    fields = table.model_dump(exclude={"sources", "done_by"})
    unknown = sorted(set(table.done_by) - act_names())
    if unknown:
        raise ConfigError(FILE, f"steps.{key}.done_by", f"names no act: {unknown[0]}")
    if table.done_by and not table.done_label:
        raise ConfigError(FILE, f"steps.{key}.done_label", "is needed with done_by")
    return Step(key, sources=tuple(table.sources), done_by=frozenset(table.done_by), **fields)


def _extra(name: str, table: ExtraTable, steps: Mapping[str, Step]) -> Extra:
    key = f"extras.{name}"
    _known(table.steps, f"{key}.steps", steps)
    _known(table.after, f"{key}.after", steps)
    if not (table.words or table.data_kinds):
        raise ConfigError(FILE, key, "needs words or data_kinds to apply")
    if any(steps[k].consent for k in table.steps):
        raise ConfigError(FILE, key, "must not add a consent step")
    words = tuple(normalize(w) for w in table.words)
    chosen = tuple(steps[k] for k in table.steps)
    return Extra(name, words, table.data_kinds, chosen, tuple(table.after))


def _checklist(
    name: str,
    table: ChecklistTable,
    steps: Mapping[str, Step],
    groups: Mapping[str, list[str]],
) -> Checklist:
    key = f"checklists.{name}"
    _known(table.steps, f"{key}.steps", steps)
    _known(table.groups, f"{key}.groups", groups)
    keys = table.steps + [k for g in table.groups for k in groups[g]]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise ConfigError(FILE, key, f"lists step {duplicates[0]!r} twice")
    ordered = sorted((steps[k] for k in keys), key=lambda s: s.phase.order)
    if sum(s.consent for s in ordered) != 1:
        raise ConfigError(FILE, key, "must have exactly one consent step")
    return Checklist(name, tuple(ordered))


def _known(names: list[str], key: str, known: Mapping[str, object]) -> None:
    for name in names:
        if name not in known:
            raise ConfigError(FILE, key, f"names unknown {name!r}")
