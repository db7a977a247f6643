"""The words the victim counts are read by (config [victims])."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from nlu.lexicon.labels import one
from nlu.lexicon_file import VictimsSection
from nlu.patterns import alternation
from nlu.phrases import PhraseSet


@dataclass(frozen=True)
class VictimWords:
    """What tells a count of victims from a count of records, parts or others."""

    victim_context: PhraseSet
    not_victims: PhraseSet
    record_units: frozenset[str]
    record_context: PhraseSet
    leaked_records: PhraseSet
    records_after: PhraseSet
    target_lemmas: frozenset[str]
    not_persons: PhraseSet
    unit_after: tuple[str, ...]
    claim_lemmas: frozenset[str]
    mixed_group: re.Pattern[str]
    """Right after a count's counter: another kind of victim lumped in (「人・団体」)."""
    stored_lemmas: frozenset[str]
    leak_lemmas: frozenset[str]
    no_leak: re.Pattern[str] | None
    """A statement that no leak is known (「漏洩は確認されておらず」); None if unconfigured."""
    leak_possible: re.Pattern[str] | None
    """A leak said to be possible all the same (「可能性を否定できない」); None if unconfigured."""
    leak_denied: re.Pattern[str] | None
    """A finding that nothing leaked (「漏えいがないことが分かりました」); None if unconfigured."""
    corporate_records: PhraseSet
    recipient_particles: frozenset[str]
    sending_lemmas: frozenset[str]
    intended_marks: frozenset[str]
    reporter_lemmas: frozenset[str]
    population: PhraseSet
    subset_mark: re.Pattern[str] | None
    subset_refs: PhraseSet
    item_units: frozenset[str]
    """A part of what was said before (「このうち」「そのうち」) at the start of a clause."""
    """Right after a count: the population it is the size of has a part (「のうち」)."""
    noun_run_max: int
    item_particles: frozenset[str]
    other_persons: PhraseSet
    other_companies: PhraseSet
    conjunctions: frozenset[str]
    warnings: PhraseSet
    """Warning the persons a count names (「注意を呼びかけ」): they are not the victims."""
    containers: PhraseSet
    """What holds records (ファイル): a count right after one counts them, not persons."""
    personal_documents: PhraseSet
    """Documents each about one person (名刺, 源泉徴収票): sheets of them count persons."""
    damaged_stores: re.Pattern[str] | None
    """A store said to be encrypted by the attack (「暗号化されたサーバー」); None if unset."""
    encrypting_attacks: re.Pattern[str] | None
    """An attack that encrypts data (ランサム); None if unconfigured."""
    acting_lemmas: frozenset[str]
    subject_particles: frozenset[str]
    count_hedge_links: frozenset[str]
    impact_words: frozenset[str]
    impact_links: frozenset[str]
    found_after: tuple[str, ...]
    count_includes: re.Pattern[str] | None
    bare_leads: frozenset[str]
    count_questions: re.Pattern[str]
    """A question that asks how many: the count answered under it is the victims'."""
    """What a message that is only a count may start with (「件数は」)."""


def victim_words(victims: VictimsSection) -> dict[str, Any]:
    """The compiled [victims]."""
    documents = victims.personal_documents or []
    return {
        "victim_context": one("victims", [*victims.context, *documents]),
        "not_victims": one("ours", victims.not_victims),
        "record_units": frozenset(victims.record_units),
        "record_context": one("records", [*victims.record_context, *documents]),
        "leaked_records": one("leaked", victims.leaked_records),
        "records_after": one("records_after", victims.records_after),
        "target_lemmas": frozenset(victims.target_lemmas),
        "not_persons": one("not_persons", victims.not_persons),
        "unit_after": tuple(victims.unit_after),
        "claim_lemmas": frozenset(victims.claim_lemmas),
        "mixed_group": re.compile(
            rf"(?:[・/]|及び|および)(?:{alternation(victims.mixed_groups)})"
            r"(?![^、。,\n]{0,10}?[0-9〇一二三四五六七八九十百千])"
        ),
        "stored_lemmas": frozenset(victims.stored_lemmas),
        "leak_lemmas": frozenset(victims.leak_lemmas),
        "no_leak": re.compile(alternation(victims.no_leak)) if victims.no_leak else None,
        "leak_possible": (
            re.compile(alternation(victims.leak_possible)) if victims.leak_possible else None
        ),
        "leak_denied": (
            re.compile(alternation(victims.leak_denied)) if victims.leak_denied else None
        ),
        "corporate_records": one("corporate", victims.corporate_records),
        "recipient_particles": frozenset(victims.recipient_particles),
        "sending_lemmas": frozenset(victims.sending_lemmas),
        "intended_marks": frozenset(victims.intended_marks),
        "reporter_lemmas": frozenset(victims.reporter_lemmas),
        "population": one("population", victims.population),
        "item_units": frozenset(victims.item_units),
        "item_particles": frozenset(victims.item_particles),
        "other_persons": one("other_persons", victims.other_persons),
        "other_companies": one("other_companies", victims.other_companies),
        "conjunctions": frozenset(victims.conjunctions),
        "subset_refs": one("subset_refs", victims.subset_refs),
        "subset_mark": (
            re.compile(rf" ?(?:{alternation(victims.subset_marks)})")
            if victims.subset_marks
            else None
        ),
        "noun_run_max": victims.noun_run_max,
        "warnings": one("warning", victims.warnings),
        "containers": one("container", victims.containers),
        "personal_documents": one("personal_documents", documents),
        "damaged_stores": _pattern(victims.damaged_stores),
        "encrypting_attacks": _pattern(victims.encrypting_attacks),
        "acting_lemmas": frozenset(victims.acting_lemmas),
        "subject_particles": frozenset(victims.subject_particles),
        "count_hedge_links": frozenset(victims.hedge_links or ()),
        "impact_words": frozenset(victims.impact_words or ()),
        "impact_links": frozenset(victims.impact_links or ()),
        "found_after": tuple(victims.found_after or ()),
        "count_includes": re.compile(alternation(victims.includes)) if victims.includes else None,
        "bare_leads": frozenset(victims.bare_leads),
        "count_questions": re.compile(alternation(victims.count_questions)),
    }


def _pattern(words: list[str] | None) -> re.Pattern[str] | None:
    return re.compile(alternation(words)) if words else None
