"""The declared shape of `config/nlu_lexicon.toml`, section by section."""

from __future__ import annotations

from typing import Annotated, Final

from pydantic import NonNegativeInt, PositiveInt, Strict, WrapValidator, field_validator

import config
from config.types import NonEmptyWords, Word, Words, name_the_list
from coverage import IncidentType

FILE: Final = "nlu_lexicon.toml"

# The pseudo cost key of a plain 調査 (see nlu.facts_builder).
GENERIC_INVESTIGATION: Final = "investigation_generic"
# The label of cost phrases that name no coverage (その他費用, 売上減少).
UNKNOWN_COST: Final = "unknown"
# The label of phrases whose amounts are not costs at all (支払限度額は3億).
NOT_COST: Final = "not_cost"
INTENTS: Final = ("reset", "escalate", "contacts", "help", "estimate", "guidance")
# The topics a question can be about (`nlu.reading.QuestionTopic`; a test holds the two
# in step).
QUESTION_TOPICS: Final = (
    "power_off",
    "ransom",
    "police",
    "ppc_report",
    "apology",
    "vendor_choice",
    "consent",
    "evidence",
    "announce",
    "deadline",
    "coverage",
    "next",
)

# Strict would take only enum members; a TOML file holds their values.
IncidentTypes = Annotated[
    list[Annotated[IncidentType, Strict(False)]], WrapValidator(name_the_list)
]


class IncidentCues(config.Schema):
    """Cues by `IncidentType` value (a test holds the two in step)."""

    malware: Words | None = None
    unauthorized_access: Words | None = None
    ddos: Words | None = None
    suspected: Words | None = None
    lost_or_stolen: Words | None = None
    visual_leak: Words | None = None
    misdelivery: Words | None = None
    vendor_leak: Words | None = None
    media: Words | None = None
    other: Words | None = None


class CostCues(config.Schema):
    """Cues by `CostKey` value and pseudo key (a test holds the two in step)."""

    damages: Words | None = None
    access_response: Words | None = None
    investigation: Words | None = None
    consultation: Words | None = None
    data_recovery: Words | None = None
    incident_response: Words | None = None
    condolence: Words | None = None
    prevention: Words | None = None
    litigation: Words | None = None
    investigation_generic: Words | None = None
    unknown: Words | None = None
    not_cost: Words | None = None


class Corrections(config.Schema):
    replace: Words | None = None
    add: Words | None = None
    lead_add: Words | None = None
    after_amount: Words | None = None
    with_amount: Words | None = None
    total: Words | None = None


class ClausesSection(config.Schema):
    particles: Words


class Markers(config.Schema):
    hedge: Words
    hedge_before: Words
    whether: Words
    pending: Words
    retract: Words
    negation: Words
    certain: Words
    plan: Words
    negating_prefixes: Words
    listed_absent: NonEmptyWords
    listed_present: NonEmptyWords
    negating: dict[Word, Word]


class IncidentTypesSection(config.Schema):
    order: IncidentTypes
    attacks: IncidentTypes
    parties: IncidentTypes
    not_cues: Words
    displayed: Words
    tampering: Words
    relays: Words
    generic_attacks: Words
    not_lost: Words
    thefts: Words
    not_thefts: Words
    found_again: Words
    lost_things: Words
    ransom_notes: Words
    carried: Words
    warned: Words
    outside_parties: Words
    vendor_parties: Words
    vendor_systems: Words
    vendor_anaphors: Words
    handing_over: Words
    entrusted_heads: Words
    writer_words: Words
    entrusted: Words
    maintaining: Words
    finding: Words
    leak_words: Words
    countermeasures: Words
    party_particles: Words
    carriers: Words
    harms: Words
    exposed: Words
    online_media: Words
    physical_media: Words
    signs: Words
    leak_aspects: Words
    leak_systems: Words
    other_party: Words
    posts: Words
    sending: Words
    unconfirmed: Words
    cues: IncidentCues


