"""A count named back by a demonstrative (「その1社の件だけです」): what it counts was said in
the sentence before. Words in `config/nlu_victim_anaphora.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc

FILE: Final = "nlu_victim_anaphora.toml"


class AnaphoraFile(config.Schema):
    """`config/nlu_victim_anaphora.toml`."""

    demonstratives: NonEmptyWords


@cache
def _demonstratives() -> frozenset[str]:
    return frozenset(config.load(FILE, AnaphoraFile).demonstratives)


def named_back(doc: Doc, count: Count) -> bool:
    """Whether a demonstrative (その, この, 当該) stands right before the count."""
    token = doc.token_at(count.start)
    return token > 0 and doc.tokens[token - 1].surface in _demonstratives()
