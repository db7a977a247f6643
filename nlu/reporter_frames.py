"""Who found it, said in frames other than 「Xから連絡」 (`detection`): the shared part.

A call or a mail as the means (「会員さんからの電話で気づきました」) or as a report with no
verb (「お客さんから電話。」), our own check as the means (「当社の社内監査により判明」), a
reporter glossed in brackets (「外部から通報(JPCERT)」),
a reporter whose account holds the report, and a report said as a guess (「たぶんお客さんから
だったと思う」), which says nothing certain. A key or a cleft naming the finder is in
`nlu.reporter_keys`; the teller as the subject of its own news, and a claim over an
infringement, in `nlu.reporter_tellers`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from coverage import Detection, IncidentType
from nlu.doc import Doc
from nlu.lexicon import NOT_INCIDENT, SIGN, Lexicon
from nlu.phrases import Match
from nlu.reporter_pending import not_yet
from nlu.reporter_sources import BRACKETS, NOUNS, REPORTER_TAIL, by_channel
from nlu.reporter_staff import ours

Kind = Callable[[Match], Detection]
Event = tuple[int, Detection]

# The words of a firm's name before its が or は (「その印刷会社が」).
NAME_REACH = 4

OPENING = frozenset("(（[［")
CLOSING = frozenset(")）]］")


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
    if at < len(doc.tokens) and doc.tokens[at].surface == "の":
        return by_channel(doc, at + 1, lex)
    # 「フォロワーさんから「変なDMきてます」ってリプで知った」: what they said, then the channel.
    said = _past_quote(doc, at)
    return said != at and by_channel(doc, said, lex)


def channel_ends(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「新聞記者から取材の電話。」「お客さんからメール。」: a reporter ending at `end`, then
    から and a call or a mail that ends the sentence, as chat writes a report with no verb;
    or ends its clause, the sentence then telling what was said (「監視会社から夜中に電話、
    …があるとのこと」).

    Only a time (「夜中に」「さっき」) or a short purpose (「取材の」) may stand before the
    channel; 「電話で注文」 goes on, and 「電話、注文の件」 tells nothing.
    """
    tokens = doc.tokens
    if end >= len(tokens) or tokens[end].surface not in ("から", "より"):
        return False
    at = _past_time(doc, end + 1, lex)
    at = _past_quote(doc, at)  # 「宅配業者から「荷物が所在不明」と電話。」
    at = _past_recipient(doc, at)  # 「記者から広報に電話「…」」
    if at + 1 < len(tokens) and tokens[at].pos1 in NOUNS and tokens[at + 1].surface == "の":
        at += 2  # 「取材の電話」
    if at < len(tokens) and tokens[at].pos1 == "接頭辞":
        at += 1  # お電話
    if at >= len(tokens) or tokens[at].lemma not in lex.frames.channels:
        return False
    _, last = doc.sentence_span(at)
    if all(t.pos1 in ("補助記号", "空白") for t in tokens[at + 1 : last]):
        return True
    if at + 1 < len(tokens) and tokens[at + 1].surface in _QUOTE_OPENINGS:
        return True  # 「広報に電話「御社のデータが…事実か」」: the call, then what it said
    # 「印刷屋さんから電話で…向こうのサーバーが…って」: で, then a pause, ends it as a comma does.
    if at + 2 < last and tokens[at + 1].surface == "で" and tokens[at + 2].surface in _PAUSES:
        at += 1
    if at + 1 >= last or tokens[at + 1].surface not in _PAUSES:
        return False
    told = doc.text[tokens[at + 1].end : tokens[last - 1].end].rstrip("。．.!！?？…")
    return told.endswith(lex.frames.told_endings)


