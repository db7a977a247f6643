"""Who found it, told by the teller of its own news or by a claim (`detection`).

The teller as the subject of the news it reports (「委託先の印刷会社がランサムに感染したって
連絡きました」), and a claim over an infringement (「写ってた元社員から肖像権侵害で請求された」).
"""

from __future__ import annotations

from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.reporter_frames import CLOSING, NAME_REACH, OPENING, Event
from nlu.reporter_parties import (
    our_owners,
    outside_organisations,
    subject_anaphors,
    writer_itself,
)
from nlu.reporter_sources import NOUNS, attack_from
from nlu.reporter_staff import ours
from nlu.reporter_words import the_company


def subject_teller(doc: Doc, report: Match, every: list[Match], lex: Lexicon) -> Match | None:
    """「委託先の印刷会社がランサムに感染して…漏れたって連絡きました」: with nobody named as
    its source, a report received that quotes news whose subject is an outsider was told by
    that outsider (a contractor reporting its own leak)."""
    tokens = doc.tokens
    before = [t.surface for t in tokens[max(0, report.start - 2) : report.start]]
    # 「漏れたかもって連絡」: MeCab may cut って into the word before (かもって → か+もっ+て).
    written = doc.text[max(0, tokens[report.start].start - 2) : tokens[report.start].start]
    if not (before[-1:] == ["と"] or written == "って" or before in (["と", "の"], ["旨", "の"])):
        return None
    if not any(t.lemma in lex.receiving_verbs for t in tokens[report.end : report.end + 3]):
        return None
    first, _ = doc.sentence_span(report.start)
    if any(
        t.surface in ("から", "より") and not attack_from(doc, k, lex)
        for k, t in enumerate(tokens[first : report.start], start=first)
    ):
        return None
    organisation = _organisation_subject(doc, first, report.start, lex)
    for r in every:
        if not first <= r.start < report.start or lex.own.contains(
            doc, max(first, r.start - 2), r.start
        ):
            continue
        if organisation is not None and organisation.start < r.start:
            return organisation
        i = r.end
        while i < min(r.end + 5, report.start) and (
            tokens[i].pos1 in NOUNS or tokens[i].surface == "の"
        ):
            i += 1
        if i < report.start and tokens[i].surface in ("が", "は"):
            return r
        if _taken_up(doc, i, report.start) and lex.incident_cues.contains(doc, i, report.start):
            return r  # 「外部の会社に委託しているのですが、そこがランサムウェアの被害にあって」
        return None  # only the first outsider can be the subject of the news
    return organisation


def _taken_up(doc: Doc, lo: int, hi: int) -> bool:
    """A word taking up the party just named (「そこが」「そちらは」) as the subject of the
    news, between `lo` and the report word at `hi`; the caller asks that the news tell of an
    incident (「そこが今月で廃業すると連絡」 tells none)."""
    tokens = doc.tokens
    names = subject_anaphors()
    return any(
        tokens[k].surface in names and tokens[k + 1].surface in ("が", "は")
        for k in range(lo, hi - 1)
    )


def _named_by_trade(doc: Doc, lo: int, j: int) -> int:
    """「発送代行の会社が」: where the trade naming a bare 会社 or 業者 at `j` starts, past
    its の; `j` when none is said or the words before の are ours (「うちの会社が」)."""
    tokens = doc.tokens
    if j - 2 < lo or tokens[j - 1].surface != "の" or tokens[j - 2].pos1 not in NOUNS:
        return j
    i = j - 1
    while i > lo and j - 1 - i < NAME_REACH and tokens[i - 1].pos1 in NOUNS:
        i -= 1
    return j if tokens[i].surface in our_owners() else i


