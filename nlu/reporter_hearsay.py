"""An operator's account passed on as hearsay (`detection`): 「レンサバの会社によるとDDoS
受けてるとのこと」 is the hosting operator telling us. Words in
`config/nlu_reporter_hearsay.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_reporter_hearsay.toml"
# Only operators: a public body's account (「市によると」) is a news report's source.
_OPERATORS: Final = frozenset({"security", "network"})
# Tokens the tail between the operator and the frame may take.
_TAIL_REACH: Final = 3
# What may follow the hearsay ending at the sentence's end.
_CLOSING: Final = frozenset({"補助記号", "記号", "空白", "終助詞"})


class HearsayFile(config.Schema):
    """`config/nlu_reporter_hearsay.toml`."""

    frames: NonEmptyWords
    tails: NonEmptyWords
    endings: NonEmptyWords


@cache
def _words() -> HearsayFile:
    return config.load(FILE, HearsayFile)


def hearsay_accounts(doc: Doc, every: list[Match]) -> list[tuple[int, Detection]]:
    """「プロバイダによると不正アクセスがあったとのこと」: a security or network operator's
    account, in a sentence the writer ends in hearsay, is that operator telling us."""
    found = []
    for reporter in every:
        if reporter.label not in _OPERATORS:
            continue
        frame = _frame_end(doc, reporter.end)
        if frame is not None and _ends_in_hearsay(doc, frame):
            found.append((reporter.start, Detection.EXTERNAL_REPORT))
    return found


def _frame_end(doc: Doc, end: int) -> int | None:
    """Where the frame (「によると」) after the reporter ending at `end` ends, past a tail."""
    words = _words()
    tokens = doc.tokens
    for skip in range(_TAIL_REACH + 1):
        at = end + skip
        if at > len(tokens) or any(t.surface not in words.tails for t in tokens[end:at]):
            return None
        text = ""
        for k in range(at, min(at + 4, len(tokens))):
            text += tokens[k].surface
            if text in words.frames:
                return k + 1
    return None


def _ends_in_hearsay(doc: Doc, at: int) -> bool:
    """The sentence holding token `at` ends, past punctuation or emoji, in a hearsay ending."""
    if at >= len(doc.tokens):
        return False
    _, last = doc.sentence_span(at)
    k = last
    while k > at and doc.tokens[k - 1].pos1 in _CLOSING and doc.tokens[k - 1].surface != "って":
        k -= 1
    text = "".join(t.surface for t in doc.tokens[at:k])
    return text.endswith(tuple(_words().endings))
