"""The shape of [victims]: the words the victim counts are read by."""

from __future__ import annotations

from pydantic import NonNegativeInt

import config
from config.types import Words


class VictimsSection(config.Schema):
    context: Words
    record_units: Words
    record_context: Words
    leaked_records: Words
    records_after: Words
    not_victims: Words
    target_lemmas: Words
    not_persons: Words
    unit_after: Words
    claim_lemmas: Words
    mixed_groups: Words
    stored_lemmas: Words
    leak_lemmas: Words
    no_leak: Words
    leak_possible: Words
    leak_denied: Words
    corporate_records: Words
    recipient_particles: Words
    sending_lemmas: Words
    intended_marks: Words
    reporter_lemmas: Words
    population: Words
    subset_marks: Words
    subset_refs: Words
    item_units: Words
    item_particles: Words
    other_persons: Words
    other_companies: Words
    conjunctions: Words
    noun_run_max: NonNegativeInt
    warnings: Words
    containers: Words
    personal_documents: Words | None = None
    damaged_stores: Words | None = None
    encrypting_attacks: Words | None = None
    acting_lemmas: Words
    subject_particles: Words
    hedge_links: Words | None = None
    impact_words: Words | None = None
    impact_links: Words | None = None
    found_after: Words | None = None
    includes: Words | None = None
    bare_leads: Words
    count_questions: Words
