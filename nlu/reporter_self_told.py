"""One of us telling (`detection` self): a device's user declaring what happened on it
(「営業部のPCで…と本人から申告」), a staff member telling of their own slip as 本人
(「設計担当がUSBを落としたと本人から申告」) or of a loss they suffered told in a later sentence
(「職員の自宅に空き巣が…。本人から電話」), staff declaring it to an internal unit
(「情シスに自己申告がありました」); and one of us passing on an outsider's report, which
stays the outsider's (「取引先から社長に連絡があり、社長に言われて気づいた」)."""

from __future__ import annotations

from typing import Final

from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.reporter_context import devices_user
from nlu.reporter_parties import to_our_own
from nlu.reporter_sources import NOUNS, passive_report
from nlu.reporter_staff import ours

Event = tuple[int, Detection]
# The declaring noun (lemma): 申告 is said of oneself, or of the device one uses.
_DECLARING: Final = "申告"
# 「情シスに自己申告」: the declaring noun said to be of oneself.
_OF_ONESELF: Final = frozenset({"自己"})
# 「本人たちから」: the plural of a bare 本人 (surface forms).
_PLURALS: Final = frozenset({"たち", "達", "ら"})
# 「設計担当が」「経理担当が」: a job named by what one is in charge of (surface form).
_JOB: Final = "担当"
# The incident cue label of a loss or a theft.
_LOSS: Final = "lost_or_stolen"
# The words between our staff and its が or は (「社員15人のうち3人が」).
_SUBJECT_REACH: Final = 8


def staff_himself(doc: Doc, reporter: Match, every: list[Match], lex: Lexicon) -> bool:
    """「設計担当がUSBを落としたと本人から申告」「社員3人が添付を開いたと本人たちから連絡」:
    a bare 本人 (not ご本人, 顧客本人) telling us news quoted before it whose subject is one of
    our staff is that staff member: self.

    With anyone else named before it in its sentence (「社員が…お客さんの写真を載せたと本人から
    苦情」), 本人 may be that person, so nothing is read here.
    """
    tokens = doc.tokens
    start, end = reporter.start, reporter.end
    if "".join(t.surface for t in tokens[start:end]) not in lex.frames.own_person:
        return False
    if start < 2 or tokens[start - 1].surface in ("ご", "御") or tokens[start - 1].pos1 == "名詞":
        return False
    if end < len(tokens) and tokens[end].surface in _PLURALS:
        end += 1
    if end >= len(tokens) or tokens[end].surface not in ("から", "より"):
        return False
    quote = start - 1 if tokens[start - 1].surface not in ("、", ",") else start - 2
    written = doc.text[max(0, tokens[quote].end - 2) : tokens[quote].end]
    if tokens[quote].surface != "と" and written != "って":
        return False
    # Said as a staff member tells (連絡, 報告, 申告), not as an outsider does (苦情, クレーム).
    if not any(t.lemma in lex.staff_reports for t in tokens[end + 1 : end + 4]):
        return False
    first, _ = doc.sentence_span(start)
    if any(first <= r.start < start for r in every if r is not reporter):
        return False
    jobs = [
        Match(k, k + 1, "job")
        for k in range(first + 1, quote)
        if tokens[k].surface == _JOB and tokens[k - 1].pos1 in NOUNS
    ]
    for staff in [*lex.staff.find(doc, first, quote), *jobs]:
        i = staff.end
        while i < min(quote, staff.end + _SUBJECT_REACH) and (
            tokens[i].pos1 in NOUNS or tokens[i].surface == "の"
        ):
            i += 1
        if tokens[i].surface in ("が", "は") and ours(doc, staff, every, lex):
            return True
    return False


def lost_by_staff(doc: Doc, reporter: Match, every: list[Match], lex: Lexicon) -> bool:
    """「職員の自宅に空き巣が入り、…ケース記録が盗まれました。本人から今朝電話がありました」:
    a bare 本人 opening a later sentence, telling as staff tell (電話, 連絡, 報告), after one
    of our staff was named before a loss or theft in an earlier sentence, is that staff
    member: the data's subjects know nothing of a loss until told.

    Not 「ご本人」「顧客本人」, nor with anyone else named before it in its sentence.
    """
    tokens = doc.tokens
    start, end = reporter.start, reporter.end
    if "".join(t.surface for t in tokens[start:end]) not in lex.frames.own_person:
        return False
    if start and (
        tokens[start - 1].surface in ("ご", "御", "の") or tokens[start - 1].pos1 in NOUNS
    ):
        return False  # 「ご本人」「顧客本人」「患者様の本人」: a data subject
    if end >= len(tokens) or tokens[end].surface not in ("から", "より"):
        return False
    if not any(t.lemma in lex.staff_reports for t in tokens[end + 1 : end + 4]):
        return False  # 「本人から苦情」: as an outsider complains
    first, _ = doc.sentence_span(start)
    if first == 0 or any(first <= r.start < start for r in every if r is not reporter):
        return False
    for cue in lex.incident_cues.find(doc, 0, first):
        if cue.label != _LOSS:
            continue
        lo, _ = doc.sentence_span(cue.start)
        if any(ours(doc, staff, every, lex) for staff in lex.staff.find(doc, lo, cue.start)):
            return True
    return False


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
            user = next((r for r in every if r.end in (i - 1, i - 2)), None)
            if user is not None and (
                devices_user(doc, user, every, lex.frames.own_person)
                or staff_himself(doc, user, every, lex)
            ):
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
