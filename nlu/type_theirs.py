"""Another party's attack told on in its sentence: 「同業の工務店がランサムウェアにやられて身代金
払ったって聞いた」 — the ransom paid is theirs, as the attack named with them
(`nlu.mentions.on_another_party`) is. Words in `config/nlu_type_theirs.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_theirs.toml"


class TypeTheirsFile(config.Schema):
    """`config/nlu_type_theirs.toml`."""

    own_side: NonEmptyWords


@cache
def _own_side() -> PhraseSet:
    return PhraseSet({"own": config.load(FILE, TypeTheirsFile).own_side})


def told_on_after(doc: Doc, match: Match, theirs: list[Match]) -> bool:
    """Whether the attack word `match` follows another party's attack word of `theirs` in
    its sentence, with no word of the writer's own side between them."""
    sentence = doc.sentence_of[match.start]
    return any(
        doc.sentence_of[m.start] == sentence
        and m.end <= match.start
        and not _own_side().contains(doc, m.end, match.start)
        for m in theirs
    )
