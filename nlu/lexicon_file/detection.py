"""The shape of [detection]: who found the incident or told the company of it."""

from __future__ import annotations

import config
from config.types import Words


class Reporters(config.Schema):
    """Who told the company, by the spec's categories (see `nlu.reporters.read_detection`)."""

    security: Words
    network: Words
    public: Words
    third_party: Words


class DetectionFrames(config.Schema):
    """How a text says who found it beyond 「Xから連絡」.

    Read by `nlu.reporter_frames`, `nlu.reporter_keys` and `nlu.reporter_tellers`.
    """

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
    told_endings: Words
    call_times: Words
    own_checks: Words
    check_owners: Words
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
    honoured_reports: Words
    handled_reports: Words
    acting_parties: Words
    desk_reports: Words
    receiving_verbs: Words
    own_alarms: Words
    alarm_verbs: Words
    arrival_verbs: Words
    staff: Words
    staff_reports: Words
    toward_us: Words
    account_frames: Words
    pamphlet_terms: Words
    self_prefixes: Words
    addressee_prefixes: Words
    addressee_heads: Words
    finding_nouns: Words
    outgoing_verbs: Words
    letter_to_us: Words
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
