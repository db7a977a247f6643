"""An intruder said to have reached our systems (「攻撃者がファイルサーバーまで到達していた」
「犯人は社内ネットワークに入り込んでいた」): an `unauthorized_access` cue, read for its doubts
and denials as any attack word is. Words in `config/nlu_intruder_reach.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_intruder_reach.toml"
# The particles that make the intruder the clause's subject.
_SUBJECT: Final = frozenset({"が", "は", "も"})
_DOING: Final = "為る"


class IntruderReachFile(config.Schema):
    """`config/nlu_intruder_reach.toml`."""

    intruders: NonEmptyWords
    reaching: NonEmptyWords
    systems: NonEmptyWords


@cache
def _words() -> tuple[PhraseSet, frozenset[str], PhraseSet]:
    file = config.load(FILE, IntruderReachFile)
    return (
        PhraseSet({"intruder": file.intruders}),
        frozenset(file.reaching),
        PhraseSet({"system": file.systems}),
    )


def intruder_reached(doc: Doc) -> list[Match]:
    """Each intruder, said as the subject, reaching a system named after it in its clause:
    a cue from the intruder to the verb of reaching (its する included), so that what follows
    the verb is what is said of it. 「攻撃者は不明」 reaches nothing."""
    intruders, reaching, systems = _words()
    tokens = doc.tokens
    kept: list[Match] = []
    for intruder in intruders.find(doc):
        if intruder.end >= len(tokens) or tokens[intruder.end].surface not in _SUBJECT:
            continue
        end = doc.clause_end(intruder.end)
        for k in range(intruder.end + 1, end):
            if tokens[k].lemma not in reaching:
                continue
            if systems.contains(doc, intruder.end + 1, k):
                verb = k + 1 if k + 1 < len(tokens) and tokens[k + 1].lemma == _DOING else k
                kept.append(Match(intruder.start, verb + 1, IncidentType.UNAUTHORIZED_ACCESS.value))
            break
    return kept


def reaches(doc: Doc, end: int) -> bool:
    """Whether a cue ends on a verb of reaching said in the active (「入り込んでいた」): an
    intruder's own act, stated as a passive cue's れる states what was done to us."""
    token = doc.tokens[end - 1]
    return token.pos1 == "動詞" and token.lemma in _words()[1]
