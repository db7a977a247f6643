"""Regex pieces built from the word lists of `config/nlu_*.toml`."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """`words` as a regex alternation, each escaped, longest first.

    Regex alternation takes the first word that matches, not the longest: 法人 must be
    tried before 人, 一昨日 before 昨日. Words of one length keep their order.
    """
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
