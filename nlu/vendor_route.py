"""A contractor's link named as the path of an attack on us: no leak at the contractor.

「攻撃者は給食業務を委託していた事業者との間の閉域網を経由して侵入し」: the contractor cue
(委託していた) qualifies the network the attacker came through; the attack word after the
route is said of our systems, so the type is the attack's (tests/data/README.md rule 2:
"entry via a contractor's network does not make it vendor_leak"). Words in
`config/nlu_vendor_route.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_vendor_route.toml"
_ATTACKS: Final = frozenset(
    {IncidentType.MALWARE.value, IncidentType.UNAUTHORIZED_ACCESS.value, IncidentType.DDOS.value}
)


class RouteFile(config.Schema):
    """`config/nlu_vendor_route.toml`."""

    routes: NonEmptyWords


@cache
def _routes() -> PhraseSet:
    return PhraseSet({"route": config.load(FILE, RouteFile).routes})


def attack_route(doc: Doc, vendor: Match, cues: list[Match], lex: Lexicon) -> bool:
    """Whether the contractor cue `vendor` names the way an attack said after it in its
    sentence came in (`cues`: the message's incident cues), with no leak said in between."""
    _, last = doc.sentence_span(vendor.start)
    route = next(iter(_routes().find(doc, vendor.end, last)), None)
    if route is None or lex.leak_words.contains(doc, vendor.end, route.start):
        return False
    return any(m.label in _ATTACKS and route.end <= m.start < last for m in cues)