# What ends the clause of a call with no verb (「監視会社から夜中に電話、」「電話で…」).
_PAUSES: Final = frozenset({"、", ",", "…", "…。"})
# The brackets a chat quotes what was said in, and the particles that close such a quote.
_QUOTE_OPENINGS: Final = frozenset({"「", "『"})
_QUOTE_CLOSINGS: Final = frozenset({"」", "』"})
_QUOTING: Final = frozenset({"と", "って"})
# How long a quote before the call may run, in tokens.
_QUOTE_REACH: Final = 40


def _past_quote(doc: Doc, at: int) -> int:
    """Past the words a caller said, quoted before the call (「「荷物が所在不明」と電話」)."""
    tokens = doc.tokens
    if at >= len(tokens) or tokens[at].surface not in _QUOTE_OPENINGS:
        return at
    close = next(
        (
            k
            for k in range(at + 1, min(len(tokens), at + _QUOTE_REACH))
            if tokens[k].surface in _QUOTE_CLOSINGS
        ),
        None,
    )
    if close is None or close + 1 >= len(tokens) or tokens[close + 1].surface not in _QUOTING:
        return at
    return close + 2


def _past_recipient(doc: Doc, at: int) -> int:
    """Past whom the call was made to, a short noun and に (「広報に」「総務に」)."""
    tokens = doc.tokens
    k = at
    while k < len(tokens) and k - at < 2 and tokens[k].pos1 in NOUNS:
        k += 1
    if k == at or k >= len(tokens) or tokens[k].surface != "に":
        return at
    return k + 1


def quote_from(doc: Doc, reporter: Match) -> bool:
    """「経理のPCにランサムの脅迫画面が出てるって本人から PC１台」: what was said, quoted
    with って or と, then the reporter and から ending the clause: the report with its verb
    left off, as chat writes it."""
    tokens = doc.tokens
    start, end = reporter.start, reporter.end
    if start == 0 or tokens[start - 1].surface not in _QUOTING:
        return False
    if end >= len(tokens) or tokens[end].surface not in ("から", "より"):
        return False
    after = end + 1
    return (
        after >= len(tokens)
        or tokens[after].pos1 in ("補助記号", "空白")
        or doc.clause_of[after] != doc.clause_of[end]
    )


def _past_time(doc: Doc, at: int, lex: Lexicon) -> int:
    """Past a time said before a call (「夜中に」「さっき」「今朝」) at `at`."""
    tokens = doc.tokens
    if at < len(tokens) and tokens[at].surface in lex.frames.call_times:
        at += 1
        if at < len(tokens) and tokens[at].surface == "に":
            at += 1
    return at


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
    # 「内部の定例点検により」: a check said to be internal, not 「委託先の内部の」.
    if not doc.surface_set().isdisjoint(lex.frames.check_owners):
        owners += [
            k + 1
            for k, t in enumerate(tokens)
            if t.surface in lex.frames.check_owners and not (k and tokens[k - 1].surface == "の")
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
    # 「点検において、保管箱の数が…から発覚」: 保管 in 保管箱 is no predicate.
    predicate = next(
        (m for m in predicates if means.end <= m.start < last and not in_compound(doc, m)),
        None,
    )
    return predicate is not None and predicate.label == "finding"


def in_compound(doc: Doc, predicate: Match) -> bool:
    """「生産管理システムの異常を検知し」: a predicate noun with a noun right after it is a
    part of a compound noun (管理システム), not what the agent did."""
    tokens = doc.tokens
    if predicate.end >= len(tokens) or tokens[predicate.end - 1].pos1 != "名詞":
        return False
    after = tokens[predicate.end]
    return after.pos1 == "名詞" and doc.ends[predicate.end - 1] == doc.starts[predicate.end]


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
    if end >= len(tokens) or tokens[end].surface not in OPENING:
        return None
    ours = end + 2 < len(tokens) and lex.own.contains(doc, end + 1, end + 2)
    named = next((r for r in every if r.start == end + 1 or (ours and r.start == end + 2)), None)
    if named is None or named.end >= len(tokens) or tokens[named.end].surface not in CLOSING:
        return None
    return named


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
