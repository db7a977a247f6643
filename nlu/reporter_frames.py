"""Who found it, said in frames other than 「Xから連絡」 (`detection`).

A key and its value (「検知:自社(情シス)」), a cleft (「最初に気付いたのは監視会社」), a
call or a mail as the means (「会員さんからの電話で気づきました」), our own check as the
means (「当社の社内監査により判明」), the teller as the subject of its own news
(「委託先の印刷会社がランサムに感染したって連絡きました」), and a claim over an
infringement (「写ってた元社員から肖像権侵害で請求された」). And a report said as a guess
(「たぶんお客さんからだったと思う」), which says nothing certain.
"""

from __future__ import annotations

from collections.abc import Callable

from coverage import Detection, IncidentType
from nlu.doc import Doc
from nlu.lexicon import NOT_INCIDENT, SIGN, Lexicon
from nlu.phrases import Match
from nlu.polarity import negations
from nlu.reporter_parties import (
    names_a_party,
    our_owners,
    outside_organisations,
    subject_anaphors,
    writer_itself,
)
from nlu.reporter_pending import not_yet
from nlu.reporter_roles import role_person
from nlu.reporter_sources import BRACKETS, NOUNS, REPORTER_TAIL, attack_from, by_channel
from nlu.reporter_staff import ours
from nlu.reporter_words import the_company

Kind = Callable[[Match], Detection]
Event = tuple[int, Detection]

# A key's value, or what a cleft names, is this many words at most (「自社(外部通報なし)」).
_VALUE_LENGTH = 10
_CLEFT_VALUE = 6
# ... or, when it describes the party whose call or mail it names, this many.
_CHANNEL_VALUE = 16
# The words of a firm's name before its が or は (「その印刷会社が」).
_NAME_REACH = 4


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
    near = max(lo, source - _NAME_REACH)
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
        if lo >= len(doc.tokens) or doc.sentence_of[lo] != doc.sentence_of[at]:
            continue
        hi = min(doc.clause_end(lo), lo + _VALUE_LENGTH)
        # A gloss in brackets (「自社(外部通報なし)」) only confirms the value.
        close = next((i for i in range(lo, hi) if doc.tokens[i].surface in _OPENING), hi)
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


