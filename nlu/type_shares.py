"""A share left open to anyone (「Googleドライブの共有リンクが『リンクを知っている全員』に
なってた」「S3のbucketがpublicになってた」): data open to view, an exposure read where `other`
is (tests/data/README.md rule 2: misconfiguration). Words in `config/nlu_type_shares.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import EXPOSED
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_shares.toml"
_OPENING: Final = frozenset({"「", "『", '"', "“"})
_CLOSING: Final = frozenset({"」", "』", '"', "”"})
# How far a quoted setting's closing bracket may stand past its words (…が閲覧可」).
_QUOTE_REACH: Final = 8


class TypeSharesFile(config.Schema):
    """`config/nlu_type_shares.toml`."""

    shares: NonEmptyWords
    open_settings: NonEmptyWords
    frames: NonEmptyWords


@cache
def _sets() -> tuple[PhraseSet, PhraseSet, PhraseSet]:
    file = config.load(FILE, TypeSharesFile)
    return (
        PhraseSet({"share": file.shares}),
        PhraseSet({EXPOSED: file.open_settings}),
        PhraseSet({"frame": file.frames}),
    )


def open_shares(doc: Doc) -> list[Match]:
    """Each open setting a share named before it in its sentence was left at, from the
    setting to the end of its frame (になって, のまま)."""
    shares, settings, frames = _sets()
    kept: list[Match] = []
    for match in settings.find(doc):
        first, last = doc.sentence_span(match.start)
        if not shares.contains(doc, first, match.start):
            continue
        at = _past_quote(doc, first, match, last)
        frame = next((m for m in frames.find(doc, at, last) if m.start == at), None)
        if frame is not None:
            kept.append(Match(match.start, frame.end, EXPOSED))
    return kept


def _past_quote(doc: Doc, first: int, match: Match, last: int) -> int:
    """Where the words after a setting start: past its closing bracket when it is quoted
    (「リンクを知っている人全員が閲覧可」に), else right after it."""
    tokens = doc.tokens
    opened = any(t.surface in _OPENING for t in tokens[first : match.start])
    if not opened:
        return match.end
    for i in range(match.end, min(last, match.end + _QUOTE_REACH)):
        if tokens[i].surface in _CLOSING:
            return i + 1
    return match.end
