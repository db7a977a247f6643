"""Reports not (yet) made: expected, waited for or supposed (「取引先から連絡が来るかもしれな
い」「連絡があれば対応します」), so no statement of who told the company."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc

FILE: Final = "nlu_reporter_pending.toml"


class PendingFile(config.Schema):
    """`config/nlu_reporter_pending.toml`."""

    expected: NonEmptyWords
    supposed: NonEmptyWords
    awaited: NonEmptyWords
    reach: int


@cache
def _pending() -> PendingFile:
    return config.load(FILE, PendingFile)


def _past_after(doc: Doc, i: int, stop: int) -> bool:
    """A past tense from token i to the sentence's end: what was supposed came to pass."""
    return any(t.lemma == "た" and t.pos1 == "助動詞" for t in doc.tokens[i:stop])


def not_yet(doc: Doc, at: int) -> bool:
    """The report at token `at` (or its reporter) is one expected, waited for or supposed.

    Its verb is the first predicate from it on; what follows that verb says whether the report
    was made. A 「無ければ」 (「連絡がなければ気づかなかった」) supposes one away: it came.
    """
    words = _pending()
    tokens = doc.tokens
    stop = doc.sentence_span(at)[1]
    if at + 1 < stop and tokens[at + 1].surface in words.awaited:
        return not _past_after(doc, at + 2, stop)
    verb = next(
        (i for i in range(at, min(stop, at + words.reach)) if tokens[i].pos1 in _STOPS),
        None,
    )
    # 「連絡が来る」「報告があれば」: the report's own verb, after its case particle; not one
    # past a bracket or an arrow (「外部通報あり→調べたら」), nor 「朝きたら」's.
    if verb is None or tokens[verb].pos1 != "動詞":
        return False
    if not any(t.pos1 == "助詞" for t in tokens[at:verb]):
        return False
    after = "".join(t.surface for t in tokens[verb + 1 : min(stop, verb + 6)])
    if after.startswith(tuple(words.expected)):
        return True
    marker = next((m for m in words.supposed if after.startswith(m)), None)
    if marker is None:
        return False
    rest = verb + 1
    while rest < stop and doc.starts[rest] < doc.starts[verb + 1] + len(marker):
        rest += 1
    return not _past_after(doc, rest, stop)


# The first of these after the report word ends its phrase: its verb, or no verb of its own.
_STOPS = frozenset({"動詞", "形容詞", "補助記号"})
