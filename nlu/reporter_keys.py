"""Who found it, named by a key or a cleft (`detection`).

A key and its value (「検知:自社(情シス)」「通報元：取引先」) and a cleft (「最初に気付いたのは
監視会社」) name the finder; the value may be a call or a mail from a party (「判明経緯:誤って
届いた事業所からの電話」).
"""

from __future__ import annotations

from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import negations
from nlu.reporter_frames import NAME_REACH, OPENING, Event, Kind
from nlu.reporter_parties import names_a_party, writer_itself
from nlu.reporter_roles import role_person

# A key's value, or what a cleft names, is this many words at most (「自社(外部通報なし)」).
_VALUE_LENGTH = 10
_CLEFT_VALUE = 6
# ... or, when it describes the party whose call or mail it names, this many.
_CHANNEL_VALUE = 16


def keyed_finders(doc: Doc, lex: Lexicon, every: list[Match], kind_of: Kind) -> list[Event]:
    """「検知:自社(情シス)」「detection=自社EDR」「通報元は取引先」: a key naming the finder.

    The value is short and states nothing more (no verb: 「検知は監視会社に任せている」
    says how monitoring is arranged, not who found this).
    """
    found = []
    for key, lo, hi in key_values(doc, lex):
        kind = _value_kind(doc, lo, hi, lex, every, kind_of)
        if kind is None and _sent_by_channel(doc, lo, hi, lex) is not None:
            kind = Detection.THIRD_PARTY  # 「判明経緯:誤って届いた事業所からの電話」
        if kind is not None:
            found.append((key, kind))
    return found


def _sent_by_channel(doc: Doc, lo: int, hi: int, lex: Lexicon) -> int | None:
    """「誤って届いた事業所からの電話」: a value that ends in a call or a mail from a party
    no reporter word names, and not one of us; the から's index, or None.

    The words before the party may hold a clause describing it (a verb), since the value
    ends in the channel: 「監視会社に任せている」 ends in its verb and is no such value.
    """
    tokens = doc.tokens
    end = hi
    while end > lo and tokens[end - 1].pos1 in ("補助記号", "空白"):
        end -= 1
    channel = end - 1
    if channel - 2 <= lo or tokens[channel].lemma not in lex.frames.channels:
        return None
    at = channel - 1
    if tokens[at].pos1 == "接頭辞":
        at -= 1  # 「からのお電話」
    if tokens[at].surface != "の" or tokens[at - 1].surface not in ("から", "より"):
        return None
    source = at - 1
    if not names_a_party(doc, source) or writer_itself(doc, source, lex.addressee_heads):
        return None
    near = max(lo, source - NAME_REACH)
    if lex.own.contains(doc, near, source) or lex.internal.contains(doc, near, source):
        return None  # 「上司からの電話」「社内からのメール」: one of us
    return source


def key_values(doc: Doc, lex: Lexicon) -> list[tuple[int, int, int]]:
    """Each key naming the finder that has a value: (the key's start, the value's span)."""
    values = []
    frames = lex.frames
    for key in frames.keys.find(doc):
        at = key.end
        if at >= len(doc.tokens) or doc.tokens[at].surface not in frames.separators:
            continue
        lo = at + 1
        if (
            doc.tokens[at].surface == "は"
            and lo < len(doc.tokens)
            and doc.tokens[lo].surface == "、"
        ):
            lo += 1  # 「発見のきっかけは、警察からの連絡でした」: a pause after the topic
        if lo >= len(doc.tokens) or doc.sentence_of[lo] != doc.sentence_of[at]:
            continue
        hi = min(doc.clause_end(lo), lo + _VALUE_LENGTH)
        # A gloss in brackets (「自社(外部通報なし)」) only confirms the value.
        close = next((i for i in range(lo, hi) if doc.tokens[i].surface in OPENING), hi)
        if negations(doc, lo, close, lex) % 2:
            continue
        if any(t.pos1 == "動詞" for t in doc.tokens[lo:close]):
            # 「判明経緯:宛名違いに気づいた会員様からのお電話」: a clause on the party, then
            # the channel that ends the value; else (「検知は監視会社に任せている」) how it
            # is arranged, not who found it.
            hi = min(doc.clause_end(lo), lo + _CHANNEL_VALUE)
            if _sent_by_channel(doc, lo, hi, lex) is None:
                continue
        values.append((key.start, lo, hi))
    return values


