"""The NLU's vocabulary, read from `config/nlu_lexicon.toml` once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from coverage import CostKey, IncidentType
from nlu.config_files import CONFIG_DIR, read_toml
from nlu.errors import NluConfigError
from nlu.phrases import PhraseSet

LEXICON_FILE = CONFIG_DIR / "nlu_lexicon.toml"

# The pseudo cost key of a plain 調査 (see nlu.facts_builder).
GENERIC_INVESTIGATION = "investigation_generic"
# The label of cost phrases that name no coverage (その他費用, 売上減少).
UNKNOWN_COST = "unknown"
# The label of phrases whose amounts are not costs at all (支払限度額は3億).
NOT_COST = "not_cost"
INTENTS = ("reset", "escalate", "contacts", "help", "estimate", "guidance")

_SCHEMA: dict[str, set[str]] = {
    "markers": {"hedge", "whether", "pending", "negation", "plan"},
    "incident_types": {"order", "cues"},
    "access": {"cues", "affirm", "found_words", "not_found_words"},
    "detection": {
        "customer_counts_as_external",
        "external_reporters",
        "customer_reporters",
        "report_words",
        "self_words",
        "self_weak",
        "not_report_words",
        "internal",
    },
    "announced": {"cues", "posted", "events", "done"},
    "consent": {
        "cues",
        "not_cues",
        "given",
        "insurer",
        "other_parties",
        "spent",
        "refused",
        "refused_if_insurer",
    },
    "victims": {"context", "record_units", "record_context", "not_victims"},
    "costs": {"cues", "correction"},
    "intents": {"order", *INTENTS},
    "answers": {"yes", "no", "unknown"},
}


@dataclass(frozen=True)
class Lexicon:
    """Compiled phrase sets; the label of a match says what it means."""

    hedge: PhraseSet
    pending: PhraseSet
    whether: PhraseSet
    negation: PhraseSet
    plan: PhraseSet
    incident_order: tuple[IncidentType, ...]
    incident_cues: PhraseSet
    access_cues: PhraseSet
    access_affirm: PhraseSet
    access_answers: PhraseSet
    external_reporters: PhraseSet
    report_words: PhraseSet
    self_words: PhraseSet
    self_weak: PhraseSet
    internal: PhraseSet
    announced_cues: PhraseSet
    announced_done: PhraseSet
    announced_events: PhraseSet
    announced_posted: PhraseSet
    consent_cues: PhraseSet
    consent_insurer: PhraseSet
    consent_refused: PhraseSet
    consent_refused_if_insurer: PhraseSet
    consent_given: PhraseSet
    consent_other_parties: PhraseSet
    spent: PhraseSet
    victim_context: PhraseSet
    not_victims: PhraseSet
    record_units: frozenset[str]
    record_context: PhraseSet
    cost_cues: PhraseSet
    correction: PhraseSet
    intent_order: tuple[str, ...]
    intents: PhraseSet
    answers: dict[str, frozenset[str]]


def _strings(file: str, key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise NluConfigError(file, key, "must be a list of non-empty strings")
    return list(value)


def _check_keys(file: str, data: dict[str, Any]) -> None:
    for section, keys in _SCHEMA.items():
        table = data.get(section)
        if not isinstance(table, dict):
            raise NluConfigError(file, section, "is missing or not a table")
        for key in table:
            if key not in keys:
                raise NluConfigError(file, f"{section}.{key}", "is not a known setting")
        for key in keys - table.keys():
            raise NluConfigError(file, f"{section}.{key}", "is missing")
    for section in data:
        if section not in _SCHEMA:
            raise NluConfigError(file, section, "is not a known section")


def _labelled(file: str, key: str, table: object, labels: set[str]) -> dict[str, list[str]]:
    if not isinstance(table, dict):
        raise NluConfigError(file, key, "must be a table")
    for label in table:
        if label not in labels:
            raise NluConfigError(file, f"{key}.{label}", "is not a known label")
    return {label: _strings(file, f"{key}.{label}", items) for label, items in table.items()}


def parse_lexicon(data: dict[str, Any], file: str) -> Lexicon:
    """Compile the lexicon, raising `NluConfigError` naming file, key and reason."""
    _check_keys(file, data)
    m, inc, acc, det = data["markers"], data["incident_types"], data["access"], data["detection"]
    types = {t.value for t in IncidentType}
    order = _strings(file, "incident_types.order", inc["order"])
    if not set(order) <= types:
        raise NluConfigError(file, "incident_types.order", f"unknown type in {order}")
    cost_labels = {k.value for k in CostKey} | {GENERIC_INVESTIGATION, UNKNOWN_COST, NOT_COST}
    reporters = {
        "external": _strings(file, "detection.external_reporters", det["external_reporters"])
    }
    if not isinstance(det["customer_counts_as_external"], bool):
        raise NluConfigError(file, "detection.customer_counts_as_external", "must be true or false")
    if det["customer_counts_as_external"]:
        reporters["customer"] = _strings(
            file, "detection.customer_reporters", det["customer_reporters"]
        )
    intents = data["intents"]
    intent_order = _strings(file, "intents.order", intents["order"])
    if sorted(intent_order) != sorted(INTENTS):
        raise NluConfigError(file, "intents.order", f"must list exactly {', '.join(INTENTS)}")
    answers = data["answers"]
    s = _strings
    return Lexicon(
        hedge=PhraseSet({"hedge": s(file, "markers.hedge", m["hedge"])}),
        pending=PhraseSet({"pending": s(file, "markers.pending", m["pending"])}),
        whether=PhraseSet({"whether": s(file, "markers.whether", m["whether"])}),
        negation=PhraseSet({"negation": s(file, "markers.negation", m["negation"])}),
        plan=PhraseSet({"plan": s(file, "markers.plan", m["plan"])}),
        incident_order=tuple(IncidentType(t) for t in order),
        incident_cues=PhraseSet(_labelled(file, "incident_types.cues", inc["cues"], types)),
        access_cues=PhraseSet({"access": s(file, "access.cues", acc["cues"])}),
        access_affirm=PhraseSet({"affirm": s(file, "access.affirm", acc["affirm"])}),
        access_answers=PhraseSet(
            {
                "found": s(file, "access.found_words", acc["found_words"]),
                "not_found": s(file, "access.not_found_words", acc["not_found_words"]),
            }
        ),
        external_reporters=PhraseSet(reporters),
        report_words=PhraseSet(
            {
                "report": s(file, "detection.report_words", det["report_words"]),
                "not_report": s(file, "detection.not_report_words", det["not_report_words"]),
            }
        ),
        self_words=PhraseSet({"self": s(file, "detection.self_words", det["self_words"])}),
        self_weak=PhraseSet({"self": s(file, "detection.self_weak", det["self_weak"])}),
        internal=PhraseSet({"internal": s(file, "detection.internal", det["internal"])}),
        announced_cues=PhraseSet(
            {"announced": s(file, "announced.cues", data["announced"]["cues"])}
        ),
        announced_done=PhraseSet({"done": s(file, "announced.done", data["announced"]["done"])}),
        announced_posted=PhraseSet(
            {"posted": s(file, "announced.posted", data["announced"]["posted"])}
        ),
        announced_events=PhraseSet(
            {"event": s(file, "announced.events", data["announced"]["events"])}
        ),
        consent_cues=PhraseSet(
            {
                "consent": s(file, "consent.cues", data["consent"]["cues"]),
                "not_consent": s(file, "consent.not_cues", data["consent"]["not_cues"]),
            }
        ),
        consent_given=PhraseSet({"given": s(file, "consent.given", data["consent"]["given"])}),
        consent_other_parties=PhraseSet(
            {"other": s(file, "consent.other_parties", data["consent"]["other_parties"])}
        ),
        spent=PhraseSet({"spent": s(file, "consent.spent", data["consent"]["spent"])}),
        consent_refused_if_insurer=PhraseSet(
            {
                "refused": s(
                    file, "consent.refused_if_insurer", data["consent"]["refused_if_insurer"]
                )
            }
        ),
        consent_insurer=PhraseSet(
            {"insurer": s(file, "consent.insurer", data["consent"]["insurer"])}
        ),
        consent_refused=PhraseSet(
            {"refused": s(file, "consent.refused", data["consent"]["refused"])}
        ),
        victim_context=PhraseSet(
            {"victims": s(file, "victims.context", data["victims"]["context"])}
        ),
        not_victims=PhraseSet(
            {"ours": s(file, "victims.not_victims", data["victims"]["not_victims"])}
        ),
        record_units=frozenset(s(file, "victims.record_units", data["victims"]["record_units"])),
        record_context=PhraseSet(
            {"records": s(file, "victims.record_context", data["victims"]["record_context"])}
        ),
        cost_cues=PhraseSet(_labelled(file, "costs.cues", data["costs"]["cues"], cost_labels)),
        correction=PhraseSet(
            _labelled(
                file, "costs.correction", data["costs"]["correction"], {"replace", "add", "total"}
            )
        ),
        intent_order=tuple(intent_order),
        intents=PhraseSet({name: s(file, f"intents.{name}", intents[name]) for name in INTENTS}),
        answers={
            name: frozenset(s(file, f"answers.{name}", answers[name]))
            for name in ("yes", "no", "unknown")
        },
    )


@cache
def lexicon() -> Lexicon:
    """The process's lexicon, compiled on first use."""
    return parse_lexicon(read_toml(LEXICON_FILE), str(LEXICON_FILE))
