"""Reading the access: whether an attack reached our systems (不正アクセス, 感染, 侵入).

Each cue's polarity is read in the words after it, and the last definite statement of the
message is kept (「可能性ありと通報。調査したら無かった」 → not found). A hedge alone yields
`unknown`, which the caller records as a fact the user said is unknown.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from coverage import Access, IncidentType
from nlu.access_caveats import (
    alternative_asked,
    asked_in_doubt,
    caveated,
    checked_whether,
    data_taken,
    led_by_result,
    names_a_consequence,
    names_an_aspect,
    of_the_others,
)
from nlu.access_clefts import corrected_focus
from nlu.access_misuse import VIEWING, misuse_cues
from nlu.access_outcomes import checked_outcome
from nlu.access_planted import planted_cues
from nlu.doc import Doc
from nlu.incident_hints import displayed
from nlu.intruder_reach import intruder_reached, reaches
from nlu.lexicon import BLOCKED, Lexicon
from nlu.mail_borne import opened_from_us, to_a_link
from nlu.mentions import described, on_another_party
from nlu.phrases import Match
from nlu.polarity import (
    UNKNOWN,
    Polarity,
    Unknown,
    listed_value,
    negations,
    polarity,
    scope_after,
)
from nlu.quoted_predicates import with_quoted_topic
from nlu.self_doubt import wondered
from nlu.settled import named_as_result, restated_plainly
from nlu.theft import broken_into, entered_systems
from nlu.type_background import in_background
from nlu.type_checkboxes import unticked
from nlu.type_insider import insiders_access
from nlu.type_shorthand import asked_whether
from nlu.type_takeover import takeover_cues
from nlu.type_theirs import told_on_after
from nlu.type_warnings import in_public_warning
from nlu.vendor_attacks import at_vendor, countered


def _access_scope(doc: Doc, start: int, end: int, lex: Lexicon) -> Polarity:
    # 「アカウントが乗っ取られ、…閲覧された可能性」: a cue that holds its own verb is
    # stated in its clause; the next clause's hedge is about its own subject.
    verb = doc.tokens[end - 1].pos1 in ("動詞", "助動詞")
    if corrected_focus(doc, end):
        return Polarity.AFFIRMED  # 「感染したのは2台ではなく3台」: what it hit is corrected
    lo, hi = scope_after(doc, end, extend=not verb)
    spaced = _spaced_value(doc, lo, hi, lex)
    if spaced is not None:
        return spaced
    listed = listed_value(doc, lo, hi, lex)
    if listed is Polarity.NEGATED and doc.tokens[lo + 1].surface == _NOT_YET:
        # 「公表：未」 is not announced, but 「不正アクセス：未」 is not yet known: a doubt.
        return Polarity.HEDGED
    hi = before_harm(doc, lo, hi, lex)
    hi = _before_next_subject(doc, lo, hi, lex)
    hi = _before_announcing(doc, lo, hi, lex)
    # 「不正アクセスの調査を依頼」: the cue only qualifies a neutral noun.
    if (
        lo + 1 < hi
        and doc.tokens[lo].surface == "の"
        and doc.tokens[lo + 1].lemma in lex.neutral_heads
        and not lex.hedge.contains(doc, lo, hi)
    ):
        return Polarity.TOPIC
    if (
        lo + 1 < hi
        and doc.tokens[lo].surface == "の"
        and doc.tokens[lo + 1].lemma in lex.sign_heads
    ):
        sign = polarity(doc, lo + 2, hi, lex, affirm_if=True)
        return sign if sign in (Polarity.NEGATED, Polarity.ASKED) else Polarity.HEDGED
    if lex.access_attempted.contains(doc, lo, hi):
        stops = [m for m in lex.access_attempted.find(doc, lo, hi) if m.label == BLOCKED]
        stopped = _stopped(doc, end, stops[0], hi, lex) if stops else Polarity.HEDGED
        if stopped is not None:
            return stopped
    if checked_whether(doc, lo, hi, lex) or alternative_asked(doc, lo, hi, lex):
        return Polarity.HEDGED
    affirmed = (
        lex.access_affirm.contains(doc, lo, hi)
        or any(t.lemma in lex.doing for t in doc.tokens[start if verb else lo : hi])
        or (verb and reaches(doc, end))
    )
    return polarity(doc, lo, hi, lex, affirm_if=affirmed)


def _spaced_value(doc: Doc, lo: int, hi: int, lex: Lexicon) -> Polarity | None:
    """「結果：不正アクセス 無」「侵入：調査の結果 無し」: a key's value set off by a space at
    the end of its line, the scope's last word or the word right after it. 未 (「侵入 未」)
    is not yet known, a doubt; a word with more said after it on its line is no value."""
    tokens = doc.tokens
    at = hi if hi < len(tokens) and doc.sentence_of[hi] == doc.sentence_of[max(hi - 1, 0)] else None
    for i in (hi - 1, at):
        if i is None or i <= 0 or i < lo:
            continue
        value = tokens[i]
        if doc.text[doc.ends[i - 1] : doc.starts[i]].strip(" \u3000") or (
            doc.starts[i] == doc.ends[i - 1]
        ):
            continue  # not set off by a space
        _, last = doc.sentence_span(i)
        if any(t.pos1 != "補助記号" for t in tokens[i + 1 : last]):
            continue
        if value.surface == _NOT_YET:
            return Polarity.HEDGED
        if value.surface in lex.listed_absent or lex.negating.get(value.lemma) == value.pos1:
            return Polarity.NEGATED
        if value.surface in lex.listed_present:
            return Polarity.AFFIRMED
    return None


def _stopped(doc: Doc, cue_end: int, match: Match, hi: int, lex: Lexicon) -> Polarity | None:
    """「攻撃は防御されていました」「侵入を阻止した」: an attack word, the subject or object
    right after it, said to be stopped (hedged: it did not reach us) or not stopped
    (「防げなかった」: it got through), neutral when a stop is only planned or aimed at
    (「攻撃を防ぐため」). None when the attack's own predicate comes first."""
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
    # 「不正アクセスを防止する対策」「攻撃を防ぐため」「アクセスを遮断するとともに」: a measure
    # against it, said ahead, states no attack (set 40, written blind: a cut-off of outside
    # access read as access found).
    return Polarity.NEUTRAL


