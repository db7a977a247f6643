"""What someone told the writer, passed on as their say-so (`detection`): 「うちのドライバーが
言うには、伝票がなくなってるって」 is our own staff finding it (self); 「取引先が言うには…」 a
third party telling us. Words in `config/nlu_reporter_say_so.toml`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.reporter_parties import our_owners
from nlu.reporter_roles import own_role_before
from nlu.reporter_staff import ours

FILE: Final = "nlu_reporter_say_so.toml"
# How many words a frame may take (「から|聞い|た|ところ|に|よる|と」).
_FRAME_WORDS: Final = 8


class SaySoFile(config.Schema):
    """`config/nlu_reporter_say_so.toml`."""

    frames: NonEmptyWords
    tails: NonEmptyWords


@cache
def _words() -> SaySoFile:
    return config.load(FILE, SaySoFile)


def say_so_accounts(
    doc: Doc, lex: Lexicon, every: list[Match], kind_of: Callable[[Match], Detection]
) -> list[tuple[int, Detection]]:
    """The speaker before each frame, when it is one of ours or a reporter named, told us."""
    found = []
    for at in _frames(doc):
        # 「経理の人」「お客さん」 may be one word with its tail, or the word before it.
        ends = (at, _past_tail(doc, at))
        named = next((r for r in every if r.end in ends), None)
        if named is not None:
            found.append((named.start, kind_of(named)))
        elif any(_ours(doc, lex, every, end) for end in ends):
            found.append((at - 1, Detection.SELF))
    return found


def _frames(doc: Doc) -> list[int]:
    """Where each frame starts: the token right after its speaker."""
    frames, openings = _frame_prefixes()
    surfaces = [token.surface for token in doc.tokens]
    starts = []
    for i in range(1, len(surfaces)):
        # Words joined from token i on stop as soon as they open no frame: nearly every
        # token opens none, and the walk costs one set lookup there, not eight joins.
        text = ""
        for surface in surfaces[i : i + _FRAME_WORDS]:
            text += surface
            if text in frames:
                starts.append(i)
                break
            if text not in openings:
                break
    return starts


@cache
def _frame_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """The frames, and every opening of one (its first characters), from the same list."""
    frames = _words().frames
    return frozenset(frames), frozenset(f[:k] for f in frames for k in range(1, len(f) + 1))


def _past_tail(doc: Doc, at: int) -> int:
    """Where the speaker's own word ends, before a tail (「現場の人」→ 現場)."""
    for tail in _words().tails:
        size = len(tail)
        text = ""
        for k in range(at - 1, max(-1, at - 4), -1):
            text = doc.tokens[k].surface + text
            if text == tail:
                return k
            if len(text) >= size:
                break
    return at


def _ours(doc: Doc, lex: Lexicon, every: list[Match], end: int) -> bool:
    """The speaker ending at `end` is our staff, our own role, or named after ours (うちの)."""
    staff = [m for m in lex.staff.find(doc, max(0, end - 6), end) if m.end == end]
    if staff and ours(doc, staff[0], every, lex):
        return True
    if own_role_before(doc, end):
        return True
    i = end - 1
    while i > 0 and doc.tokens[i].pos1 == "名詞" and end - i < 4:
        i -= 1
    return (
        i < end - 1 and doc.tokens[i].surface == "の" and doc.tokens[i - 1].surface in our_owners()
    )
