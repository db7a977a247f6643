"""A measure against an attack said ahead: 「不正アクセスを防止する対策を強化します」「同様の
不正アクセスを防ぐため」「ランサムウェアへの対策」 name what the measure is against, no attack
that happened. Words in `config/nlu_attack_measures.toml`.

The notices' 再発防止 paragraphs say such measures after any incident, a loss or a mis-sending
too; read as cues they made the incident an intrusion with access found. A stop said done
(「未然に防いだ」) or failed (「防げなかった」) is not a measure ahead: `nlu.access` reads it.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon

FILE: Final = "nlu_attack_measures.toml"
_OBJECT = "を"


class MeasuresFile(config.Schema):
    """`config/nlu_attack_measures.toml`."""

    stops: NonEmptyWords
    between: NonEmptyWords
    done: NonEmptyWords
    nominalizers: NonEmptyWords
    toward: NonEmptyWords


@cache
def _words() -> dict[str, frozenset[str]]:
    words = config.load(FILE, MeasuresFile)
    return {
        "stops": frozenset(words.stops),
        "between": frozenset(words.between),
        "done": frozenset(words.done),
        "nominalizers": frozenset(words.nominalizers),
        "toward": frozenset(words.toward),
    }


def measure_ahead(doc: Doc, end: int, lex: Lexicon) -> bool:
    """Whether the attack word ending at `end` is what a measure said ahead is against: the
    object of a stop not said done or failed (「不正アクセスを防止する」), or the attack a
    measure is toward (「不正アクセスへの対策」)."""
    words = _words()
    tokens = doc.tokens
    i = end
    while i < len(tokens) and tokens[i].lemma in words["between"]:
        i += 1
    if i < len(tokens) and tokens[i].lemma in words["toward"]:
        j = i
        while j < len(tokens) and tokens[j].lemma in words["toward"]:
            j += 1
        return j < len(tokens) and tokens[j].lemma in lex.countermeasures
    if i >= len(tokens) or tokens[i].surface != _OBJECT:
        return False
    i += 1
    while i < len(tokens) and tokens[i].lemma in words["between"]:
        i += 1
    if i >= len(tokens) or tokens[i].lemma not in words["stops"]:
        return False
    i += 1
    # The stop's verb with its auxiliaries, past て/で (「防いでくれました」).
    while i < len(tokens) and (tokens[i].pos1 in ("動詞", "助動詞") or tokens[i].lemma == "て"):
        token = tokens[i]
        if token.lemma in words["done"] or lex.negating.get(token.lemma) == token.pos1:
            return False
        i += 1
    return i >= len(tokens) or tokens[i].lemma not in words["nominalizers"]
