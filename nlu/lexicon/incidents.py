"""The words of the incident type (config [incident_types]) and of access ([access])."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from coverage import IncidentType
from nlu.kana_words import Readings, loanwords, readings
from nlu.lexicon.labels import BLOCKED, EXPOSED, NOT_INCIDENT, OPEN_ANSWER, SIGN, THEFT, one
from nlu.lexicon_file import AccessSection, IncidentTypesSection, labelled
from nlu.phrases import PhraseSet

# An attack's kanji word heard in kana needs more than three kana of sound.
_SHORTEST_HEARD = 3


@dataclass(frozen=True)
class IncidentWords:
    """What says which incident this is, and what says it is none."""

    incident_order: tuple[IncidentType, ...]
    incident_cues: PhraseSet
    """Labelled by `IncidentType` value, NOT_INCIDENT for words that only hold a cue, or
    SIGN for signs of a possible attack."""
    displayed: PhraseSet
    tampering: PhraseSet
    """Attack words for a defaced or rewritten site (改ざん, 書き換えられ)."""
    relays: PhraseSet
    """A machine used against others (踏み台): a DDoS when one is named in its sentence."""
    not_lost: PhraseSet
    thefts: PhraseSet
    """Words that say a thing was stolen (盗まれ, 置き引き), labelled "theft", and words
    that hold one and say none (盗難防止), labelled NOT_INCIDENT."""
    found_again: PhraseSet
    """A matter reported before, now found (「…の件ですが、見つかりました」)."""
    lost_things: frozenset[str]
    generic_attacks: PhraseSet
    """Attack words of no kind (攻撃): they confirm the kind a doubt named."""
    """What 「見当たらない」 may deny that is no thing to lose (痕跡, 原因, 異常)."""
    ransom_notes: PhraseSet
    carried: PhraseSet
    warned: PhraseSet
    """Said after malware, a warning about it (に注意): it reached nothing."""
    outside_parties: PhraseSet
    vendor_parties: PhraseSet
    """Contractors and service providers: an attack on their systems is a vendor leak."""
    vendor_systems: frozenset[str]
    vendor_anaphors: PhraseSet
    handing_over: frozenset[str]
    """Verbs (lemmas) for giving a party our work (印刷会社に出している): a contractor."""
    entrusted_heads: frozenset[str]
    """Party nouns (lemmas) that a verb of handing over makes a contractor (委託してる会社)."""
    writer_words: PhraseSet
    entrusted: PhraseSet
    """The writer holds the addressee's data (貴社からお預かり): a contractor's report."""
    maintaining: frozenset[str]
    finder_keys: tuple[str, ...]
    finding: PhraseSet
    leak_words: PhraseSet
    countermeasures: frozenset[str]
    party_particles: frozenset[str]
    party_objects: frozenset[str]
    """Lemmas of what a party owns that an attack takes as object
    (「取引先のアカウントを乗っ取って」)."""
    carriers: frozenset[str]
    """Lemmas of what carries malware (メール): 「メール（Emotet）」 names the mail's."""
    harms: PhraseSet
    """What an attack did, said with a negation (開けない): no denial of the attack."""
    online_media: PhraseSet
    """Words for a site, a system or a cloud: data exposed there is not a visual leak."""
    physical_media: PhraseSet
    """Words for papers or a place people pass: data exposed there is a visual leak."""
    """Said of malware only carried by a mail or a file (含まれていた): it reached nothing."""
    attacks: frozenset[IncidentType]
    leak_aspects: frozenset[str]
    leak_systems: PhraseSet
    """Where a leak in doubt comes from that makes it a possible attack (サイトから流出)."""
    other_party: frozenset[str]
    posts: PhraseSet
    sending: frozenset[str]
    unconfirmed: PhraseSet
    parties: frozenset[IncidentType]
    """Types whose cue names a party or a right: never deferred for a doubt after it."""
    events: frozenset[IncidentType]
    """Types naming an event of their own: one after another event is asked to confirm."""
    attack_loanwords: Readings
    """Attack words written in katakana (エモテット), heard when typed in hiragana."""
    attack_readings: Readings
    """Attack words written with kanji (改ざん, 侵入), heard when typed in hiragana."""


@dataclass(frozen=True)
class AccessWords:
    """What says an attack reached our systems, or was stopped or not found."""

    access_cues: PhraseSet
    access_not_cues: PhraseSet
    """Words that hold an access cue and say nothing of an attack (アクセス数, 攻撃対象)."""
    access_affirm: PhraseSet
    access_answers: PhraseSet
    doing: frozenset[str]
    neutral_heads: frozenset[str]
    sign_heads: frozenset[str]
    """Nouns after 「攻撃の」 that make it a sign of one (兆候, 予兆): a doubt, not a finding."""
    traces: frozenset[str]
    access_concluded: PhraseSet
    access_investigated: PhraseSet
    """A denial's sentence naming an investigation's outcome: the attack was suspected."""
    access_attempted: PhraseSet


