"""An attacker said to have reached one of our systems (「攻撃者がファイルサーバーまで到達して
いた」): an intrusion told by where the attacker got, with no word of intrusion. Words in
`config/nlu_type_reached.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_reached.toml"
# The particles that make the attacker the subject of the verb after it.
_SUBJECT: Final = frozenset({"が", "は", "も"})
_DOING: Final = "為る"


class TypeReachedFile(config.Schema):
    """`config/nlu_type_reached.toml`."""

    attackers: NonEmptyWords
    reaching: NonEmptyWords
    systems: NonEmptyWords


@cache
def _words() -> tuple[PhraseSet, frozenset[str], PhraseSet]:
    file = config.load(FILE, TypeReachedFile)
    attackers = PhraseSet({"attacker": file.attackers})
    return attackers, frozenset(file.reaching), PhraseSet({"system": file.systems})


def reached_cues(doc: Doc) -> list[Match]:
    """`unauthorized_access` cues from an attacker as subject to a verb of reaching, with a
    system named between them in the sentence; each spans up to the verb (and its する), so
    what follows is read for doubts and denials as after any cue."""
    attackers, reaching, systems = _words()
    if doc.lemma_set().isdisjoint(reaching):
        return []
    tokens = doc.tokens
    kept: list[Match] = []
    for attacker in attackers.find(doc):
        after = attacker.end
        if after >= len(tokens) or tokens[after].surface not in _SUBJECT:
            continue
        _, last = doc.sentence_span(attacker.start)
        verb = next((k for k in range(after + 1, last) if tokens[k].lemma in reaching), None)
        if verb is None or not systems.contains(doc, after + 1, verb):
            continue
        end = verb + 1 + (verb + 1 < len(tokens) and tokens[verb + 1].lemma == _DOING)
        kept.append(Match(attacker.start, end, IncidentType.UNAUTHORIZED_ACCESS.value))
    return kept
