"""One of us telling (`detection` self): a device's user declaring what happened on it
(「営業部のPCで…と本人から申告」), staff declaring it to an internal unit (「情シスに自己申告
がありました」); and one of us passing on an outsider's report, which stays the outsider's
(「取引先から社長に連絡があり、社長に言われて気づいた」)."""

from __future__ import annotations

from typing import Final

from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.reporter_context import devices_user
from nlu.reporter_parties import to_our_own
from nlu.reporter_sources import passive_report

Event = tuple[int, Detection]
# The declaring noun (lemma): 申告 is said of oneself, or of the device one uses.
_DECLARING: Final = "申告"
# 「情シスに自己申告」: the declaring noun said to be of oneself.
_OF_ONESELF: Final = frozenset({"自己"})


def declared_by_us(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """「PCで…と本人から申告」「社員が…と、情シスに自己申告がありました」: self.

    A 申告 from 本人 counts only when 本人 is the user of a device of ours named before
    (a data subject's 申告 says nothing of who); a 自己申告 only when made to one of our own
    units or people, with no outsider named before it in its sentence.
    """
    tokens = doc.tokens
    found: list[Event] = []
    if _DECLARING not in doc.lemma_set():
        return found  # every declaration below is at the word
    for i, token in enumerate(tokens):
        if token.lemma != _DECLARING:
            continue
        if i >= 2 and tokens[i - 1].surface in ("から", "より"):
            user = next((r for r in every if r.end == i - 1), None)
            if user is not None and devices_user(doc, user, every, lex.frames.own_person):
                found.append((i, Detection.SELF))
            continue
        if i >= 1 and tokens[i - 1].surface in _OF_ONESELF and to_our_own(doc, i - 1):
            first, _ = doc.sentence_span(i)
            if not any(first <= r.start < i for r in every):
                found.append((i, Detection.SELF))
    return found


def passed_on(doc: Doc, lex: Lexicon, events: list[Event]) -> list[Event]:
    """`events` without one of us passing on what an outsider reported in the message.

    「取引先から社長に連絡があり、社長に言われて気づいた」: being told by our own president
    (a report said passively, made to one of us) is self only when nobody outside is read
    as telling; with an outsider's report, that report is how the company learnt of it.
    """
    if not any(kind is not Detection.SELF for _, kind in events):
        return events
    relays = {
        m.start
        for m in lex.report_words.find(doc)
        if m.label == "report" and passive_report(doc, m, lex) and to_our_own(doc, m.start)
    }
    return [e for e in events if not (e[1] is Detection.SELF and e[0] in relays)]
