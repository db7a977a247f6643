"""An estimate word said as skipped: 「見積もりも取らずに業者に発注しちゃいました」.

The sentence names a quote only to say there was none, so it calls no cost an estimate and
the spending in it stands. Words in `config/nlu_consent_skipped.toml`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.patterns import alternation

FILE: Final = "nlu_consent_skipped.toml"


class SkippedFile(config.Schema):
    """`config/nlu_consent_skipped.toml`."""

    skipped: NonEmptyWords
    particles: NonEmptyWords


@cache
def _pattern() -> re.Pattern[str]:
    file = config.load(FILE, SkippedFile)
    return re.compile(rf"\s*(?:{alternation(file.particles)})?(?:{alternation(file.skipped)})")


def skipped_after(doc: Doc, end: int) -> bool:
    """Whether the word ending before token `end` is said, right after it, as not done."""
    at = doc.ends[end - 1] if 0 < end <= len(doc.tokens) else len(doc.text)
    return _pattern().match(doc.text, at) is not None
