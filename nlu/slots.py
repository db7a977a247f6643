"""Reading each fact from a message: access and incident type here; detection, the
announcement and consent in `nlu.reporters`, `nlu.announced` and `nlu.consent`.

Each reader finds its cues, reads the polarity of the words after each cue, and keeps the
last definite statement of the message (「可能性ありと通報。調査したら無かった」 → not found).
A hedge alone yields `unknown`, which the caller records as a fact the user said is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from coverage import Access, IncidentType
from nlu.access_caveats import asked_in_doubt, caveated
from nlu.announced import read_announced
from nlu.consent import read_consent
from nlu.doc import Doc
from nlu.incident_hints import (
    displayed,
    generic_only,
    no_leak_doubt,
    relay_kind,
    sent_elsewhere,
    unfound_no_loss,
    unsourced_leak,
)
from nlu.lexicon import BLOCKED, EXPOSED, NOT_INCIDENT, SIGN, Lexicon
from nlu.mentions import described, on_another_party, warned
from nlu.phrases import Match
from nlu.polarity import (
    UNKNOWN,
    Polarity,
    Unknown,
    negations,
    polarity,
    scope_after,
)
from nlu.reporters import is_reporter, read_detection
from nlu.vendor_attacks import at_vendor, countered, maintainer_found
from nlu.vendor_errors import only_agent, vendor_error

__all__ = [
    "UNKNOWN",
    "AccessReading",
    "IncidentReading",
    "Unknown",
    "access_reading",
    "incident_reading",
    "read_access",
    "read_announced",
    "read_consent",
    "read_detection",
    "read_incident_type",
]


def _access_scope(doc: Doc, start: int, end: int, lex: Lexicon) -> Polarity:
    # 「アカウントが乗っ取られ、…閲覧された可能性」: a cue that holds its own verb is
    # stated in its clause; the next clause's hedge is about its own subject.
    verb = doc.tokens[end - 1].pos1 in ("動詞", "助動詞")
    lo, hi = scope_after(doc, end, extend=not verb)
    hi = before_harm(doc, lo, hi, lex)
    hi = _before_next_subject(doc, lo, hi, lex)
    # 「不正アクセスの調査を依頼」: the cue only qualifies a neutral noun.
    if (
        lo + 1 < hi
        and doc.tokens[lo].surface == "の"
        and doc.tokens[lo + 1].lemma in lex.neutral_heads
        and not lex.hedge.contains(doc, lo, hi)
    ):
        return Polarity.TOPIC
    if lex.access_attempted.contains(doc, lo, hi):
        stops = [m for m in lex.access_attempted.find(doc, lo, hi) if m.label == BLOCKED]
        stopped = _stopped(doc, end, stops[0], hi, lex) if stops else Polarity.HEDGED
        if stopped is not None:
            return stopped
    affirmed = lex.access_affirm.contains(doc, lo, hi) or any(
        t.lemma in lex.doing for t in doc.tokens[start if verb else lo : hi]
    )
    return polarity(doc, lo, hi, lex, affirm_if=affirmed)


def _stopped(doc: Doc, cue_end: int, match: Match, hi: int, lex: Lexicon) -> Polarity | None:
    """「攻撃は防御されていました」「侵入を阻止した」: an attack word, the subject or object
    right after it, said to be stopped (hedged: it did not reach us) or not stopped
    (「防げなかった」: it got through). None when no stop was done (「攻撃を防ぐため」)."""
    tokens = doc.tokens
    if cue_end >= len(tokens) or tokens[cue_end].surface not in _STOPPED_ROLES:
        return None
    # The stop is the attack's own predicate: 「不正アクセスが確定したのでネットワークを遮断」
    # cuts the network off after a confirmed attack.
    if any(t.pos1 in ("動詞", "助動詞") for t in tokens[cue_end + 1 : match.start]):
        return None
    verb = []
    for token in tokens[match.end : hi]:
        if token.pos1 not in ("動詞", "助動詞") and token.surface not in ("て", "で"):
            break
        verb.append(token)
    if any(lex.negating.get(t.lemma) == t.pos1 for t in verb):
        return Polarity.AFFIRMED
    if any(t.lemma in _DONE for t in verb):
        return Polarity.HEDGED
    return None


_STOPPED_ROLES = frozenset({"は", "が", "を", "も"})
# Past or passive: the stop was done.
_DONE = frozenset({"た", "れる", "られる"})


def _before_next_subject(doc: Doc, lo: int, hi: int, lex: Lexicon) -> int:
    """Where a denial's 「なく」 ends its clause: 「不正アクセスの事実はなく情報の流出も
    なかった」 denies two things, not the first one twice."""
    for i in range(lo, hi - 1):
        token = doc.tokens[i]
        if (
            token.surface in _CONTINUING_DENIALS
            and lex.negating.get(token.lemma) == token.pos1
            and doc.tokens[i + 1].pos1 in ("名詞", "接頭辞")
        ):
            return i + 1
    return hi


# The continuative form of a denial, which may start a clause of its own without a comma.
_CONTINUING_DENIALS = frozenset({"なく", "無く"})


def before_harm(doc: Doc, lo: int, hi: int, lex: Lexicon) -> int:
    """Where a scope ends once the harm the attack did is cut off: 「拡張子が変わって
    開けなくなった」 negates the files' opening, not the change that was seen."""
    harm = next((m.start for m in lex.harms.find(doc, lo, hi)), hi)
    return harm


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
    # A cue that ends its clause with nothing said of it (「ふせいあくせす されたかも」,
    # segmented as a verb and a space) is doubted the same way.
    bare = state is Polarity.NEUTRAL and doc.clause_end(match.end - 1) == match.end
    if (state is Polarity.AFFIRMED or bare) and dangling_hedge(doc, match.end, following, lex):
        return Polarity.HEDGED
    _, sentence_end = doc.sentence_span(match.start)
    if state is not Polarity.NEUTRAL and lex.pending.contains(doc, match.end, sentence_end):
        return Polarity.HEDGED
    if state is Polarity.ASKED and asked_in_doubt(doc, match.end, following, lex):
        return Polarity.HEDGED
    return state


