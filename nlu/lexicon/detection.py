"""The words of detection (config [detection]): who found the incident or told us."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from nlu.lexicon.labels import one
from nlu.lexicon_file import DetectionFrames, DetectionSection, labelled
from nlu.phrases import PhraseSet


@dataclass(frozen=True)
class Frames:
    """The phrase sets of config [detection.frames].

    Read by `nlu.reporter_frames`, `nlu.reporter_keys` and `nlu.reporter_tellers`.
    """

    keys: PhraseSet
    separators: frozenset[str]
    self_values: PhraseSet
    own_person: frozenset[str]
    cleft_verbs: frozenset[str]
    cleft_reports: frozenset[str]
    cleft_received: frozenset[str]
    hedges_before: frozenset[str]
    hedges_after: PhraseSet
    channels: frozenset[str]
    means: PhraseSet
    told_endings: tuple[str, ...]
    call_times: frozenset[str]
    own_checks: frozenset[str]
    check_owners: frozenset[str]
    infringements: PhraseSet
    passive_reports: frozenset[str]
    passive_lemmas: frozenset[str]


def _frames(frames: DetectionFrames) -> Frames:
    return Frames(
        keys=one("key", frames.keys),
        separators=frozenset(frames.separators),
        self_values=one("self", frames.self_values),
        own_person=frozenset(frames.own_person),
        cleft_verbs=frozenset(frames.cleft_verbs),
        cleft_reports=frozenset(frames.cleft_reports),
        cleft_received=frozenset(frames.cleft_received),
        hedges_before=frozenset(frames.hedges_before),
        hedges_after=one("hedge", frames.hedges_after),
        channels=frozenset(frames.channels),
        means=one("means", frames.means),
        told_endings=tuple(frames.told_endings),
        call_times=frozenset(frames.call_times),
        own_checks=frozenset(frames.own_checks),
        check_owners=frozenset(frames.check_owners),
        infringements=one("infringement", frames.infringements),
        passive_reports=frozenset(frames.passive_reports),
        passive_lemmas=frozenset(frames.passive_lemmas),
    )


@dataclass(frozen=True)
class DetectionWords:
    """Who told the company, and the frames that say it."""

    reporters: PhraseSet
    """Who told the company; labelled security, network, public or third_party."""
    own: PhraseSet
    report_words: PhraseSet
    self_words: PhraseSet
    self_weak: PhraseSet
    agent_particles: frozenset[str]
    agent_predicates: PhraseSet
    """What an agent of ours did: labelled finding (気づく) or other (確定, 調査, 変える)."""
    internal: PhraseSet
    source_particles: frozenset[str]
    source_lemmas: frozenset[str]
    outsider_reports: frozenset[str]
    third_party_reports: frozenset[str]
    received_reports: frozenset[str]
    honoured_reports: frozenset[str]
    handled_reports: PhraseSet
    acting_parties: frozenset[str]
    desk_reports: frozenset[str]
    receiving_verbs: frozenset[str]
    own_alarms: frozenset[str]
    alarm_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    staff: PhraseSet
    staff_reports: frozenset[str]
    toward_us: frozenset[str]
    account_frames: PhraseSet
    pamphlet_terms: PhraseSet
    self_prefixes: frozenset[str]
    addressee_prefixes: frozenset[str]
    addressee_heads: frozenset[str]
    finding_nouns: frozenset[str]
    outgoing_verbs: frozenset[str]
    letter_to_us: PhraseSet
    incoming_verbs: frozenset[str]
    time_words: frozenset[str]
    first_person: frozenset[str]
    own_data: PhraseSet
    learning_verbs: frozenset[str]
    matter_nouns: frozenset[str]
    name_words: frozenset[str]
    attack_origins: frozenset[str]
    attack_words: frozenset[str]
    traffic_sources: tuple[str, ...]
    impersonating: frozenset[str]
    attackers: PhraseSet
    opening_verbs: frozenset[str]
    checking_predicates: frozenset[str]
    claim_words: PhraseSet
    rights_holders: PhraseSet
    frames: Frames


def detection_words(detection: DetectionSection) -> dict[str, Any]:
    """The compiled [detection]."""
    return {
        "reporters": PhraseSet(labelled(detection.reporters)),
        "own": one("own", detection.own),
        "report_words": PhraseSet(
            {"report": detection.report_words, "not_report": detection.not_report_words}
        ),
        "self_words": one("self", detection.self_words),
        "self_weak": one("self", detection.self_weak),
        "agent_particles": frozenset(detection.agent_particles),
        "agent_predicates": PhraseSet(
            {"finding": detection.finding_predicates, "other": detection.other_predicates}
        ),
        "internal": one("internal", detection.internal),
        "source_particles": frozenset(detection.source_particles),
        "source_lemmas": frozenset(detection.source_lemmas),
        "outsider_reports": frozenset(detection.outsider_reports),
        "third_party_reports": frozenset(detection.third_party_reports),
        "received_reports": frozenset(detection.received_reports),
        "honoured_reports": frozenset(detection.honoured_reports),
        "handled_reports": one("handled", detection.handled_reports),
        "acting_parties": frozenset(detection.acting_parties),
        "desk_reports": frozenset(detection.desk_reports),
        "receiving_verbs": frozenset(detection.receiving_verbs),
        "own_alarms": frozenset(detection.own_alarms),
        "alarm_verbs": frozenset(detection.alarm_verbs),
        "arrival_verbs": frozenset(detection.arrival_verbs),
        "staff": one("staff", detection.staff),
        "staff_reports": frozenset(detection.staff_reports),
        "toward_us": frozenset(detection.toward_us),
        "account_frames": one("account", detection.account_frames),
        "pamphlet_terms": one("external", detection.pamphlet_terms),
        "self_prefixes": frozenset(detection.self_prefixes),
        "addressee_prefixes": frozenset(detection.addressee_prefixes),
        "addressee_heads": frozenset(detection.addressee_heads),
        "finding_nouns": frozenset(detection.finding_nouns),
        "outgoing_verbs": frozenset(detection.outgoing_verbs),
        "letter_to_us": one("letter", detection.letter_to_us),
        "incoming_verbs": frozenset(detection.incoming_verbs),
        "time_words": frozenset(detection.time_words),
        "first_person": frozenset(detection.first_person),
        "own_data": one("own_data", detection.own_data),
        "learning_verbs": frozenset(detection.learning_verbs),
        "matter_nouns": frozenset(detection.matter_nouns),
        "name_words": frozenset(detection.name_words),
        "attack_origins": frozenset(detection.attack_origins),
        "attack_words": frozenset(detection.attack_words),
        "traffic_sources": tuple(detection.traffic_sources),
        "impersonating": frozenset(detection.impersonating),
        "attackers": one("attacker", detection.attackers),
        "opening_verbs": frozenset(detection.opening_verbs),
        "checking_predicates": frozenset(detection.checking_predicates),
        "claim_words": one("claim", detection.claim_words),
        "rights_holders": one("rights", detection.rights_holders),
        "frames": _frames(detection.frames),
    }
