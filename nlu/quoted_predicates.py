"""A clause quoted as the predicate of the words before it: 「流出の有無は「調査中」と述べた」
holds its topic (流出の有無は) in the clause the opening bracket ends. Brackets in
`config/nlu_quoted_predicates.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc

FILE: Final = "nlu_quoted_predicates.toml"


class QuotedFile(config.Schema):
    """`config/nlu_quoted_predicates.toml`."""

    openers: NonEmptyWords


@cache
def _openers() -> frozenset[str]:
    return frozenset(config.load(FILE, QuotedFile).openers)


def with_quoted_topic(doc: Doc, lo: int) -> int:
    """Where the clause starting at token `lo` begins once a topic it is quoted of is
    counted in: the start of the clause before, when that clause ends in an opening bracket
    right before `lo` (「…の有無は「調査中」」); `lo` otherwise."""
    if lo <= 0 or doc.tokens[lo - 1].surface not in _openers():
        return lo
    start = doc.clause_start(lo - 1)
    first, _ = doc.sentence_span(lo)
    return max(start, first)
