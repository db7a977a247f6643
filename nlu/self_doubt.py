"""An attack the writer wonders about (「乗っ取られたのかな？？」「ウイルスに感染したのかな」): a
doubt of whether it happened, read as a hedge. Words in `config/nlu_self_doubt.toml`.

Read as a question, the musing stated nothing, and the attack went unread (乗っ取られたのかな)
or, where another attack word of its clause carried the verb (ウイルスに感染したのかな), was
read as found.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_self_doubt.toml"
_QUESTION: Final = "か"
_POLITE: Final = "ます"
# What may stand between the attack word and the musing: its verb, particles, and the words
# of another attack cue of the clause (「ウイルスに感染した」).
_PREDICATE: Final = frozenset({"動詞", "助動詞", "助詞"})


class SelfDoubtFile(config.Schema):
    """`config/nlu_self_doubt.toml`."""

    tenses: NonEmptyWords
    nominalizers: NonEmptyWords
    finals: NonEmptyWords
    wondering: NonEmptyWords


@cache
def _file() -> SelfDoubtFile:
    return config.load(FILE, SelfDoubtFile)


def wondered(doc: Doc, match: Match, cues: list[Match]) -> bool:
    """Whether the attack word `match` ends its clause in the writer's musing over it."""
    words = _file()
    tokens = doc.tokens
    end = doc.clause_end(match.end - 1)
    i = end - 1
    while i >= match.end and tokens[i].pos1 == "補助記号":
        i -= 1
    if i >= match.end and tokens[i].lemma in words.wondering:
        i -= 1
    elif (
        i - 1 >= match.end
        and tokens[i].lemma in words.finals
        and tokens[i - 1].surface == _QUESTION
    ):
        i -= 2
    else:
        return False
    if i >= match.end and tokens[i].lemma in words.nominalizers:
        i -= 1
    if not (i >= match.end and tokens[i].lemma in words.tenses):
        return False
    inside = {k for m in cues for k in range(m.start, m.end)}
    return all(
        (t.pos1 in _PREDICATE and t.lemma != _POLITE) or k in inside
        for k, t in enumerate(tokens[match.end : i], start=match.end)
    )