def _organisation_subject(doc: Doc, lo: int, hi: int, lex: Lexicon) -> Match | None:
    """「その印刷会社がサイバー攻撃を受けて」: a firm that no reporter word names (a noun
    phrase ending in 会社, 業者 …, not ours) as the subject of the news."""
    tokens = doc.tokens
    for k in range(lo + 1, hi):
        if tokens[k].surface not in ("が", "は"):
            continue
        j = k
        while j > lo and k - j < NAME_REACH and tokens[j - 1].pos1 in NOUNS:
            j -= 1
        name = "".join(t.surface for t in tokens[j:k])
        ending = next((e for e in outside_organisations() if name.endswith(e)), None)
        if ending is None:
            continue
        if len(name) == len(ending):
            traded = _named_by_trade(doc, lo, j)
            if traded == j:
                continue
            j = traded
        if lex.own.contains(doc, max(lo, j - 2), k) or any(
            m.start < k and m.end > j for m in lex.staff.find(doc)
        ):
            continue
        return Match(j, k, Detection.THIRD_PARTY.value)
    return None


def infringement_claims(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """「写ってた元社員から肖像権侵害で50万円請求された」: a claim over an infringement, from
    someone outside (not one of us, not a time), is how the company learnt of it."""
    found = []
    tokens = doc.tokens
    staff = lex.staff.find(doc)
    for claim in lex.claim_words.find(doc):
        first, _ = doc.sentence_span(claim.start)
        # 「肖像権の件です。モデルさんから…の請求が来ました」: the infringement named as the
        # topic in the sentence before is the claim's.
        topic = doc.sentence_span(first - 1)[0] if first else first
        if not lex.frames.infringements.contains(doc, topic, claim.end + 4):
            continue
        for i in range(first + 1, claim.start):
            if tokens[i].surface not in ("から", "より") or tokens[i - 1].pos1 not in NOUNS:
                continue
            if tokens[i - 1].lemma in lex.time_words or tokens[i - 1].pos2 == "数詞":
                continue
            if attack_from(doc, i, lex) or lex.own.contains(doc, max(first, i - 3), i):
                continue
            mine = [m for m in staff if m.end == i and ours(doc, m, every, lex)]
            if mine or lex.attackers.contains(doc, max(first, i - 4), i):
                continue
            found.append((claim.start, Detection.THIRD_PARTY))
            break
        else:
            if _claimant_subject(doc, lex, first, claim.start):
                found.append((claim.start, Detection.THIRD_PARTY))
    return found


def _suing(doc: Doc, k: int) -> bool:
    """「相手取り」 (MeCab: 相手 + 取り) at `k`: the verb naming the party sued."""
    return doc.tokens[k].lemma == "取る" and k > 0 and doc.tokens[k - 1].surface == "相手"


def _claimant_subject(doc: Doc, lex: Lexicon, first: int, claim: int) -> bool:
    """「市内の女性(34)が市に慰謝料など110万円を求める訴えを起こした」「原告Aが、被告に損害
    賠償を求めた」: an outsider is the subject (が) of the claim at `claim`, with no verb
    between; the company itself as the subject (当社が, 同社が) is the one who claims."""
    tokens = doc.tokens
    at = next((k for k in range(claim - 1, first, -1) if tokens[k].surface == "が"), None)
    # 「男性が…観光関連会社を相手取り、…損害賠償を求める訴訟を起こした」: whom it sued, said
    # on the way, is no other statement.
    if at is None or any(
        tokens[k].pos1 == "動詞" and not _suing(doc, k) for k in range(at + 1, claim)
    ):
        return False
    end = at
    if tokens[end - 1].surface in CLOSING:
        opening = next((k for k in range(end - 1, first, -1) if tokens[k].surface in OPENING), None)
        end = opening if opening is not None else end  # 「女性(34)が」
    if end <= first or tokens[end - 1].pos1 not in NOUNS:
        return False
    near = max(first, end - NAME_REACH)
    if lex.own.contains(doc, near, end) or lex.internal.contains(doc, near, end):
        return False
    return not (the_company(doc, end - 1, lex) or writer_itself(doc, end, lex.addressee_heads))
