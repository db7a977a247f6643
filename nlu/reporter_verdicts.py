"""A verdict reported after our own finding (`detection`): 「ウイルス対策ソフトが…を検知しました。
感染確定、外部への情報流出はなかったとベンダーから報告」 is the vendor telling the outcome of
its check on what our own tool found, not how the company came to know. Words in
`config/nlu_reporter_verdicts.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import PhraseSet

FILE: Final = "nlu_reporter_verdicts.toml"
Event = tuple[int, Detection]
# The words of the reporter between the quote and its から (「と|保守|ベンダー|から|報告」).
_REPORTER_REACH: Final = 5


class VerdictsFile(config.Schema):
    """`config/nlu_reporter_verdicts.toml`."""

    verdicts: NonEmptyWords
    quote_marks: NonEmptyWords


@cache
def _words() -> tuple[PhraseSet, frozenset[str]]:
    file = config.load(FILE, VerdictsFile)
    return PhraseSet({"verdict": file.verdicts}), frozenset(file.quote_marks)


def verdicts_after_own(doc: Doc, lex: Lexicon, events: list[Event]) -> list[Event]:
    """`events` without an outsider's report, in a later sentence than our own finding,
    whose quoted content is a verdict (「感染確定」「流出はなかった」) on what was found.

    Precision first: only a report word right after 「…と Xから」, and only after a finding
    of our own said first; a report that tells what happened (「…が流出したと委託先から
    連絡」) still says who told.
    """
    own = [at for at, kind in events if kind is Detection.SELF]
    if not own or all(kind is Detection.SELF for _, kind in events):
        return events
    first_own = doc.sentence_span(min(own))
    reports = {m.start for m in lex.report_words.find(doc) if m.label == "report"}
    return [
        (at, kind)
        for at, kind in events
        if kind is Detection.SELF
        or at not in reports
        or doc.sentence_span(at) == first_own
        or at < min(own)
        or not _verdict_quoted(doc, at)
    ]


def _verdict_quoted(doc: Doc, report: int) -> bool:
    """The report word at `report` follows 「…と Xから」, and what is quoted holds a verdict."""
    verdicts, marks = _words()
    tokens = doc.tokens
    first, _ = doc.sentence_span(report)
    k = report - 1
    if k <= first or tokens[k].surface not in ("から", "より"):
        return False
    i = k
    while i > first and k - i < _REPORTER_REACH and tokens[i - 1].pos1 in ("名詞", "接尾辞"):
        i -= 1
    if i == k or i - 1 <= first or tokens[i - 1].surface not in marks:
        return False
    return verdicts.contains(doc, first, i - 1)
