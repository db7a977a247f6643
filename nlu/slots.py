"""Reading each fact from a message: incident type, detection, access, announcement, consent.

Each reader finds its cues, reads the polarity of the words after each cue, and keeps the
last definite statement of the message (「可能性ありと通報。調査したら無かった」 → not found).
A hedge alone yields `unknown`, which the caller records as a fact the user said is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from coverage import Access, Detection, IncidentType
from nlu.doc import Doc
from nlu.lexicon import NOT_INCIDENT, SIGN, Lexicon
from nlu.phrases import Match
from nlu.polarity import (
    Polarity,
    negations,
    polarity,
    preceded_by_negating_prefix,
    scope_after,
)

Unknown = Literal["unknown"]
UNKNOWN: Unknown = "unknown"


def _access_scope(doc: Doc, start: int, end: int, lex: Lexicon) -> Polarity:
    # 「アカウントが乗っ取られ、…閲覧された可能性」: a cue that holds its own verb is
    # stated in its clause; the next clause's hedge is about its own subject.
    verb = doc.tokens[end - 1].pos1 in ("動詞", "助動詞")
    lo, hi = scope_after(doc, end, extend=not verb)
    # 「不正アクセスの調査を依頼」: the cue only qualifies a neutral noun.
    if (
        lo + 1 < hi
        and doc.tokens[lo].surface == "の"
        and doc.tokens[lo + 1].lemma in lex.neutral_heads
        and not lex.hedge.contains(doc, lo, hi)
    ):
        return Polarity.TOPIC
    affirmed = lex.access_affirm.contains(doc, lo, hi) or any(
        t.lemma in lex.doing for t in doc.tokens[start if verb else lo : hi]
    )
    return polarity(doc, lo, hi, lex, affirm_if=affirmed)


def dangling_hedge(doc: Doc, cue_end: int, next_cue: int, lex: Lexicon) -> bool:
    """A later clause that hedges without a subject of its own (「…成功したかどうかは不明」).

    It qualifies the cue before it: the clauses after the cue's clause, up to the next cue,
    within this sentence and the next.
    """
    if cue_end >= len(doc.tokens):
        return False
    i = doc.clause_end(cue_end - 1) if cue_end else 0
    limit_sentence = doc.sentence_of[cue_end - 1] + 1 if cue_end else 1
    own_sentence = limit_sentence - 1
    while i < min(next_cue, len(doc.tokens)) and doc.sentence_of[i] <= limit_sentence:
        end = min(doc.clause_end(i), next_cue)
        # In the cue's own sentence any hedge counts; in the next one only a doubt about
        # whether it happened at all (「可能性」 there qualifies that sentence's own subject).
        hedges = lex.hedge if doc.sentence_of[i] == own_sentence else lex.whether
        if hedges.contains(doc, i, end) and not _own_subject(doc, i, end):
            return True
        i = end
    return False


def _own_subject(doc: Doc, lo: int, hi: int) -> bool:
    """A clause with a subject of its own (「データが見られた可能性がある」): its hedge
    qualifies that subject, not the attack confirmed before it."""
    return any(t.surface == "が" and t.pos2 == "格助詞" for t in doc.tokens[lo:hi])


def _attack_state(doc: Doc, cues: list[Match], index: int, lex: Lexicon) -> Polarity:
    """An attack word's polarity, with the doubts said after it in the clauses that follow
    (「…成功したかどうかは不明」) and an investigation still under way (「調査中」)."""
    match = cues[index]
    state = _access_scope(doc, match.start, match.end, lex)
    following = cues[index + 1].start if index + 1 < len(cues) else len(doc.tokens)
    if state is Polarity.AFFIRMED and dangling_hedge(doc, match.end, following, lex):
        return Polarity.HEDGED
    _, sentence_end = doc.sentence_span(match.start)
    if state is not Polarity.NEUTRAL and lex.pending.contains(doc, match.end, sentence_end):
        return Polarity.HEDGED
    return state


@dataclass(frozen=True)
class AccessReading:
    """What the access cues say, and whether an intrusion was denied anywhere
    (「改ざんや漏えいはありませんでした」), which after a DDoS says it never got in."""

    value: Access | Unknown | None
    intrusion_denied: bool = False


def read_access(doc: Doc, lex: Lexicon) -> Access | Unknown | None:
    """found / not_found / unknown (hedged or under investigation) / None (not mentioned)."""
    return access_reading(doc, lex).value


def access_reading(doc: Doc, lex: Lexicon) -> AccessReading:
    """The access as `read_access` reads it, with whether an intrusion was denied."""
    result: Access | Unknown | None = None
    held = {i for m in lex.access_not_cues.find(doc) for i in range(m.start, m.end)}
    cues = [
        m
        for m in lex.access_cues.find(doc)
        if m.start not in held and not _displayed(doc, m.end, lex)
    ]
    intrusions = {m.start for m in lex.intrusion_cues.find(doc)}
    denied = False
    for index in range(len(cues)):
        state = _attack_state(doc, cues, index, lex)
        denied |= state is Polarity.NEGATED and cues[index].start in intrusions
        if state is Polarity.AFFIRMED:
            result = Access.FOUND
        elif state is Polarity.NEGATED and (
            result is not Access.FOUND or _copula_denied(doc, cues[index].end, lex)
        ):
            # After a confirmed attack, a denial is about something narrower
            # (「感染を確認。他のPCへの感染は見つかっていない」), not a retraction; only
            # 「…感染によるものではありません」 takes it back.
            result = Access.NOT_FOUND
        elif state is Polarity.HEDGED and result is None:
            result = UNKNOWN
    return AccessReading(result, denied)


def _copula_denied(doc: Doc, cue_end: int, lex: Lexicon) -> bool:
    """「…によるものではありません」「…ではなかった」: a statement denied as a whole."""
    lo, hi = scope_after(doc, cue_end)
    words = doc.tokens[lo:hi]
    return any(
        a.surface == "で" and b.surface == "は" and negations(doc, lo + i + 2, hi, lex)
        for i, (a, b) in enumerate(pairwise(words))
    )


def read_incident_type(doc: Doc, lex: Lexicon) -> IncidentType | None:
    """The incident type: the first of the configured order that is mentioned, not denied.

    An attack word that is only hedged (「不正アクセスの可能性」「ランサムかも」), or a sign of
    one not denied (「不審な通信」「ログイン試行」), makes the incident `suspected`: a possible
    intrusion, not yet confirmed. One that is only denied (「不正アクセスはなかった」) names
    no type. A type only hedged (「盗まれた可能性」) yields to one stated plainly, and a
    hedged `other` (「不具合なのか」) to a hedged attack. A vendor named as the one who
    reported (「委託先のSOCから連絡」) is not a leak at the vendor.
    """
    present: dict[IncidentType, list[Polarity]] = {}
    signs: list[Polarity] = []
    cues = [m for m in lex.incident_cues.find(doc) if m.label != NOT_INCIDENT]
    # An attack's doubts are read up to the next attack word, past other cues
    # (「改ざん・流出や被害は確認されておりません」 hedges 改ざん too).
    attack_cues = [m for m in cues if m.label != SIGN and IncidentType(m.label) in lex.attacks]
    tampering = {m.start for m in lex.tampering.find(doc)}
    tampered = False
    for match in cues:
        if match.label == SIGN:
            lo, hi = scope_after(doc, match.end)
            signs.append(polarity(doc, lo, hi, lex, affirm_if=True))
            continue
        kind = IncidentType(match.label)
        if kind is IncidentType.VENDOR_LEAK and _is_reporter(doc, match.end, lex):
            continue
        shown = kind is IncidentType.MALWARE and _displayed(doc, match.end, lex)
        ransom_note = shown and lex.ransom_notes.contains(doc, match.start, match.end)
        if shown and not ransom_note:
            continue  # 「ウイルスに感染した」という警告: a support scam's screen
        if kind in lex.attacks:
            state = _attack_state(doc, attack_cues, attack_cues.index(match), lex)
            if ransom_note and state is Polarity.NEUTRAL:
                state = Polarity.AFFIRMED  # a ransom note on the screen is the infection
            tampered |= state is Polarity.AFFIRMED and match.start in tampering
        else:
            lo, hi = scope_after(doc, match.end)
            state = polarity(doc, lo, hi, lex, affirm_if=True)
        present.setdefault(kind, []).append(state)
    doubted = {
        kind
        for kind in (*lex.attacks, IncidentType.SUSPECTED)
        if any(state in (Polarity.HEDGED, Polarity.TOPIC) for state in present.get(kind, ()))
    }
    hedged = bool(doubted) or any(state is not Polarity.NEGATED for state in signs)
    tentative: IncidentType | None = None
    if tampered and IncidentType.UNAUTHORIZED_ACCESS in lex.attacks:
        # A defaced or rewritten site is the incident; the malware it serves its visitors
        # (「改ざんされ、閲覧者がウイルスに感染した可能性」) is not an infection of ours.
        present.pop(IncidentType.MALWARE, None)
    for kind in lex.incident_order:
        states = present.get(kind, [])
        if kind is IncidentType.SUSPECTED or not states:
            continue
        if kind in lex.attacks:
            if Polarity.AFFIRMED in states or (
                Polarity.NEUTRAL in states
                and Polarity.HEDGED not in states
                and Polarity.NEGATED not in states
            ):
                return kind
            continue
        if all(state is Polarity.NEGATED for state in states):
            continue
        if kind not in lex.parties and all(
            state in (Polarity.NEGATED, Polarity.HEDGED) for state in states
        ):
            tentative = tentative or kind
            continue
        return kind
    if tentative is not None and not (tentative is IncidentType.OTHER and doubted & lex.attacks):
        return tentative
    return IncidentType.SUSPECTED if hedged else None


# Between an attack word and the screen it is shown on: 「ウイルス感染」の警告, という表示.
_QUOTING = frozenset(
    {"」", "』", '"', "と", "いう", "言う", "の", "との", "を", "が", "に"}
    | {"為る", "た", "て", "いる", "居る", "ます", "です"}
)


def _displayed(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「ウイルスに感染しています」というメッセージ: words shown on a screen, not an infection.

    Inside a quotation, what follows its closing bracket decides (「ウイルス感染windows
    サポートへTEL」と表示された).
    """
    close = _closing_quote(doc, end)
    if close is not None:
        end = close
    for i in range(end, min(end + 10, len(doc.tokens))):
        if lex.displayed.contains(doc, i, i + 1):
            return True
        token = doc.tokens[i]
        if (
            token.surface not in _QUOTING
            and token.lemma not in _QUOTING
            and token.pos1
            not in (
                "動詞",
                "名詞",
            )
        ):
            return False
    return False


