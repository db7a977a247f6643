"""Which attack doubts name a kind of their own, and which doubt the infection itself: the
reading of a hedged attack word in `nlu.incident_type`.
"""

from __future__ import annotations

from coverage import IncidentType
from nlu.access_caveats import names_an_aspect
from nlu.doc import Doc
from nlu.incident_hints import relay_kind
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import scope_after


def ddos_relay_sentences(doc: Doc, cues: list[Match], lex: Lexicon) -> frozenset[int]:
    """The sentences whose relay word is a DDoS's (「DDoSの踏み台にされ」, `relay_kind`)."""
    return frozenset(
        doc.sentence_of[m.start]
        for m in cues
        if m.label == IncidentType.UNAUTHORIZED_ACCESS.value
        and lex.relays.contains(doc, m.start, m.end)
        and relay_kind(doc, m, IncidentType.UNAUTHORIZED_ACCESS, cues, lex) is IncidentType.DDOS
    )


def loose_doubt(
    doc: Doc, match: Match, kind: IncidentType, relayed: frozenset[int], lex: Lexicon
) -> bool:
    """Whether a doubted attack word names no kind of its own: a generic 攻撃, or an
    intrusion word in a sentence whose machine was made a DDoS relay (the hijack is how the
    DDoS was launched)."""
    if any(
        g.start == match.start and g.end == match.end
        for g in lex.generic_attacks.find(doc, match.start, match.end)
    ):
        return True
    return kind is IncidentType.UNAUTHORIZED_ACCESS and doc.sentence_of[match.start] in relayed


def infection_in_doubt(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """Whether the hedged attack word `match` is the infection itself in doubt
    (「感染してるのかしてないのか、わからん」), not an aspect of it (「感染経路は調査中」)."""
    lo, hi = scope_after(doc, match.end)
    return not names_an_aspect(doc, lo, hi)