_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30faー]+")


def _kana_compounds(types: IncidentTypesSection) -> list[str]:
    """「ういるすたいさく」「ウイルスソフト」: each attack name written in kana alone, as the
    first part of a compound with a head that makes it a measure against the attack. Only
    kana names: a kanji one (感染対策) is cut into words, and `countered` reads its head."""
    names = [
        word
        for label, words in labelled(types.cues).items()
        if IncidentType(label) in types.attacks
        for word in words
        if _KANA.fullmatch(word)
    ]
    return [name + head for name in names for head in types.compound_heads]


def incident_words(types: IncidentTypesSection) -> dict[str, Any]:
    """The compiled [incident_types]."""
    return {
        "incident_order": tuple(types.order),
        "incident_cues": PhraseSet(
            {
                **labelled(types.cues),
                NOT_INCIDENT: [*types.not_cues, *_kana_compounds(types)],
                SIGN: types.signs,
                EXPOSED: types.exposed,
            }
        ),
        "displayed": one("displayed", types.displayed),
        "tampering": one("tampering", types.tampering),
        "relays": one("relay", types.relays),
        "not_lost": one("not_lost", types.not_lost),
        "thefts": PhraseSet({THEFT: types.thefts, NOT_INCIDENT: types.not_thefts}),
        "found_again": one("found_again", types.found_again),
        "lost_things": frozenset(types.lost_things),
        "generic_attacks": one("generic", types.generic_attacks),
        "ransom_notes": one("ransom_notes", types.ransom_notes),
        "carried": one("carried", types.carried),
        "warned": one("warned", types.warned),
        "outside_parties": one("party", types.outside_parties),
        "vendor_parties": one("vendor", types.vendor_parties),
        "vendor_systems": frozenset(types.vendor_systems),
        "vendor_anaphors": one("anaphor", types.vendor_anaphors),
        "handing_over": frozenset(types.handing_over),
        "entrusted_heads": frozenset(types.entrusted_heads),
        "writer_words": one("writer", types.writer_words),
        "entrusted": one("entrusted", types.entrusted),
        "maintaining": frozenset(types.maintaining),
        "finder_keys": tuple(types.finder_keys),
        "finding": one("finding", types.finding),
        "leak_words": one("leak", types.leak_words),
        "countermeasures": frozenset(types.countermeasures),
        "party_particles": frozenset(types.party_particles),
        "party_objects": frozenset(types.party_objects),
        "carriers": frozenset(types.carriers),
        "harms": one("harm", types.harms),
        "online_media": one("online", types.online_media),
        "physical_media": one("physical", types.physical_media),
        "attacks": frozenset(types.attacks),
        "leak_aspects": frozenset(types.leak_aspects),
        "leak_systems": one("leak_systems", types.leak_systems),
        "other_party": frozenset(types.other_party),
        "posts": one("posts", types.posts),
        "sending": frozenset(types.sending),
        "unconfirmed": one("unconfirmed", types.unconfirmed),
        "parties": frozenset(types.parties),
        "events": frozenset(types.events),
        # Only the attacks': their katakana names are the ones typed in kana in a hurry
        # (「えもてっと？」), and a doubt said of them is what makes a suspicion.
        "attack_loanwords": loanwords(
            {k: v for k, v in labelled(types.cues).items() if IncidentType(k) in types.attacks}
        ),
        # Voice input and phones without conversion write them in hiragana too (「サイトが
        # かいざんされて」); a sound of three kana (ぬかれ) is too often another word's.
        "attack_readings": tuple(
            (label, sound)
            for label, sound in readings(
                {k: v for k, v in labelled(types.cues).items() if IncidentType(k) in types.attacks}
            )
            if len(sound) > _SHORTEST_HEARD
        ),
    }


def access_words(access: AccessSection) -> dict[str, Any]:
    """The compiled [access]."""
    return {
        "access_cues": one("access", access.cues),
        "access_not_cues": one("none", access.not_cues),
        "access_affirm": one("affirm", access.affirm),
        "access_answers": PhraseSet(
            {
                "found": access.found_words,
                "not_found": access.not_found_words,
                OPEN_ANSWER: access.open_words,
            }
        ),
        "doing": frozenset(access.doing),
        "neutral_heads": frozenset(access.neutral_heads),
        "sign_heads": frozenset(access.sign_heads),
        "traces": frozenset(access.traces),
        "access_concluded": one("concluded", access.concluded),
        "access_investigated": one("investigated", access.investigated),
        "access_attempted": PhraseSet({"attempted": access.attempted, BLOCKED: access.blocked}),
    }
