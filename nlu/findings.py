"""Who noticed, when nobody is said to have told the company (`detection`, weak cues).

A bare 「気づいた」「見つけた」 is the company's own finding (self) only when no outsider
stands as a subject in its sentence (「異常に気づき、システム会社が調べたところ」 leaves the
one who noticed unsaid), and a finding of one's own photo or work (「私の顔写真が載って
いるのを見つけ」) is the person shown or the author: a third party.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import Words
from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import negations, scope_after
from nlu.reporter_staff import before_reason

FILE: Final = "nlu_findings.toml"
# The particles that make the word before them a subject: 「システム会社が」「委託先は」.
_SUBJECT = frozenset({"が", "は"})
# The particles that make the noun before a finding what was found (or its subject).
_FOUND = frozenset({"が", "を", "は"})
# Lemmas that may tell of a lost thing turning up (not 「気づく」).
_RECOVERY_LEMMAS = frozenset({"発見", "見付ける", "見つける", "見付かる"})
# Words of the noun phrase before such a particle that the ending is looked for in.
_THING_REACH = 4
# Tokens a report may stand before the finding it prompted (「連絡をもらって初めて気づいた」).
_JOINT_REACH = 12


class FindingsFile(config.Schema):
    """`config/nlu_findings.toml`."""

    recovered_things: Words
    arrivals: Words
    sightings: Words
    own_signals: Words
    told_joints: Words


@cache
def _words() -> FindingsFile:
    # Loaded once: `config.load` copies and validates the file on every call.
    return config.load(FILE, FindingsFile)


@cache
def _recovered_things() -> tuple[str, ...]:
    return tuple(word.casefold() for word in _words().recovered_things)


# The labels of reporters that are outsiders when they act (a public body may be the
# company itself: 「市は…に気づき」).
_OUTSIDE = frozenset({"security", "network", "third_party"})


def weak_findings(doc: Doc, lex: Lexicon, reporters: list[Match]) -> list[tuple[int, Detection]]:
    """「…に気づき」「…を見つけ」 with no report: self, third party, or nothing said.

    `reporters` are every reporter named in the message that is not the company itself.
    """
    found = []
    matches = lex.self_weak.find(doc)
    # 「(発見のご報告)…端末が発見されました」: once the lost thing is said to have turned up,
    # a bare finding beside it is that same recovery. A scan of every token, so only
    # made when there is a finding to weigh.
    turned_up = bool(matches) and any(
        t.lemma in _RECOVERY_LEMMAS and _recovered(doc, Match(i, i + 1, "found"))
        for i, t in enumerate(doc.tokens)
    )
    for match in matches:
        if turned_up and doc.tokens[match.start].lemma in _RECOVERY_LEMMAS:
            continue
        lo, hi = scope_after(doc, match.end, extend=False)
        if (
            negations(doc, lo, before_reason(doc, lo, hi), lex) % 2
            or _asked(doc, match.end)
            or _supposed(doc, match.end)
        ):
            continue
        if _being_told(doc, match, lex):
            continue
        if _their_own_found(doc, match, lex):
            found.append((match.start, Detection.THIRD_PARTY))
        elif not _outsider_acts(doc, match, reporters, lex):
            found.append((match.start, Detection.SELF))
    return found or _seen_on_arrival(doc, reporters)


def _being_told(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「上司から連絡があって気づいた」: the finding at `match` follows a report received in its
    sentence (config `told_joints` between), so it is no finding of one's own."""
    words = _words()
    first, _ = doc.sentence_span(match.start)
    for report in lex.report_words.find(doc, first, match.start):
        if report.label != "report" or match.start - report.end > _JOINT_REACH:
            continue
        said = doc.tokens[report.start : report.end]
        if any(t.lemma in words.own_signals or t.surface in words.own_signals for t in said):
            continue
        gap = doc.tokens[report.end : _noticed_start(doc, report.end, match.start)]
        if all(t.surface in words.told_joints for t in gap):
            return True
    return False


def _noticed_start(doc: Doc, lo: int, at: int) -> int:
    """Where 「誤送信に」「異常を」, what was noticed right before the finding at `at`, starts
    (no later than `lo`); `at` when there is none."""
    if at - 1 <= lo or doc.tokens[at - 1].surface not in ("に", "を"):
        return at
    i = at - 1
    while i > lo and doc.tokens[i - 1].pos1 in ("名詞", "接尾辞", "接頭辞"):
        i -= 1
    return i if i < at - 1 else at