def _closing_quote(doc: Doc, end: int) -> int | None:
    """Where the 「…」 the words before `end` are in closes, if it does soon."""
    for i in range(end, min(len(doc.tokens), end + _QUOTE_SPAN)):
        surface = doc.tokens[i].surface
        if surface == "「":
            return None
        if surface == "」":
            return i
    return None


# A quoted screen text is short: past this many words its closing bracket is another's.
_QUOTE_SPAN = 15


def _is_reporter(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「委託先から連絡」「委託しているSOCから報告」: the vendor told us; nothing leaked there.

    A security or network operator under contract (「監視を委託している会社」) is an external
    reporter, never a vendor leak. 「委託先から顧客情報が漏えいした」 names where the data
    leaked from, and 「委託先から謝罪の電話」 a contractor reporting its own leak: both stay cues.
    """
    window = doc.tokens[end : end + 6]
    particle = next((i for i, t in enumerate(window) if t.surface in ("から", "より")), None)
    if particle is None:
        return False
    operators = [
        r
        for r in lex.reporters.find(doc, end, end + particle)
        if r.label in ("security", "network")
    ]
    if operators:
        return True
    if particle > 2:
        return False
    _, last = doc.sentence_span(end - 1)
    return any(
        end <= m.start < last
        and m.label == "report"
        and doc.tokens[m.start].lemma in lex.source_lemmas
        for m in lex.report_words.find(doc)
    )


# The spec's categories of reporter: the pamphlet's 外部からの通報 and anyone else outside.
_CATEGORY = {
    "security": Detection.EXTERNAL_REPORT,
    "network": Detection.EXTERNAL_REPORT,
    "public": Detection.EXTERNAL_REPORT,
    "third_party": Detection.THIRD_PARTY,
}
# Between a reporter and its particle, at most this many words (「県警のサイバー犯罪対策課から」),
# brackets included (「警察（サイバー犯罪対策課）から」).
_REPORTER_TAIL = 6
_BRACKETS = frozenset("()（）[]［］【】")
# A key naming the reporter: 「通報元：取引先」「発覚経緯：A社からの報告」.
_KEY_SUFFIXES = frozenset({"元", "者", "経路"})


def _is_source(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「監視会社から」「警察より」「SOCが検知」: the reporter ending at `end` told the company.

    A few nouns may follow it before the particle (「総務省の地域情報政策室から」).
    """
    following = doc.tokens[end : end + 2]
    if not following or _not_the_trigger(doc, end, lex):
        return False
    if following[0].surface in lex.source_particles or following[0].lemma in lex.source_lemmas:
        return True
    if [t.surface for t in following] == ["に", "より"]:
        return True
    # 「監視サービスのアラート」 but not 「お客様向けのお知らせ」.
    if following[0].surface == "の" and following[1:] and following[1].lemma in lex.source_lemmas:
        return True
    start = end + 1 if following[0].surface == "の" else end
    tail = doc.tokens[start : start + _REPORTER_TAIL]
    for i, token in enumerate(tail):
        if token.surface in ("から", "より"):
            return (
                i > 0
                and all(t.pos1 in _NOUNS or t.surface in _BRACKETS for t in tail[:i])
                and not _not_the_trigger(doc, start + i, lex)
            )
    return False


# The words of a reporter's name: 「県警サイバー対策課」 (サイバー is a 形状詞).
_NOUNS = frozenset({"名詞", "接尾辞", "形状詞"})


def _not_the_trigger(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「関係機関からも」「IPアドレスからの不正アクセス」: から at `at` names no report.

    「からも」 adds a report to one made before; 「からの」 before anything but a report word
    (「顧客からのご指摘」) or a quoted one is where an attack or a mail came from.
    """
    after = [t.surface for t in doc.tokens[at : at + 3]]
    if after[:1] != ["から"] and after[:1] != ["より"]:
        return False
    if after[1:2] == ["も"]:
        return True
    if after[1:2] != ["の"] or after[2:] in (["「"], ["『"]):
        return False  # 「お客さんからの『変なメール来たよ』って電話」 quotes the report
    return not any(
        at + 2 <= m.start <= at + 3 and m.label == "report" for m in lex.report_words.find(doc)
    )


def _outgoing(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「お知らせいたします」「警察に連絡した」: the company's own report, not one it received."""
    after = doc.tokens[match.end : match.end + 4]
    if after and after[0].lemma in lex.outgoing_verbs:
        return True
    i = match.start - 1
    while i >= 0 and (doc.tokens[i].pos1 == "接頭辞" or doc.tokens[i].surface in ("は", "も")):
        i -= 1
    if i < 0 or doc.tokens[i].surface not in ("に", "へ"):
        return False
    first, _ = doc.sentence_span(match.start)
    if any(t.surface in ("から", "より") for t in doc.tokens[first:i]):
        return False  # 「県民から本社に電話」「センターから…七時ごろに寄せられた」
    verb = doc.tokens[match.start].pos1 == "動詞" or (after and after[0].lemma == "為る")
    return bool(verb) and not any(t.lemma in lex.incoming_verbs for t in after)


def _labelled_reporter(doc: Doc, end: int, every: list[Match]) -> Match | None:
    """「検知：監視会社」「通報元：取引先」: the reporter a key names as its value."""
    i = end
    if i < len(doc.tokens) and doc.tokens[i].surface in _KEY_SUFFIXES:
        i += 1
    if i >= len(doc.tokens) or doc.tokens[i].surface not in (":", "："):
        return None
    return next((r for r in every if i < r.start <= i + 2), None)


def _compound_kind(doc: Doc, reporters: list[Match], index: int, lex: Lexicon) -> Detection:
    """A reporter's category, read with the reporters it is compounded with.

    「SOC運用委託先」「委託先のSOC」: a contractor running the security operation is a
    security operator, so an external report wins over the contractor it qualifies.
    """
    kinds = [_reporter_kind(doc, reporters[index], lex)]
    i = index
    while (
        i > 0
        and reporters[i].start - reporters[i - 1].end <= 2
        and not any(
            t.pos1 == "助詞" and t.surface != "の"
            for t in doc.tokens[reporters[i - 1].end : reporters[i].start]
        )
    ):
        i -= 1
        kinds.append(_reporter_kind(doc, reporters[i], lex))
    if Detection.SELF in kinds:
        return Detection.SELF
    return Detection.EXTERNAL_REPORT if Detection.EXTERNAL_REPORT in kinds else kinds[0]


def _reporter_kind(doc: Doc, match: Match, lex: Lexicon) -> Detection:
    """The category of a reporter; one of us (「自社のSOC」「学内の情報センター」) is self."""
    before = match.start - 1
    if before >= 0 and doc.tokens[before].surface == "の":
        before -= 1
    if before >= 0 and lex.own.contains(doc, before, before + 1):
        return Detection.SELF
    return _CATEGORY[match.label]


def read_detection(doc: Doc, lex: Lexicon) -> Detection | None:
    """Who told the company: external_report, third_party, or self when they found it.

    A report word takes the category of the nearest reporter before it in its sentence
    (「取引先から連絡」 third party, 「委託先のSOCから連絡」 external). Within a message the
    last statement wins (「A社ではなく社内の経理担当が気づきました」); a bare 「気づいた」
    means self only when no outsider reported anything.
    """
    events: list[tuple[int, Detection]] = []
    for match in lex.self_words.find(doc):
        lo, hi = scope_after(doc, match.end, extend=False)
        if negations(doc, lo, hi, lex) % 2 == 0:
            events.append((match.start, Detection.SELF))
    terms = lex.pamphlet_terms.find(doc)
    for match in terms:
        lo, hi = scope_after(doc, match.end, extend=False)
        if negations(doc, lo, hi, lex) % 2 == 0:
            events.append((match.start, Detection.EXTERNAL_REPORT))  # 「外部通報あり」
    inside = {i for m in terms for i in range(m.start, m.end)}
    every = [
        r for r in lex.reporters.find(doc) if r.start not in inside and not _itself(doc, r, lex)
    ]
    sources = {i for i, r in enumerate(every) if _is_source(doc, r.end, lex)}
    reporters = [every[i] for i in sorted(sources)]
    for match in lex.report_words.find(doc):
        if match.label != "report" or match.start in inside or _outgoing(doc, match, lex):
            continue
        lo, hi = scope_after(doc, match.end, extend=False)
        if negations(doc, lo, hi, lex) % 2:
            continue  # 「通報ではなく社内で発見」
        first, last = doc.sentence_span(match.start)
        named = [
            r
            for r in reporters
            if first <= r.start < last and not _negated_reporter(doc, r.end, lex)
        ]
        before = [r for r in named if r.start < match.start]
        word = doc.tokens[match.start].lemma
        value = _labelled_reporter(doc, match.end, every)
        if value is not None:
            events.append((match.start, _compound_kind(doc, every, every.index(value), lex)))
        elif before or named:
            reporter = before[-1] if before else named[0]
            events.append((match.start, _compound_kind(doc, every, every.index(reporter), lex)))
        elif word in lex.outsider_reports:
            events.append((match.start, Detection.EXTERNAL_REPORT))
        elif word in lex.third_party_reports:
            events.append((match.start, Detection.THIRD_PARTY))
    known = {r.end for r in reporters} | {m.end for m in terms}
    events.extend(
        (i, Detection.THIRD_PARTY)
        for i in _told_from_outside(doc, lex)
        if i not in inside and not any(end <= i <= end + _REPORTER_TAIL for end in known)
    )
    if not events:
        for match in lex.self_weak.find(doc):
            lo, hi = scope_after(doc, match.end, extend=False)
            if negations(doc, lo, hi, lex) % 2 == 0:
                events.append((match.start, Detection.SELF))
    events.sort(key=lambda event: event[0])
    return events[-1][1] if events else None


def _itself(doc: Doc, reporter: Match, lex: Lexicon) -> bool:
    """「本県」「当市」 written with a prefix: the company itself, never its reporter."""
    if reporter.start == 0:
        return False
    before = doc.tokens[reporter.start - 1]
    return before.pos1 == "接頭辞" and before.surface in lex.self_prefixes


def _told_from_outside(doc: Doc, lex: Lexicon) -> list[int]:
    """「A社から報告を受けた」: someone not named as a reporter, and not one of us, told us.

    Nobody the spec names as an external report, so a third party. A report denied
    (「報告しなかった」) or made by the company (「警察に連絡した」) is none.
    """
    found = []
    reports = []
    for m in lex.report_words.find(doc):
        if m.label != "report" or _outgoing(doc, m, lex):
            continue
        lo, hi = scope_after(doc, m.end, extend=False)
        if negations(doc, lo, hi, lex) % 2 == 0:
            reports.append(m)
    for i, token in enumerate(doc.tokens):
        if token.surface != "から" or i == 0 or _not_the_trigger(doc, i, lex):
            continue
        if doc.tokens[i - 1].lemma in lex.time_words or doc.tokens[i - 1].pos2 == "数詞":
            continue  # 「16時頃から」「5日から」: since when, not from whom
        if lex.internal.contains(doc, max(doc.clause_start(i), i - 4), i):
            continue
        _, last = doc.sentence_span(i)
        if any(i < m.start < min(last, i + 25) for m in reports) and not _negated_reporter(
            doc, i + 1, lex
        ):
            found.append(i)
    return found


def _negated_reporter(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「A社ではなく」: the reporter named is denied."""
    return negations(doc, end, min(end + 3, len(doc.tokens)), lex) % 2 == 1


def read_announced(doc: Doc, lex: Lexicon) -> bool | Unknown | None:
    """True when announced or planned (公表する予定), False when not, unknown when undecided."""
    result: bool | Unknown | None = None
    events = {m.start for m in lex.announced_events.find(doc)}
    within = {i for m in lex.announced_moments.find(doc) for i in range(m.start, m.end)}
    for match in lex.announced_cues.find(doc):
        if match.start in within:
            continue
        lo, hi = _predicate_scope(doc, match.end, lex)
        if preceded_by_negating_prefix(doc, match.start, lex):
            result = False
            continue
        if lo < len(doc.tokens) and doc.tokens[lo].surface == "前":
            continue  # 「公表前に」: before an announcement, which may or may not come
        done = (
            match.start in events
            or lex.announced_done.contains(doc, lo, hi)
            or lex.plan.contains(doc, lo, hi)
            or any(
                t.lemma in lex.announcing_verbs or (t.lemma == "た" and t.pos1 == "助動詞")
                for t in doc.tokens[lo:hi]
            )
        )
        state = polarity(doc, lo, hi, lex, affirm_if=done)
        if state is not Polarity.HEDGED and _not_yet(doc, lo, hi, lex):
            state = Polarity.NEGATED  # 「公表はまだです」
        if state is Polarity.NEGATED and _plan_follows(doc, hi, lex):
            state = Polarity.AFFIRMED  # 「公表はまだしていないが来週する予定」
        if state is Polarity.AFFIRMED:
            result = True
        elif state is Polarity.NEGATED:
            result = False
        elif state is Polarity.HEDGED and result is None:
            result = UNKNOWN
    for match in lex.announced_posted.find(doc):
        lo, hi = scope_after(doc, match.end)
        posted = any(t.lemma in lex.posting_verbs for t in doc.tokens[lo:hi])
        if posted and polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.AFFIRMED:
            result = True
    for end in _site_notices(doc, lex):
        lo, hi = scope_after(doc, end, extend=False)
        if polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.AFFIRMED:
            result = True
    moments = lex.announced_moments.find(doc)
    if moments and result is not False:
        result = True  # 「発表の時点では」: the announcement is taken as done
    if result is None and lex.notice_voice.contains(doc):
        result = True  # the company's own notice to the public is itself the announcement
    return result


def _site_notices(doc: Doc, lex: Lexicon) -> list[int]:
    """Where 「HPでお知らせ」「ホームページにも掲載」 end: a notice on the company's site."""
    ends = []
    notices = lex.site_notices.find(doc)
    for place in lex.announced_places.find(doc):
        clause_end = doc.clause_end(place.start)
        between = {t.surface for t in doc.tokens[place.end : place.end + 2]}
        if between & {"で", "に"}:
            ends += [
                n.end for n in notices if place.end < n.start <= min(place.end + 3, clause_end)
            ]
    return ends


def _predicate_scope(doc: Doc, cue_end: int, lex: Lexicon) -> tuple[int, int]:
    """The cue's scope, reaching over a clause that has no predicate yet (「公表は本日、
    HPで行いました」); one that ends in a noun of its own (「公表なし、」) stays."""
    lo, hi = scope_after(doc, cue_end)
    words = doc.tokens[lo:hi]
    bare = not any(t.pos1 in _PREDICATES for t in words) and not negations(doc, lo, hi, lex)
    if (
        bare
        and hi < len(doc.tokens)
        and doc.sentence_of[hi] == doc.sentence_of[hi - 1]
        and not lex.hedge.contains(doc, lo, hi)
        and not lex.announced_done.contains(doc, lo, hi)
    ):
        return lo, doc.clause_end(hi)
    return lo, hi


_PREDICATES = frozenset({"動詞", "形容詞", "助動詞", "形状詞", "接尾辞"})


def _not_yet(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「まだ」 with no verb of its own means not yet (「まだしていない」 is already negated)."""
    words = doc.tokens[lo:hi]
    return (
        any(t.lemma == "未だ" for t in words)
        and negations(doc, lo, hi, lex) == 0
        and not any(t.pos1 == "動詞" for t in words)
    )


def _plan_follows(doc: Doc, start: int, lex: Lexicon) -> bool:
    """A plan stated, and not denied, later in the same sentence."""
    if start >= len(doc.tokens):
        return False
    _, last = doc.sentence_span(start)
    i = start
    while i < last:
        end = doc.clause_end(i)
        if lex.plan.contains(doc, i, end) and negations(doc, i, end, lex) % 2 == 0:
            return True
        i = end
    return False


def read_consent(doc: Doc, lex: Lexicon) -> bool | None:
    """The insurer's consent: True (同意を得た, 了承済み), False (同意なしで支出), or None.

    Consent not (yet) obtained is a refusal only once money was spent or ordered
    (「同意はまだ取っていません」 alone leaves it open); consent to come (「これから取ります」)
    is not consent.
    """
    result: bool | None = None
    spent = lex.spent.contains(doc)
    if lex.consent_refused.contains(doc):
        result = False
    for match in lex.consent_refused_if_insurer.find(doc):
        first, last = doc.sentence_span(match.start)
        if lex.consent_insurer.contains(doc, first, last):
            result = False
    for match in lex.consent_cues.find(doc):
        if match.label != "consent":
            continue
        first, last = doc.sentence_span(match.start)
        clause = doc.clause_start(match.start), doc.clause_end(match.start)
        if not lex.consent_insurer.contains(
            doc, first, last
        ) and lex.consent_other_parties.contains(doc, *clause):
            continue
        lo, hi = scope_after(doc, match.end)
        given = lex.consent_given.contains(doc, lo, hi) and (
            _completed(doc, lo, hi, lex) or _completed_later(doc, hi, lex)
        )
        state = polarity(doc, lo, hi, lex, affirm_if=given)
        if _before(doc, match.end, hi, lex):
            state = Polarity.NEGATED  # 「同意を取る前に発注」: spent before consent
        if preceded_by_negating_prefix(doc, match.start, lex) or state is Polarity.NEGATED:
            if spent:
                result = False
        elif state is Polarity.AFFIRMED:
            result = True
    return result


def _completed(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Done, not planned: a past tense, 済み, or ている (「同意を得ています」)."""
    return any(
        (t.lemma == "た" and t.pos1 == "助動詞") or t.lemma in lex.completed_lemmas
        for t in doc.tokens[lo:hi]
    ) or any(t.surface in lex.completed_surfaces for t in doc.tokens[lo:hi])


def _completed_later(doc: Doc, hi: int, lex: Lexicon) -> bool:
    """「同意を得て、発注しました」: a te-form takes the tense of the verb it chains to."""
    if hi == 0 or hi >= len(doc.tokens):
        return False
    last = [t for t in doc.tokens[:hi] if t.pos1 != "補助記号"][-1:]
    if not last or last[0].pos2 != "接続助詞":
        return False
    _, sentence_end = doc.sentence_span(hi - 1)
    return _completed(doc, hi, sentence_end, lex)


def _before(doc: Doc, cue_end: int, hi: int, lex: Lexicon) -> bool:
    """「同意前に」「同意を得る前に」: 前 right after the cue or a verb of getting it."""
    for i in range(cue_end, hi):
        token = doc.tokens[i]
        if token.lemma == "前" and token.pos1 == "名詞":
            previous = doc.tokens[i - 1]
            return i == cue_end or (
                previous.pos1 == "動詞" and lex.consent_given.contains(doc, cue_end, i)
            )
    return False