class AccessSection(config.Schema):
    cues: Words
    not_cues: Words
    affirm: Words
    found_words: Words
    not_found_words: Words
    doing: Words
    neutral_heads: Words
    sign_heads: Words
    traces: Words
    concluded: Words
    investigated: Words
    attempted: Words
    blocked: Words


class Reporters(config.Schema):
    """Who told the company, by the spec's categories (see `nlu.reporters.read_detection`)."""

    security: Words
    network: Words
    public: Words
    third_party: Words


class DetectionFrames(config.Schema):
    """How a text says who found it beyond 「Xから連絡」 (see `nlu.reporter_frames`)."""

    keys: Words
    separators: Words
    self_values: Words
    own_person: Words
    cleft_verbs: Words
    cleft_reports: Words
    cleft_received: Words
    hedges_before: Words
    hedges_after: Words
    channels: Words
    means: Words
    own_checks: Words
    infringements: Words
    passive_reports: Words
    passive_lemmas: Words


class DetectionSection(config.Schema):
    reporters: Reporters
    frames: DetectionFrames
    own: Words
    report_words: Words
    self_words: Words
    self_weak: Words
    agent_particles: Words
    finding_predicates: Words
    other_predicates: Words
    not_report_words: Words
    internal: Words
    source_particles: Words
    source_lemmas: Words
    outsider_reports: Words
    third_party_reports: Words
    received_reports: Words
    handled_reports: Words
    acting_parties: Words
    desk_reports: Words
    receiving_verbs: Words
    own_alarms: Words
    alarm_verbs: Words
    arrival_verbs: Words
    staff: Words
    account_frames: Words
    pamphlet_terms: Words
    self_prefixes: Words
    addressee_prefixes: Words
    addressee_heads: Words
    finding_nouns: Words
    outgoing_verbs: Words
    incoming_verbs: Words
    time_words: Words
    first_person: Words
    own_data: Words
    learning_verbs: Words
    matter_nouns: Words
    name_words: Words
    attack_origins: Words
    attack_words: Words
    traffic_sources: Words
    impersonating: Words
    attackers: Words
    opening_verbs: Words
    checking_predicates: Words
    claim_words: Words
    rights_holders: Words


class NoticeRegister(config.Schema):
    """How `nlu.announced` weighs a notice's register into a score."""

    min_chars: NonNegativeInt
    heading_min_chars: NonNegativeInt
    introduction_max_chars: NonNegativeInt
    min_score: PositiveInt
    family_max_points: PositiveInt
    full_date_points: PositiveInt
    heading_points: PositiveInt
    heading_max_chars: PositiveInt
    # Each of these is a required part of its pattern: empty, it would match anywhere.
    heading_ends: NonEmptyWords
    eras: NonEmptyWords
    first_year: NonEmptyWords
    weekdays: NonEmptyWords
    clock_before: NonEmptyWords
    clock_after: NonEmptyWords
    list_numbers: NonEmptyWords
    list_bullets: NonEmptyWords
    plain_endings: Words
    polite_before: Words
    introduction_endings: Words
    introduction_verbs: Words
    weak_chat_points: NonNegativeInt
    self_prefixes: Words
    reader_suffixes: Words
    question_marks: NonEmptyWords
    answer_marks: NonEmptyWords
    qa_separators: NonEmptyWords
    qa_min_pairs: PositiveInt


class AnnouncedSection(config.Schema):
    cues: Words
    not_cues: Words
    posted: Words
    events: Words
    moments: Words
    notice_voice: Words
    private_notice: Words
    entrusted_by_reader: Words
    done: Words
    verbs: Words
    posting_verbs: Words
    deliberating: Words
    deliberated_done: Words
    quoting_verbs: Words
    conceding: Words
    public_telling: Words
    press_reply: Words
    places: Words
    site_notices: Words
    site_telling: Words
    told_by: Words
    register_self: Words
    register_document: Words
    register_reader: Words
    register_formal: Words
    register_chat: Words
    register_chat_weak: Words
    register_chat_relayed: Words
    notice: NoticeRegister


