"""A report that revealed the incident, told by the subject of the report (`detection`):
「隣席にいた派遣先企業の社員が同社に連絡して発覚した」「その人が病院に電話してきて発覚」.

With nobody named before から, the teller is the one before the report's が. Words in
`config/nlu_reporter_revealed.toml`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.mentions import noun_phrase_start
from nlu.phrases import Match
from nlu.reporter_parties import outside_organisations
from nlu.reporter_staff import former, ours

FILE: Final = "nlu_reporter_revealed.toml"
# Words between the report word and 発覚 (「電話してきて発覚」「連絡したことで判明」).
_JOINT_REACH: Final = 5
# Words between the teller's が and the report word (「同社の町議会事務局に連絡」).
_ADDRESSEE_REACH: Final = 8


class RevealedFile(config.Schema):
    """`config/nlu_reporter_revealed.toml`."""

    joints: NonEmptyWords
    revealing: NonEmptyWords
    person_heads: NonEmptyWords


@cache
def _words() -> RevealedFile:
    return config.load(FILE, RevealedFile)


def revealed_by(
    doc: Doc, lex: Lexicon, every: list[Match], kind_of: Callable[[Match], Detection]
) -> list[tuple[int, Detection]]:
    """「客の1人が町議会事務局に連絡し、発覚した」: the subject of a report that brought the
    incident to light told the company; a third party unless a reporter word says more.

    Our own staff (「社員が上司に報告して発覚」) are left to `nlu.reporter_staff`.
    """
    found = []
    for report in lex.report_words.find(doc):
        if report.label != "report" or not _reveals(doc, report.end):
            continue
        subject = _subject(doc, report.start)
        if subject is None:
            continue
        lo = noun_phrase_start(doc, subject, doc.sentence_span(subject)[0])
        if lo == subject:
            continue
        kind = _teller(doc, lex, every, kind_of, lo, subject)
        if kind is not None:
            found.append((report.start, kind))
    return found


def _reveals(doc: Doc, end: int) -> bool:
    """The report word ending at `end` is joined to 発覚 or 判明 right after it."""
    words = _words()
    tokens = doc.tokens
    _, last = doc.sentence_span(end - 1)
    for i in range(end, min(end + _JOINT_REACH, last)):
        if tokens[i].lemma in words.revealing:
            return i > end
        if tokens[i].lemma not in words.joints and tokens[i].surface not in words.joints:
            return False
    return False


def _subject(doc: Doc, report: int) -> int | None:
    """The が before the report word at `report` that is its subject: no verb between."""
    first, _ = doc.sentence_span(report)
    for i in range(report - 1, max(first, report - _ADDRESSEE_REACH) - 1, -1):
        token = doc.tokens[i]
        if token.pos1 in ("動詞", "助動詞", "形容詞") or token.surface in ("、", ","):
            return None
        if token.surface == "が" and token.pos1 == "助詞":
            return i
    return None


def _teller(
    doc: Doc,
    lex: Lexicon,
    every: list[Match],
    kind_of: Callable[[Match], Detection],
    lo: int,
    hi: int,
) -> Detection | None:
    """Who the noun phrase tokens[lo:hi] names as the teller, when it names one outside."""
    if lex.attackers.contains(doc, lo, hi) or lex.own.contains(doc, lo, hi):
        return None
    named = [r for r in every if lo <= r.start and r.end <= hi]
    if named:
        return kind_of(named[-1])
    staff = [m for m in lex.staff.find(doc) if lo <= m.start and m.end <= hi]
    if staff:
        outsider = former(doc, staff[-1]) or not ours(doc, staff[-1], every, lex)
        return Detection.THIRD_PARTY if outsider else None
    if lex.internal.contains(doc, lo, hi):
        return None
    head = doc.tokens[hi - 1]
    name = "".join(t.surface for t in doc.tokens[lo:hi])
    if head.lemma in _words().person_heads or name.endswith(outside_organisations()):
        return Detection.THIRD_PARTY
    return None