# The incident cues' labels of the attack kinds.
_ATTACK_VALUES = frozenset(
    {IncidentType.MALWARE.value, IncidentType.UNAUTHORIZED_ACCESS.value, IncidentType.DDOS.value}
)
# A key's value 「未」 (not yet) said of access leaves it open, unlike 「無」.
_NOT_YET = "未"
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


def _before_announcing(doc: Doc, lo: int, hi: int, lex: Lexicon) -> int:
    """Where a word for announcing starts: 「会員サイトに不正ログイン 運営会社は公表せず」
    denies the announcement (a headline runs both into one clause), not the attack."""
    return next(
        (m.start for m in lex.announced_cues.find(doc, lo, hi) if m.label == "announced"), hi
    )


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
        if hedges.contains(doc, i, end) and not _own_subject(doc, with_quoted_topic(doc, i), end):
            return True
        i = end
    return False


def _own_subject(doc: Doc, lo: int, hi: int) -> bool:
    """A clause with a subject of its own (「データが見られた可能性がある」): its hedge
    qualifies that subject, not the attack confirmed before it."""
    return (
        names_an_aspect(doc, lo, hi)
        or names_a_consequence(doc, lo, hi)
        or any(t.surface == "が" and t.pos2 == "格助詞" for t in doc.tokens[lo:hi])
    )


def attack_state(doc: Doc, cues: list[Match], index: int, lex: Lexicon) -> Polarity:
    """An attack word's polarity, with the doubts said after it in the clauses that follow
    (「…成功したかどうかは不明」) and an investigation still under way (「調査中」); a doubt the
    writer takes back at once (「感染してたみたいです いや してました」) is none."""
    state = _attack_state(doc, cues, index, lex)
    if state is not Polarity.HEDGED:
        return state
    match = cues[index]
    following = cues[index + 1].start if index + 1 < len(cues) else len(doc.tokens)
    _, sentence_end = doc.sentence_span(match.start)
    hi = min(
        following,
        doc.sentence_span(sentence_end)[1] if sentence_end < len(doc.tokens) else sentence_end,
    )
    return Polarity.AFFIRMED if restated_plainly(doc, match.end, hi, lex) else state


def _attack_state(doc: Doc, cues: list[Match], index: int, lex: Lexicon) -> Polarity:
    match = cues[index]
    if wondered(doc, match, cues):
        return Polarity.HEDGED  # 「乗っ取られたのかな」: the writer wonders whether it happened
    state = _access_scope(doc, match.start, match.end, lex)
    following = cues[index + 1].start if index + 1 < len(cues) else len(doc.tokens)
    # A cue that ends its clause with nothing said of it (「ふせいあくせす されたかも」,
    # segmented as a verb and a space) is doubted the same way.
    bare = state is Polarity.NEUTRAL and doc.clause_end(match.end - 1) == match.end
    if (state is Polarity.AFFIRMED or bare) and dangling_hedge(doc, match.end, following, lex):
        return Polarity.HEDGED
    _, sentence_end = doc.sentence_span(match.start)
    if state is not Polarity.NEUTRAL and _pending_of_it(doc, match.end, sentence_end, lex):
        return Polarity.HEDGED
    if state is Polarity.ASKED and asked_in_doubt(doc, match.end, following, lex):
        return Polarity.HEDGED
    if state is Polarity.NEUTRAL and named_as_result(doc, match.start, lex):
        return Polarity.AFFIRMED  # 「有無を確認してもらった結果、ランサムウェアでした」
    return state