def channel_from(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「会員さんからの電話で気づきました」「送信先の事業所様からのお電話により判明」: a
    reporter ending at `end`, then 「からの」 and a channel by which the company learnt of it."""
    tail = doc.tokens[end : end + REPORTER_TAIL]
    i = next((k for k, t in enumerate(tail) if t.surface in ("から", "より")), None)
    if i is None or not all(
        t.pos1 in NOUNS or t.surface in BRACKETS or t.surface == "の" for t in tail[:i]
    ):
        return False
    at = end + i + 1
    return at < len(doc.tokens) and doc.tokens[at].surface == "の" and by_channel(doc, at + 1, lex)


def own_checks(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """「当社の定期的な社内監査により判明」「弊社のセキュリティモニタリングにより検知」:
    our own check named as the means, then a finding: self.

    The check may be placed (「当社営業所での日次点検により」) or be our staff's
    (「担当職員の点検で判明」); an outsider's staff (「委託先の職員の点検」) is not ours.
    """
    found = []
    tokens = doc.tokens
    predicates = lex.agent_predicates.find(doc)
    owners = [own.end for own in lex.own.find(doc)]
    owners += [
        staff.end
        for staff in lex.staff.find(doc)
        if staff.end < len(tokens) and tokens[staff.end].surface == "の"
        if ours(doc, staff, every, lex)
    ]
    for start in owners:
        i = start
        end = min(len(tokens), start + 7)
        check = None
        while i < end and (
            tokens[i].pos1 in NOUNS or tokens[i].surface in ("の", "な") or _at(doc, i)
        ):
            if tokens[i].lemma in lex.frames.own_checks:
                check = i
            i += 1
        if check is None or check + 1 != i:
            continue
        if means_then_finding(doc, i, predicates, lex):
            found.append((start, Detection.SELF))
    return found


def _at(doc: Doc, i: int) -> bool:
    """The で of 「営業所での」: a place the check is done at, inside its name."""
    tokens = doc.tokens
    return tokens[i].surface == "で" and i + 1 < len(tokens) and tokens[i + 1].surface == "の"


def means_then_finding(doc: Doc, at: int, predicates: list[Match], lex: Lexicon) -> bool:
    """A means at token `at` (により, で) then, in its sentence, a finding (判明, 検知):
    「社内監査により判明」「EDRの検知で発覚」 say what found it."""
    means = next((m for m in lex.frames.means.find(doc) if m.start == at), None)
    if means is None:
        return False
    _, last = doc.sentence_span(at)
    predicate = next((m for m in predicates if means.end <= m.start < last), None)
    return predicate is not None and predicate.label == "finding"


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
    while i > lo and j - 1 - i < _NAME_REACH and tokens[i - 1].pos1 in NOUNS:
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
        while j > lo and k - j < _NAME_REACH and tokens[j - 1].pos1 in NOUNS:
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
    if tokens[end - 1].surface in _CLOSING:
        opening = next(
            (k for k in range(end - 1, first, -1) if tokens[k].surface in _OPENING), None
        )
        end = opening if opening is not None else end  # 「女性(34)が」
    if end <= first or tokens[end - 1].pos1 not in NOUNS:
        return False
    near = max(first, end - _NAME_REACH)
    if lex.own.contains(doc, near, end) or lex.internal.contains(doc, near, end):
        return False
    return not (the_company(doc, end - 1, lex) or writer_itself(doc, end, lex.addressee_heads))


def hedged(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「たぶんお客さんからの問い合わせだったと思う」: the speaker guesses who told them.

    A hedging adverb shortly before, in the clause, or the speaker's own doubt after it, up
    to the clause's end or a 「て」 that goes on to what was reported (「警察から電話があって
    感染してると思う」 doubts the infection, not the call).
    """
    if not_yet(doc, at):
        return True  # 「取引先から連絡が来るかもしれない」: no report made yet
    frames = lex.frames
    lo = max(doc.clause_start(at), at - 6)
    if any(t.lemma in frames.hedges_before for t in doc.tokens[lo:at]):
        return True
    hi = doc.clause_end(at)
    if hi < len(doc.tokens) and all(
        t.pos1 in ("助詞", "補助記号") for t in doc.tokens[at + 1 : hi]
    ):
        hi = doc.clause_end(hi)  # 「最初の連絡は、取引先からだったと思います」
    hi = min(hi, at + 16)
    for i in range(at + 1, hi):
        token = doc.tokens[i]
        if token.pos2 == "接続助詞" and token.lemma == "て":
            hi = i
            break
        if token.lemma in frames.hedges_before:
            return True
    return any(m.end <= hi for m in frames.hedges_after.find(doc, at, len(doc.tokens)))


def glossed_reporter(doc: Doc, end: int, every: list[Match], lex: Lexicon) -> Match | None:
    """「外部から通報(JPCERT)」: a reporter in brackets right after a report word names who
    made it, more closely than a vague one before; 「…検知（自社SOC）」 names our own."""
    tokens = doc.tokens
    if end >= len(tokens) or tokens[end].surface not in _OPENING:
        return None
    ours = end + 2 < len(tokens) and lex.own.contains(doc, end + 1, end + 2)
    named = next((r for r in every if r.start == end + 1 or (ours and r.start == end + 2)), None)
    if named is None or named.end >= len(tokens) or tokens[named.end].surface not in _CLOSING:
        return None
    return named


_OPENING = frozenset("(（[［")
_CLOSING = frozenset(")）]］")


# Incident cues that say nothing of what the operator told: the contracting itself
# (「委託している」), words that only hold a cue.
_NOT_TOLD = frozenset({IncidentType.VENDOR_LEAK.value, NOT_INCIDENT})


def tells_no_attack(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「運用を委託している事業者から、同社の元従業員が…持ち出していたとの報告」: a network
    or hosting operator counts as an external reporter when it reports an attack on its
    service (spec, External report); telling of anything else (its own staff's take-out, a
    mis-sent mail) it is a contractor reporting its own leak, a third party."""
    first, last = doc.sentence_span(at)
    attacks = {t.value for t in lex.attacks} | {IncidentType.SUSPECTED.value, SIGN}
    told = [
        m.label
        for m in lex.incident_cues.find(doc)
        if first <= m.start < last and m.label not in _NOT_TOLD
    ]
    return bool(told) and not any(label in attacks for label in told)


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


def account_of(doc: Doc, report: Match, every: list[Match], lex: Lexicon) -> Match | None:
    """「委託先の説明では、…警察から連絡があった」: the reporter whose account holds the report."""
    first, _ = doc.sentence_span(report.start)
    for frame in lex.account_frames.find(doc):
        if first <= frame.start and frame.end <= report.start:
            lo = doc.clause_start(frame.start)
            named = [r for r in every if lo <= r.start and r.end <= frame.start]
            if named:
                return named[-1]
    return None