@dataclass(frozen=True)
class AccessReading:
    """What the access cues say, and whether a denial among them is an investigation's
    conclusion (「調査の結果」「認められなかった」) rather than a remark on what kind of
    incident it was (「不正アクセスとかはないです、USBをなくしただけ」)."""

    value: Access | Unknown | None
    concluded: bool = True
    # The denial is said as an investigation's outcome (「調査の結果、痕跡は認められず」).
    investigated: bool = False


def read_access(doc: Doc, lex: Lexicon) -> Access | Unknown | None:
    """found / not_found / unknown (hedged or under investigation) / None (not mentioned)."""
    return access_reading(doc, lex).value


def access_reading(doc: Doc, lex: Lexicon) -> AccessReading:
    """The access as `read_access` reads it."""
    result: Access | Unknown | None = None
    concluded, investigated = True, False
    held = {i for m in lex.access_not_cues.find(doc) for i in range(m.start, m.end)}
    # 「アクセスできなくなった」 is the harm seen, not a denial of access.
    held |= {m.start for m in lex.harms.find(doc)}
    heads = _malware_words(doc, lex)
    cues = [
        m
        for m in lex.access_cues.find(doc)
        if m.start not in held
        and not displayed(doc, m.end, lex)
        and not described(doc, m, heads, lex, plain=False)
        and not _trace_of_before(doc, m, lex)
        and not on_another_party(doc, m.start, lex)
        and not at_vendor(doc, m.start, lex)
        and not countered(doc, m.end, lex)
    ]
    for index in range(len(cues)):
        state = _attack_state(doc, cues, index, lex)
        if state is Polarity.AFFIRMED:
            result = Access.FOUND
        elif state is Polarity.NEGATED and caveated(doc, cues[index].start, lex):
            result = result if result is Access.FOUND else UNKNOWN
        elif state is Polarity.NEGATED and (
            result is not Access.FOUND or _copula_denied(doc, cues[index].end, lex)
        ):
            # After a confirmed attack, a denial is about something narrower
            # (「感染を確認。他のPCへの感染は見つかっていない」), not a retraction; only
            # 「…感染によるものではありません」 takes it back.
            result = Access.NOT_FOUND
            concluded = _concluded(doc, cues[index], lex)
            first, last = doc.sentence_span(cues[index].start)
            investigated = lex.access_investigated.contains(doc, first, last)
        elif state is Polarity.HEDGED and result is None:
            result = UNKNOWN
    return AccessReading(result, concluded, investigated)


