"""A contractor named as the carrier of what went missing: a loss in transit.

tests/data/README.md rule 2 reads 「lost in transit」 as `lost_or_stolen`; a contractor cue
(委託した, 委託先) whose sentence says both a carrying of goods (配送, 運送) and a loss
(所在不明, 紛失) names the carrier that lost the parcel, not a leak at an outsourcing
contractor. Words in `config/nlu_vendor_transit.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_vendor_transit.toml"


class TransitFile(config.Schema):
    """`config/nlu_vendor_transit.toml`."""

    transit: NonEmptyWords


@cache
def _transit() -> PhraseSet:
    return PhraseSet({"transit": config.load(FILE, TransitFile).transit})


def lost_in_transit(doc: Doc, vendor: Match, cues: list[Match]) -> bool:
    """Whether the contractor cue `vendor` is said in a sentence that carries goods and
    loses them (`cues`: the message's incident cues)."""
    first, last = doc.sentence_span(vendor.start)
    lost = IncidentType.LOST_OR_STOLEN.value
    if not any(m.label == lost and first <= m.start < last for m in cues):
        return False
    return _transit().contains(doc, first, last)
