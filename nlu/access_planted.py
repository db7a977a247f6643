"""Malicious code said to be planted on our pages or servers (「支払いのページにおかしなプロ
グラムが埋め込まれとった」「決済画面にカード情報抜き取りのスクリプト仕込まれてた」): someone
wrote to our systems, an `unauthorized_access` cue. Words in `config/nlu_access_planted.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_access_planted.toml"
_CASES: Final = frozenset({"が", "を"})
_PASSIVE: Final = frozenset({"れる", "られる"})


class AccessPlantedFile(config.Schema):
    """`config/nlu_access_planted.toml`."""

    code: NonEmptyWords
    planting: NonEmptyWords
    malicious: NonEmptyWords


@cache
def _words() -> tuple[frozenset[str], frozenset[str], PhraseSet]:
    file = config.load(FILE, AccessPlantedFile)
    return frozenset(file.code), frozenset(file.planting), PhraseSet({"bad": file.malicious})


def planted_cues(doc: Doc) -> list[Match]:
    """Each code word its clause calls malicious, planted in the passive right after it: a
    cue from the code to the passive, so what follows is what is said of it."""
    code, planting, malicious = _words()
    if doc.lemma_set().isdisjoint(planting):
        return []
    tokens = doc.tokens
    kept: list[Match] = []
    for k, token in enumerate(tokens):
        if token.lemma not in code:
            continue
        verb = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].surface in _CASES)
        if verb + 1 >= len(tokens) or tokens[verb].lemma not in planting:
            continue
        if tokens[verb + 1].lemma not in _PASSIVE:
            continue
        if malicious.contains(doc, doc.clause_start(k), k):
            kept.append(Match(k, verb + 2, IncidentType.UNAUTHORIZED_ACCESS.value))
    return kept
