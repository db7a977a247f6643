"""Reporters named inside what a report says, not as its teller (`detection`).

「IPAから、当社の情報が外部から閲覧可能な状態にある旨の連絡を受け」: the report quotes its
content (旨の, との, と), and the teller stands before it, its から set off by a comma. A party
named between that comma and the quoting words (外部, お客様) is part of what was said.
"""

from __future__ import annotations

from typing import Final

from nlu.doc import Doc
from nlu.phrases import Match
from nlu.reporter_sources import REPORTER_TAIL, quotes_its_content

_FROM: Final = frozenset({"から", "より"})
_COMMAS: Final = frozenset({"、", ",", "，"})


def in_reported_content(doc: Doc, before: list[Match], report: Match) -> list[Match]:
    """The reporters of `before` (named before `report`) that lie in the report's content.

    Only after a teller whose から or より is set off by a comma, and only when the report
    quotes what it said; otherwise none.
    """
    if not quotes_its_content(doc, report):
        return []
    teller = next((i for i, r in enumerate(before) if _set_off(doc, r, report.start)), None)
    if teller is None:
        return []
    return before[teller + 1 :]


def _set_off(doc: Doc, reporter: Match, report: int) -> bool:
    """「IPAから、」「情報処理推進機構（IPA）より、」: the reporter's own particle, then a comma."""
    tokens = doc.tokens
    last = min(reporter.end + REPORTER_TAIL, report - 1)
    at = next((i for i in range(reporter.end, last) if tokens[i].surface in _FROM), None)
    return at is not None and at + 1 < report and tokens[at + 1].surface in _COMMAS