def _pending_of_it(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """A check still under way in tokens[lo:hi] (「調査中」), unless its clause takes an aspect
    as topic (「送信痕跡あり（約12GB、内容精査中）」「原因は調査中」): that is checked, not
    whether the attack happened."""
    return any(
        not names_an_aspect(doc, with_quoted_topic(doc, doc.clause_start(m.start)), m.end)
        and not _of_a_quoted_consequence(doc, lo, m.start)
        for m in lex.pending.find(doc, lo, hi)
    )


def _of_a_quoted_consequence(doc: Doc, cue_end: int, pending: int) -> bool:
    """「攻撃を受けたと発表し、流出の有無は「調査中」と述べた」: a check quoted as said of what
    the intruder may have done, in a clause after the attack's own, checks that, not the
    attack."""
    start = doc.clause_start(pending)
    topic = with_quoted_topic(doc, start)
    return (
        topic < start
        and topic >= doc.clause_end(cue_end - 1)
        and names_a_consequence(doc, topic, pending)
    )


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
    # 「近所の薬局がウイルスに感染したと聞きました」: the attack words after theirs are theirs.
    theirs = [
        m
        for m in lex.incident_cues.find(doc)
        if m.label in _ATTACK_VALUES and on_another_party(doc, m.start, lex)
    ]
    cues = [
        m
        for m in [*lex.access_cues.find(doc), *misuse_cues(doc, lex), *planted_cues(doc)]
        if m.start not in held
        and not told_on_after(doc, m, theirs)
        and not unticked(doc, m)  # 「□不正アクセス　■紛失」: a choice the form offers
        and not displayed(doc, m.end, lex)
        and not described(doc, m, heads, lex, plain=False)
        and not _trace_of_before(doc, m, lex)
        and not on_another_party(doc, m.start, lex)
        and not opened_from_us(doc, m.start)  # the recipient's infection
        and not to_a_link(doc, m.start)  # 「URLにはアクセスせず」: a reader's click
        and not at_vendor(doc, m.start, lex)
        and not countered(doc, m.end, lex)
        and not broken_into(doc, m)
        and not insiders_access(doc, m)
        and not asked_whether(doc, m)  # 「侵入の有無を教えてください」 says nothing of it
        and not in_public_warning(doc, m)  # 「…感染する被害が相次いでいます」: the public's
        and not in_background(doc, m, lex)  # 「昨年の被害を受け対策…このたび」: a past attack
    ]
    cues = sorted([*cues, *entered_systems(doc), *takeover_cues(doc), *intruder_reached(doc)])
    for index in range(len(cues)):
        state = attack_state(doc, cues, index, lex)
        if cues[index].label == VIEWING and state is not Polarity.NEGATED:
            continue  # 「職員が住民情報を不正に閲覧」: a look at data, no access said
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
            # 「調べてもらった結果、ウイルス感染ではなかった。不正アクセスもなかった」: the
            # check named with one denial is the one the next denial reports too.
            investigated = investigated or lex.access_investigated.contains(doc, first, last)
        elif (
            state is Polarity.HEDGED
            and result is None
            and not of_the_others(doc, cues[index].start)
            and not data_taken(doc, cues[index].start)
        ):
            # 「残りの2台も感染してないかチェック」: whether it spread, not whether it happened;
            # 「情報が抜かれたかは不明」: what was taken, not whether it happened.
            result = UNKNOWN
    if result is None or result is UNKNOWN:
        # 「不正アクセスの有無を調べてもらったけど、なかったです」: the outcome answers the check.
        outcome = checked_outcome(doc, lex)
        if outcome is not None:
            result, concluded, investigated = outcome[1], True, True
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
    if lex.access_concluded.contains(doc, first, last) or led_by_result(doc, match.start, lex):
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


def _malware_words(doc: Doc, lex: Lexicon) -> list[Match]:
    """The malware words of the message, which a clause may describe."""
    return [m for m in lex.incident_cues.find(doc) if m.label == IncidentType.MALWARE.value]