def _trace_of_before(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「通信している形跡」「見られた形跡」: a trace of what the clause before it says, which
    that clause's own attack word (if any) reads."""
    return (
        match.end - match.start == 1
        and doc.tokens[match.start].lemma in lex.traces
        and match.start > 0
        and doc.tokens[match.start - 1].pos1 in ("動詞", "助動詞")
    )


def _concluded(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """A denial said as found out: its sentence names a check (調査, ログ, 確認), it is
    said in the past (「なかった」「ありませんでした」), or it is a listed value (「侵入：無」)."""
    first, last = doc.sentence_span(match.start)
    if lex.access_concluded.contains(doc, first, last):
        return True
    lo, hi = scope_after(doc, match.end)
    if lo < hi and doc.tokens[lo].surface in (":", "："):
        return True
    return any(t.lemma == "た" and t.pos1 == "助動詞" for t in doc.tokens[lo:hi])


def _copula_denied(doc: Doc, cue_end: int, lex: Lexicon) -> bool:
    """「…によるものではありません」「…ではなかった」: a statement denied as a whole."""
    lo, hi = scope_after(doc, cue_end)
    words = doc.tokens[lo:hi]
    return any(
        a.surface == "で" and b.surface == "は" and negations(doc, lo + i + 2, hi, lex)
        for i, (a, b) in enumerate(pairwise(words))
    )


_ATTACK_LABELS = frozenset(
    {IncidentType.MALWARE.value, IncidentType.UNAUTHORIZED_ACCESS.value, IncidentType.DDOS.value}
)


@dataclass(frozen=True)
class IncidentReading:
    """The incident type, and whether an attack of that type was said to have reached us
    (「感染した」「ランサムの件」), not only to be carried by a mail or a file
    (「メールにマルウェアが含まれていた」): only the first is the spec's access found."""

    kind: IncidentType | None
    stated: bool = False
    # The one attack kind a doubt named (「DDoSっぽい」), and whether the kind read came from
    # attack words of no kind (攻撃) alone: a later 「攻撃を確認」 confirms the doubted kind.
    doubted: IncidentType | None = None
    generic: bool = False


def read_incident_type(doc: Doc, lex: Lexicon) -> IncidentType | None:
    """The incident type as `incident_reading` reads it."""
    return incident_reading(doc, lex).kind


def incident_reading(doc: Doc, lex: Lexicon) -> IncidentReading:
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
    cues = [
        m
        for m in lex.incident_cues.find(doc)
        if m.label != NOT_INCIDENT
        and not (m.label in _ATTACK_LABELS and countered(doc, m.end, lex))
    ]
    # An attack's doubts are read up to the next attack word, past other cues
    # (「改ざん・流出や被害は確認されておりません」 hedges 改ざん too).
    attack_cues = [
        m for m in cues if m.label not in (SIGN, EXPOSED) and IncidentType(m.label) in lex.attacks
    ]
    tampering = {m.start for m in lex.tampering.find(doc)}
    tampered = False
    # Attack kinds named only as carried by a mail or a file, never as reaching us.
    carried: set[IncidentType] = set()
    reached: set[IncidentType] = set()
    # Data left open to view (「誰でも見られる状態」「誤って公開」), by the medium it was in.
    exposed: dict[IncidentType, list[Polarity]] = {}
    online = lex.online_media.contains(doc)
    heads = [m for m in cues if m.label == IncidentType.MALWARE.value]
    for match in cues:
        if match.label == SIGN:
            if warned(doc, match.end, lex):
                continue  # 「不審なメールにご注意ください」: the readers are warned of one
            lo, hi = scope_after(doc, match.end)
            hi = before_harm(doc, lo, hi, lex)
            signs.append(polarity(doc, lo, hi, lex, affirm_if=True))
            continue
        if match.label == EXPOSED:
            lo, hi = scope_after(doc, match.end)
            seen = _exposure_kind(doc, match.start, online, lex)
            exposed.setdefault(seen, []).append(polarity(doc, lo, hi, lex, affirm_if=True))
            continue
        kind = relay_kind(doc, match, IncidentType(match.label), cues, lex)
        if kind is IncidentType.VENDOR_LEAK and (
            is_reporter(doc, match.end, lex)
            or maintainer_found(doc, match.start, match.end, lex)
            or only_agent(doc, match, lex)
        ):
            continue
        if kind is IncidentType.LOST_OR_STOLEN and unfound_no_loss(doc, match, lex):
            continue
        if kind is IncidentType.OTHER and _posted_by_others(doc, match, lex):
            continue
        shown = kind is IncidentType.MALWARE and displayed(doc, match.end, lex)
        ransom_note = shown and lex.ransom_notes.contains(doc, match.start, match.end)
        if shown and not ransom_note:
            continue  # 「ウイルスに感染した」という警告: a support scam's screen
        if kind in lex.attacks and at_vendor(doc, match.start, lex):
            # 「提供事業者のサーバーが不正アクセスを受け」: the provider's systems, a vendor leak
            state = _attack_state(doc, attack_cues, attack_cues.index(match), lex)
            present.setdefault(IncidentType.VENDOR_LEAK, []).append(state)
            continue
        if kind in lex.attacks and on_another_party(doc, match.start, lex):
            continue  # 「取引先がランサムウェア被害に遭った」: not our systems
        if kind in lex.attacks:
            state = _attack_state(doc, attack_cues, attack_cues.index(match), lex)
            if ransom_note and state is Polarity.NEUTRAL:
                state = Polarity.AFFIRMED  # a ransom note on the screen is the infection
            tampered |= state is Polarity.AFFIRMED and match.start in tampering
            # 「含まれていた」's れる affirms nothing: carried, with or without it; so is
            # malware described, named or warned of (「というウイルスに注意」).
            if state in (Polarity.AFFIRMED, Polarity.NEUTRAL) and (
                _carried(doc, match.end, lex)
                or described(doc, match, heads, lex, plain=state is Polarity.NEUTRAL)
            ):
                carried.add(kind)
            elif state in (Polarity.AFFIRMED, Polarity.NEUTRAL):
                reached.add(kind)
        else:
            lo, hi = scope_after(doc, match.end)
            # 「USBなくしただけなので不正アクセスとかはないです」: the denial after the next
            # cue is that cue's, not the loss's.
            hi = min(hi, _next_cue_start(cues, match, hi))
            state = polarity(doc, lo, hi, lex, affirm_if=True)
            if kind is IncidentType.SUSPECTED and (
                no_leak_doubt(doc, match, lo, hi, lex) or unsourced_leak(doc, match, state, lex)
            ):
                continue
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
    for kind, states in _in_order(present, exposed, lex):
        if kind is IncidentType.SUSPECTED or not states:
            continue
        if kind in lex.attacks:
            if Polarity.AFFIRMED in states or (
                Polarity.NEUTRAL in states
                and Polarity.HEDGED not in states
                and Polarity.NEGATED not in states
            ):
                generic = generic_only(doc, cues, kind, lex)
                if generic and len(named := doubted & lex.attacks - {kind}) == 1:
                    kind = named.pop()  # 「DDoSっぽい…確定です、攻撃元IP数千」
                stated = kind in reached or kind not in carried
                return IncidentReading(kind, stated=stated, generic=generic)
            continue
        if all(state is Polarity.NEGATED for state in states):
            continue
        if kind not in lex.parties and all(
            state in (Polarity.NEGATED, Polarity.HEDGED) for state in states
        ):
            tentative = tentative or kind
            continue
        if kind is IncidentType.OTHER and vendor_error(doc, _errors(cues), lex):
            return IncidentReading(IncidentType.VENDOR_LEAK)  # the contractor's own error
        return IncidentReading(kind)
    if not hedged and sent_elsewhere(doc, lex):
        return IncidentReading(IncidentType.MISDELIVERY)
    if tentative is not None and not (tentative is IncidentType.OTHER and doubted & lex.attacks):
        return IncidentReading(tentative)
    if not hedged:
        return IncidentReading(None)
    named = doubted & lex.attacks
    return IncidentReading(IncidentType.SUSPECTED, doubted=named.pop() if len(named) == 1 else None)


def _errors(cues: list[Match]) -> list[Match]:
    """The cues of a setting error or an exposure (`other`)."""
    return [m for m in cues if m.label in (IncidentType.OTHER.value, EXPOSED)]


def _next_cue_start(cues: list[Match], match: Match, default: int) -> int:
    """Where the first attack word after `match` starts, or `default`."""
    return next(
        (m.start for m in cues if m.start >= match.end and m.label not in (SIGN, EXPOSED)),
        default,
    )


def _posted_by_others(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「画面を撮影され…SNSに投稿されました」: a post said in the passive is an outsider's,
    the outcome of the leak (a shot, an overheard talk), not our staff posting."""
    after = [t.lemma for t in doc.tokens[match.end : match.end + 2]]
    if after and after[0] == "為る":  # 投稿 + さ + れる
        after = after[1:]
    return lex.posts.contains(doc, match.start, match.end) and after[:1] in (["れる"], ["られる"])


def _exposure_kind(doc: Doc, start: int, online: bool, lex: Lexicon) -> IncidentType:
    """Papers or a counter seen by whoever passed (「資料は誰でも見られる状態」「窓口で文書を
    誤って公開」) are a visual leak; data open on a site or a cloud share, a setting's error
    (「共有設定ミスで閲覧できる状態」), is `other`, as are exposures of no known medium."""
    lo, hi = doc.sentence_span(start)
    if not online and lex.physical_media.contains(doc, lo, hi):
        return IncidentType.VISUAL_LEAK
    return IncidentType.OTHER


def _in_order(
    present: dict[IncidentType, list[Polarity]],
    exposed: dict[IncidentType, list[Polarity]],
    lex: Lexicon,
) -> list[tuple[IncidentType, list[Polarity]]]:
    """Each type with its cues' states, in the configured order. An exposure is the least
    specific circumstance: read where `other` is, after every type named by its own words
    (「タブレットを忘れた。カルテが見れる状態」 is a loss)."""
    ordered: list[tuple[IncidentType, list[Polarity]]] = []
    for kind in lex.incident_order:
        if kind is IncidentType.OTHER:
            ordered.append((IncidentType.VISUAL_LEAK, exposed.get(IncidentType.VISUAL_LEAK, [])))
            ordered.append((kind, present.get(kind, []) + exposed.get(kind, [])))
        else:
            ordered.append((kind, present.get(kind, [])))
    return ordered


def _malware_words(doc: Doc, lex: Lexicon) -> list[Match]:
    """The malware words of the message, which a clause may describe."""
    return [m for m in lex.incident_cues.find(doc) if m.label == IncidentType.MALWARE.value]


def _carried(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「メールにマルウェアが含まれていた」: said to be in a mail or a file, not to have run."""
    lo, hi = scope_after(doc, end)
    return lex.carried.contains(doc, lo, hi)