def _seen_on_arrival(doc: Doc, reporters: list[Match]) -> list[tuple[int, Detection]]:
    """「朝来たら画面に脅迫文が出てて」: one of us saw it on coming in (config `arrivals`)."""
    words = _words()
    # Each sentence's text is part of the message's: an arrival word not in the message
    # is in none of them, and most messages have none.
    if not any(arrival in doc.text for arrival in words.arrivals):
        return []
    for first, last in doc.sentences():
        if any(first <= r.start < last for r in reporters):
            continue
        end = doc.tokens[last - 1]
        lo = doc.tokens[first].start
        text = doc.text[lo : end.start + len(end.surface)]
        for arrival in words.arrivals:
            at = text.find(arrival)
            if at >= 0 and any(w in text[at + len(arrival) :] for w in words.sightings):
                return [(doc.token_at(lo + at), Detection.SELF)]
    return []


def _recovered(doc: Doc, match: Match) -> bool:
    """「端末が発見されました」「USBメモリを見つけた」: what was found is the lost thing itself,
    which turned up again; that says nothing of how the loss came to light."""
    i = match.start - 1
    if i < 1 or doc.tokens[i].surface not in _FOUND:
        return False
    j = i
    while j > 0 and i - j < _THING_REACH and doc.tokens[j - 1].pos1 in ("名詞", "接尾辞"):
        j -= 1
    name = "".join(t.surface for t in doc.tokens[j:i]).casefold()
    return bool(name) and name.endswith(_recovered_things())


def _supposed(doc: Doc, end: int) -> bool:
    """「誤送信に気づいた場合は」: a finding supposed, as in a notice's advice, found nothing."""
    for token in doc.tokens[end : end + 4]:
        if token.lemma == "場合":
            return True
        if token.pos1 not in ("助動詞", "動詞") and token.surface != "て":
            return False
    return False


def _asked(doc: Doc, end: int) -> bool:
    """「誰が最初に気付いたかはまだ確認中です」: who noticed is asked, not said.

    A question particle か right after the finding (past its た), before anything else.
    """
    for token in doc.tokens[end : end + 4]:
        if token.surface == "か" and token.pos1 == "助詞":
            return True
        if token.pos1 not in ("助動詞", "動詞") and token.surface not in ("の", "ん"):
            return False  # 「気づいたのか」「見つけたんかは」 ask too
    return False


def _their_own_found(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「私の顔写真が載っているのを見つけ」: the finder found their own photo or work."""
    first, _ = doc.sentence_span(match.start)
    mine = [
        i + 2
        for i in range(first, match.start - 2)
        if doc.tokens[i].surface in lex.first_person and doc.tokens[i + 1].surface == "の"
    ]
    return any(m.start in mine and m.end <= match.start for m in lex.own_data.find(doc))


def _outsider_acts(doc: Doc, match: Match, reporters: list[Match], lex: Lexicon) -> bool:
    """「異常に気づき、システム会社が調べた」「保守業者が異常に気づいた」: an outsider is a
    subject in the sentence, so the company is not (known to be) the one who noticed.

    Not our own staff named with it (「職員本人が」).
    """
    first, last = doc.sentence_span(match.start)
    staff_ends = {m.end for m in lex.staff.find(doc)}
    return any(
        first <= r.start
        and r.end < last
        and r.label in _OUTSIDE
        and doc.tokens[r.end].surface in _SUBJECT
        and r.start not in staff_ends
        and not lex.own.contains(doc, max(first, r.start - 2), r.start)
        and not _plain_self(doc, r, lex)
        for r in reporters
    )


def _plain_self(doc: Doc, reporter: Match, lex: Lexicon) -> bool:
    """「本人が紛失に気づき」: the one who lost it, not 「ご本人」 (a data subject)."""
    words = doc.tokens[reporter.start : reporter.end]
    if "".join(t.surface for t in words) not in lex.frames.own_person:
        return False
    before = doc.tokens[reporter.start - 1] if reporter.start else None
    after = doc.tokens[reporter.end] if reporter.end < len(doc.tokens) else None
    return (before is None or before.pos1 != "接頭辞") and (after is None or after.pos1 != "接尾辞")
