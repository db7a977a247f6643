"""Clauses that tell of another company's case (「同業のA社はランサムで3000万払ったらしい」),
and lines given as an example (「例：調査費300万円」): what is read there is not our
incident. Words in `config/nlu_others_cases.toml`."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import PhraseSet

FILE: Final = "nlu_others_cases.toml"
# The particles that make the company named before them the clause's subject or topic.
_SUBJECT: Final = frozenset({"は", "も", "が"})
# A line that opens with 「例：」「(例)」「例）」 shows how to write a value, not what happened.
_EXAMPLE_LINE = re.compile(r"^[ \t　・*-]*[(（]?例[)）:：].*$", re.M)


class OthersFile(config.Schema):
    """`config/nlu_others_cases.toml`."""

    others: NonEmptyWords
    ours: NonEmptyWords
    company_heads: NonEmptyWords


@cache
def _file() -> OthersFile:
    return config.load(FILE, OthersFile)


@cache
def _sets() -> tuple[PhraseSet, PhraseSet]:
    return PhraseSet({"others": _file().others}), PhraseSet({"ours": _file().ours})


def others_clauses(doc: Doc) -> list[tuple[int, int]]:
    """Character spans telling of another company's case: from the clause where another
    company is the subject to the end of its sentence, or to the first clause after it
    that names us; and every line given as an example."""
    others, ours = _sets()
    own_clauses = {doc.clause_of[m.start] for m in ours.find(doc)}
    spans = []
    for match in others.find(doc):
        if not _is_subject(doc, match.end):
            continue
        lo = doc.clause_start(match.start)
        hi = doc.clause_end(match.start)
        sentence = doc.sentence_of[match.start]
        while (
            hi < len(doc.tokens)
            and doc.sentence_of[hi] == sentence
            and doc.clause_of[hi] not in own_clauses
        ):
            hi = doc.clause_end(hi)
        spans.append((doc.tokens[lo].start, doc.tokens[hi - 1].end))
    spans.extend((m.start(), m.end()) for m in _EXAMPLE_LINE.finditer(doc.text))
    return spans


def _is_subject(doc: Doc, i: int) -> bool:
    """Whether the company named before token `i` is the subject or topic: a particle
    follows at once (「他社は」), or after a name of a company (「同業の|A社は」); not a thing
    of theirs (「別の会社の見積書が届いた」)."""
    tokens = doc.tokens
    start = i
    while i < len(tokens):
        token = tokens[i]
        if token.pos1 in ("名詞", "接尾辞") or (token.surface == "の" and token.pos2 == "格助詞"):
            i += 1
            continue
        if i > start and tokens[i - 1].surface not in _file().company_heads:
            return False
        if token.surface == "で" and i + 1 < len(tokens) and tokens[i + 1].surface == "は":
            return True  # 「他社では」
        return token.surface in _SUBJECT and token.pos1 == "助詞"
    return False
