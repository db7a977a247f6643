"""A work used without its holder's leave (「写真1点が、撮影者の許諾を得ずに使用されていた」
「ライセンス契約のない画像が使用されている」), or a work's rights holder claiming (「写真の件、
権利者側の代理人弁護士から内容証明」), said with no rights word of the lexicon's `media`
cues: the spec's `media`. Words in `config/nlu_type_unlicensed.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_unlicensed.toml"
# How many words either side of the lack its verb (and a work after it) may stand: in a
# long notice's sentence, farther words are of another clause.
_REACH: Final = 12


class TypeUnlicensedFile(config.Schema):
    """`config/nlu_type_unlicensed.toml`."""

    works: NonEmptyWords
    unlicensed: NonEmptyWords
    uses: NonEmptyWords
    holders: NonEmptyWords


@cache
def _words() -> TypeUnlicensedFile:
    return config.load(FILE, TypeUnlicensedFile)


@cache
def _sets() -> PhraseSet:
    words = _words()
    return PhraseSet({"lack": words.unlicensed, "holder": words.holders})


def unlicensed_cues(doc: Doc) -> list[Match]:
    """`media` cues: a lack of leave with a verb of use within reach and a work before it
    in its sentence or within reach after, spanning up to the verb when it follows (what
    is said after it, a denial or a doubt, is read of the use); or a rights holder with a
    work in its sentence."""
    words = _words()
    works, uses = frozenset(words.works), frozenset(words.uses)
    tokens = doc.tokens
    kept: list[Match] = []
    for match in _sets().find(doc):
        first, last = doc.sentence_span(match.start)
        lo, hi = max(first, match.start - _REACH), min(last, match.end + _REACH)
        if match.label == "holder":
            if any(t.lemma in works for t in tokens[first:last]):
                kept.append(Match(match.start, match.end, IncidentType.MEDIA.value))
            continue
        # The work is often the sentence's topic, far before (「写真のうち3点について、撮影者
        # ご本人から、許諾なく使用されているとのご指摘」); after the lack, it is near.
        if not any(t.lemma in works for t in tokens[first:hi]):
            continue
        verbs = [k for k in range(lo, hi) if tokens[k].lemma in uses]
        if not verbs:
            continue
        after = [k for k in verbs if k >= match.end]
        end = after[0] + 1 if after else match.end
        kept.append(Match(match.start, end, IncidentType.MEDIA.value))
    return kept