class ConsentSection(config.Schema):
    cues: Words
    not_cues: Words
    given: Words
    insurer: Words
    other_parties: Words
    other_acts: Words
    spent: Words
    refused: Words
    missing: Words
    refused_if_insurer: Words
    completed_lemmas: Words
    completed_surfaces: Words
    not_yet: Words
    to_come: Words
    bare_given: Words
    hedges: Words
    unspent: Words
    unpaid: Words


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
    conjunctions: Words
    noun_run_max: NonNegativeInt
    warnings: Words
    containers: Words
    acting_lemmas: Words
    subject_particles: Words
    hedge_links: Words | None = None
    impact_words: Words | None = None
    impact_links: Words | None = None
    found_after: Words | None = None
    includes: Words | None = None
    bare_leads: Words
    count_questions: Words


class CostsSection(config.Schema):
    joiners: Words
    # Each of these is a required part of its pattern: empty, it would match anywhere.
    minus: NonEmptyWords
    retracted: NonEmptyWords
    superseded: NonEmptyWords
    changed_into: NonEmptyWords
    quoted_by: NonEmptyWords
    considered: NonEmptyWords
    everyone: NonEmptyWords
    separate_items: NonEmptyWords
    qualified_heads: Words
    # ... and each of these an optional part.
    unit_marks: Words
    count_joiners: Words
    gifts: Words
    counted_parties: Words
    cues: CostCues
    correction: Corrections


class IntentsSection(config.Schema):
    order: list[str]
    reset: Words
    escalate: Words
    contacts: Words
    help: Words
    estimate: Words
    guidance: Words

    @field_validator("order")
    @classmethod
    def _every_intent_once(cls, order: list[str]) -> list[str]:
        # An intent left out would never be read; one listed twice hides a typo.
        if sorted(order) != sorted(INTENTS):
            raise ValueError(f"must list exactly {', '.join(INTENTS)}")
        return order


class AnswersSection(config.Schema):
    yes: Words
    no: Words
    not_yet: Words
    unknown: Words
    hedges: Words
    fillers: NonEmptyWords
    endings: NonEmptyWords
    contractions: dict[str, str]
    knowing: Words
    longest: PositiveInt


class QuestionTopicWords(config.Schema):
    """Topic words by `QuestionTopic` value; every topic has its words."""

    power_off: NonEmptyWords
    ransom: NonEmptyWords
    police: NonEmptyWords
    ppc_report: NonEmptyWords
    apology: NonEmptyWords
    vendor_choice: NonEmptyWords
    consent: NonEmptyWords
    evidence: NonEmptyWords
    announce: NonEmptyWords
    deadline: NonEmptyWords
    coverage: NonEmptyWords
    next: NonEmptyWords


class QuestionsSection(config.Schema):
    markers: NonEmptyWords
    final_particles: Words
    final_auxiliaries: Words
    clause_finals: Words
    softening_finals: Words
    interrogatives: Words
    formal_nouns: Words
    order: list[str]
    hypothetical: Words
    hypothetical_surfaces: Words
    asking_how: Words
    # A required part of its pattern: empty, it would match anywhere.
    nothing_at_all: NonEmptyWords
    topics: QuestionTopicWords

    @field_validator("order")
    @classmethod
    def _every_topic_once(cls, order: list[str]) -> list[str]:
        if sorted(order) != sorted(QUESTION_TOPICS):
            raise ValueError(f"must list exactly {', '.join(QUESTION_TOPICS)}")
        return order


class LexiconFile(config.Schema):
    """`nlu_lexicon.toml`."""

    clauses: ClausesSection
    markers: Markers
    incident_types: IncidentTypesSection
    access: AccessSection
    detection: DetectionSection
    announced: AnnouncedSection
    consent: ConsentSection
    victims: VictimsSection
    costs: CostsSection
    intents: IntentsSection
    answers: AnswersSection
    questions: QuestionsSection


def labelled(table: config.Schema) -> dict[str, list[str]]:
    """The phrase lists of a table of labels; labels the file leaves out are absent."""
    return {label: words for label, words in table if words is not None}