def cleft_finders(doc: Doc, lex: Lexicon, every: list[Match], kind_of: Kind) -> list[Event]:
    """「最初に気付いたのは監視会社(SOC)」「見つけたのは情シス」: the one a cleft names."""
    found: list[Event] = []
    tokens = doc.tokens
    if "の" not in doc.surface_set() or "は" not in doc.surface_set():
        return found  # no cleft (「…たのは」) is written
    for j in range(2, len(tokens) - 2):
        if tokens[j].surface != "の" or tokens[j + 1].surface != "は":
            continue
        if tokens[j - 1].lemma != "た":
            continue
        lo = max(doc.clause_start(j), j - 5)
        verb = next((i for i in range(lo, j) if _cleft_head(doc, i, j, lex)), None)
        if verb is None:
            continue
        start = j + 2
        hi = min(doc.clause_end(start), start + _CLEFT_VALUE)
        if negations(doc, start, hi, lex) % 2:
            continue  # 「気付いたのは当社ではなく」: only who did not
        # 「見つけたのは取引先のメールでした」 names what was found, not who.
        kind = _value_kind(doc, start, hi, lex, every, kind_of, thing_ok=False)
        if kind is None and _sent_from_a_party(doc, start, hi, lex):
            kind = Detection.THIRD_PARTY
        if kind is not None:
            found.append((verb, kind))
    return found


def _sent_from_a_party(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「気づいたのは寄付者さんからのメールです」: the cleft names a call, a mail or a report
    from someone outside whom no reporter word names; not from an attacker (「攻撃者を名乗る
    者からのメール」), nor one of us (read before this)."""
    tokens = doc.tokens
    for k in range(lo + 1, hi - 2):
        if tokens[k].surface not in ("から", "より") or tokens[k + 1].surface != "の":
            continue
        if not names_a_party(doc, k) or any(m.end == k for m in lex.attackers.find(doc)):
            continue
        at = k + 2
        if tokens[at].pos1 == "接頭辞" and at + 1 < len(tokens):
            at += 1  # お電話, ご連絡
        if tokens[at].lemma in lex.frames.channels or any(
            m.start == at and m.label == "report" for m in lex.report_words.find(doc)
        ):
            return True
    return False


def _cleft_head(doc: Doc, i: int, cleft: int, lex: Lexicon) -> bool:
    """A finding at `i` before the cleft's の, or a report received (「連絡してきた」)."""
    frames, lemma = lex.frames, doc.tokens[i].lemma
    if lemma in frames.cleft_verbs:
        return True
    return lemma in frames.cleft_reports and any(
        t.lemma in frames.cleft_received for t in doc.tokens[i + 1 : cleft]
    )


def _qualifies_a_thing(doc: Doc, reporter: Match, every: list[Match], lex: Lexicon) -> bool:
    """「取引先のメール」: the reporter qualifies a thing; 「委託先のSOC」「取引先の担当者」
    name a party."""
    at = reporter.end
    if at + 1 >= len(doc.tokens) or doc.tokens[at].surface != "の":
        return False
    party = [*every, *lex.staff.find(doc, at + 1, len(doc.tokens))]
    return not any(r.start == at + 1 for r in party)


def _value_kind(
    doc: Doc,
    lo: int,
    hi: int,
    lex: Lexicon,
    every: list[Match],
    kind_of: Kind,
    thing_ok: bool = True,
) -> Detection | None:
    """Who a short value names: one of us anywhere in it, unless an outsider's
    (「委託先の情シス」); else the first reporter in it (not one that qualifies a thing,
    「取引先のメール」, unless `thing_ok`)."""
    named = [r for r in every if lo <= r.start < hi]
    selves = [
        *lex.frames.self_values.find(doc, lo, hi),
        *lex.own.find(doc, lo, hi),
        *lex.staff.find(doc, lo, hi),
    ]
    for mine in selves:
        before = mine.start - 1
        if (
            before >= lo
            and doc.tokens[before].surface == "の"
            and any(r.end == before for r in named)
        ):
            continue
        if (
            before >= 0
            and doc.tokens[before].pos1 == "接頭辞"
            and not role_person(doc, before, mine.end)
        ):
            continue  # 「ご本人」「ご自身」 honour someone else, 「院長ご本人」 one of us
        return Detection.SELF
    heads = [r for r in named if thing_ok or not _qualifies_a_thing(doc, r, every, lex)]
    return kind_of(heads[0]) if heads else None


# A key naming the reporter: 「通報元：取引先」「発覚経緯：A社からの報告」.
_KEY_SUFFIXES = frozenset({"元", "者", "経路"})


def labelled_reporter(doc: Doc, end: int, every: list[Match]) -> Match | None:
    """「検知：監視会社」「通報元：取引先」: the reporter a key names as its value."""
    i = end
    if i < len(doc.tokens) and doc.tokens[i].surface in _KEY_SUFFIXES:
        i += 1
    if i >= len(doc.tokens) or doc.tokens[i].surface not in (":", "："):
        return None
    return next((r for r in every if i < r.start <= i + 2), None)
