"""Attacks told of in a public warning passed on (警察・IPAの注意喚起の転載): the public's, not
an incident of ours. Words in `config/nlu_type_warnings.toml`.

「（以下、〇〇県警察からの注意喚起を転載します）県内の医療機関において…ウイルスに感染する被害が
相次いでいます」 warns of attacks spreading; only what the writer then says of its own side
(「当院にも同様のメールが届き…感染の有無を確認」) can be its incident. An attack word counts as
the public's only when the message passes on a warning and the word's sentence speaks of
attacks in general without naming the writer's own side.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_warnings.toml"


class WarningsFile(config.Schema):
    """`config/nlu_type_warnings.toml`."""

    passed_on: NonEmptyWords
    warning_words: NonEmptyWords
    general: NonEmptyWords
    own_side: NonEmptyWords


@cache
def _sets() -> dict[str, PhraseSet]:
    words = config.load(FILE, WarningsFile)
    return {
        "passed_on": PhraseSet({"passed_on": words.passed_on}),
        "warning": PhraseSet({"warning": words.warning_words}),
        "general": PhraseSet({"general": words.general}),
        "own": PhraseSet({"own": words.own_side}),
    }


def passed_on_warning(doc: Doc) -> bool:
    """Whether the message passes on a public warning (an authority's, or a repost)."""
    sets = _sets()
    return sets["passed_on"].contains(doc) and sets["warning"].contains(doc)


def in_public_warning(doc: Doc, match: Match) -> bool:
    """Whether the attack word `match` is told of the public in a warning passed on."""
    if not passed_on_warning(doc):
        return False
    sets = _sets()
    first, last = doc.sentence_span(match.start)
    return sets["general"].contains(doc, first, last) and not sets["own"].contains(doc, first, last)
