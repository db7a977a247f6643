"""The shape of [incident_types] and [access]: the incident type and the access finding."""

from __future__ import annotations

from typing import Annotated

from pydantic import Strict, WrapValidator

import config
from config.types import Words, name_the_list
from coverage import IncidentType

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


class IncidentTypesSection(config.Schema):
    order: IncidentTypes
    attacks: IncidentTypes
    parties: IncidentTypes
    events: IncidentTypes
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
    finder_keys: Words
    finding: Words
    leak_words: Words
    countermeasures: Words
    compound_heads: Words
    party_particles: Words
    party_objects: Words
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
    open_words: Words
    doing: Words
    neutral_heads: Words
    sign_heads: Words
    traces: Words
    concluded: Words
    investigated: Words
    attempted: Words
    blocked: Words
