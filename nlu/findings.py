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
from nlu.reporter_kinds import CATEGORY, plain_self
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
    loss_lemmas: Words
    quoted_channels: Words
    own_devices: Words


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
        if _being_told(doc, match, lex) or _quoted_message(doc, match):
            continue
        finder = _found_for_us(doc, match, reporters)
        if _their_own_found(doc, match, lex):
            found.append((match.start, Detection.THIRD_PARTY))
        elif finder is not None:
            found.append((match.start, CATEGORY[finder.label]))
        elif not _outsider_acts(doc, match, reporters, lex):
            found.append((match.start, Detection.SELF))
    return found or _seen_on_arrival(doc, reporters)


def _found_for_us(doc: Doc, match: Match, reporters: list[Match]) -> Match | None:
    """「保守業者さんが不審なログを見つけてくれました」: an outsider, the subject before the
    finding, found it for us (てくれる, てくださる): it told us, so it is who made us aware.

    Without the favour (「保守業者が異常に気づいた」) the outsider noticing says nothing of
    whether, or how, the company was told.
    """
    after = doc.tokens[match.end : match.end + 3]
    if not (after and after[0].surface in ("て", "で") and after[1:2]):
        return None
    if after[1].lemma not in _FAVOURS:
        return None
    first, _ = doc.sentence_span(match.start)
    subjects = [
        r
        for r in reporters
        if first <= r.start < match.start
        and r.label in _OUTSIDE
        and _subject_particle(doc, r.end) is not None
        and not _predicate_between(doc, _subject_particle(doc, r.end) or r.end, match.start)
    ]
    return subjects[-1] if subjects else None


def outsider_subject(
    doc: Doc, reporters: list[Match], at: int, leading: frozenset[str]
) -> Match | None:
    """The last outsider that is the subject (が, は) of the act at `at` in its sentence, with
    no verb between but those in `leading` (lemmas: 「気づいて教えて」).
    """
    first, _ = doc.sentence_span(at)
    for r in reversed(reporters):
        if not first <= r.start < at or r.label not in _OUTSIDE:
            continue
        particle = _subject_particle(doc, r.end)
        if particle is None or particle >= at:
            continue
        between = doc.tokens[particle + 1 : at]
        # 「取引先が来社し、社員が気づいて」: another verb, or another subject, between.
        if all(
            (t.pos1 != "動詞" or t.lemma in leading) and t.surface not in _SUBJECT for t in between
        ):
            return r
        return None
    return None


# The favours done to the one who speaks: 「見つけてくれた」「気づいてくださった」.
_FAVOURS = frozenset({"呉れる", "下さる"})
_HONORIFICS = frozenset({"さん", "様", "さま"})


def _subject_particle(doc: Doc, end: int) -> int | None:
    """Where the が or は after a party ending at `end` stands: past its person (「取引先の
    担当者さんが」) or a polite 「さん」「様」, or 「において」 (「監視サービスにおいて」)."""
    tokens = doc.tokens
    i = end
    if i < len(tokens) and tokens[i].surface == "の":
        k = i + 1
        while k < len(tokens) and k - i <= _PERSON_REACH and tokens[k].pos1 in ("名詞", "接尾辞"):
            k += 1
        i = k if k > i + 1 else i
    i += i < len(tokens) and tokens[i].surface in _HONORIFICS
    if i >= len(tokens):
        return None
    if tokens[i].surface == "に" and i + 1 < len(tokens) and tokens[i + 1].lemma == "於く":
        return i
    return i if tokens[i].surface in _SUBJECT else None


# Words of the person named after a party (「取引先の担当者」「委託先の方」).
_PERSON_REACH: Final = 3


def _predicate_between(doc: Doc, lo: int, hi: int) -> bool:
    """A verb between `lo` and `hi`: the subject's own predicate comes before the finding."""
    return any(t.pos1 == "動詞" for t in doc.tokens[lo:hi])


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


def _quoted_message(doc: Doc, match: Match) -> bool:
    """「Amazonから『不正ログインを検知しました』とメールが来た」: the finding is the words of
    a message quoted, someone else's, no finding of ours (a warning shown, 「…と表示」, is
    left to the alarm words)."""
    words = _words()
    tokens = doc.tokens
    first, last = doc.sentence_span(match.start)
    if not any(t.surface in ("「", "『") for t in tokens[first : match.start]):
        return False
    close = next((k for k in range(match.end, last) if tokens[k].surface in ("」", "』")), None)
    if close is None or close + 2 >= len(tokens) or tokens[close + 1].surface not in ("と", "って"):
        return False
    return tokens[close + 2].lemma in words.quoted_channels


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
    """「朝来たら画面に脅迫文が出てて」「私のPCの画面に脅迫文が出てきて」: one of us saw it on
    coming in, or on the writer's own machine (config `arrivals`, `own_devices`)."""
    words = _words()
    # Each sentence's text is part of the message's: an arrival word not in the message
    # is in none of them, and most messages have none.
    cues = [cue for cue in (*words.arrivals, *words.own_devices) if cue in doc.text]
    if not cues:
        return []
    for first, last in doc.sentences():
        if any(first <= r.start < last for r in reporters):
            continue
        end = doc.tokens[last - 1]
        lo = doc.tokens[first].start
        text = doc.text[lo : end.start + len(end.surface)]
        for arrival in cues:
            at = text.find(arrival)
            if at >= 0 and any(w in text[at + len(arrival) :] for w in words.sightings):
                return [(doc.token_at(lo + at), Detection.SELF)]
    return []


def _recovered(doc: Doc, match: Match) -> bool:
    """「端末が発見されました」「USBメモリを見つけた」: what was found is the lost thing itself,
    which turned up again; that says nothing of how the loss came to light."""
    i = _past_place(doc, match.start - 1)
    if i < 1 or doc.tokens[i].surface not in _FOUND:
        return False
    j = i
    while j > 0 and i - j < _THING_REACH and doc.tokens[j - 1].pos1 in ("名詞", "接尾辞"):
        j -= 1
    name = "".join(t.surface for t in doc.tokens[j:i]).casefold()
    if not name:
        return False
    return name.endswith(_recovered_things()) or doc.tokens[i - 1].surface in _lost_things(doc)


def _lost_things(doc: Doc) -> frozenset[str]:
    """「ファイルを紛失」「書類を置き忘れ」: the things the message says were lost (the noun
    before を or が and a loss verb), so that their turning up is read as their recovery."""
    losses = _words().loss_lemmas
    tokens = doc.tokens
    return frozenset(
        tokens[k - 2].surface
        for k in range(2, len(tokens))
        if tokens[k].lemma in losses
        and tokens[k - 1].surface in ("を", "が")
        and tokens[k - 2].pos1 == "名詞"
    )


def _past_place(doc: Doc, i: int) -> int:
    """「ファイルは駐車場の植え込みで発見され」: past the place it turned up (nouns and の,
    then で at `i`), the particle before it; `i` when no place is said there."""
    if i < 1 or doc.tokens[i].surface not in ("で", "にて"):
        return i
    k = i - 1
    while (
        k > 0
        and i - k <= _PLACE_REACH
        and (doc.tokens[k].pos1 in ("名詞", "接尾辞", "接頭辞") or doc.tokens[k].surface == "の")
    ):
        k -= 1
    return k if k < i - 1 and doc.tokens[k].surface in ("は", "が") else i


# Words a place it turned up in may take (「当院駐車場の植え込み」).
_PLACE_REACH: Final = 8


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
        and _subject_particle(doc, r.end) is not None
        and r.start not in staff_ends
        and not lex.own.contains(doc, max(first, r.start - 2), r.start)
        and not plain_self(doc, r, lex)
        for r in reporters
    )
