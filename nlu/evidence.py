"""Where each fact of a message was read: the words a user can be shown as its source.

The readers return values, not the matches behind them; this module finds, for each value
read, the cue of the same phrase sets that agrees with it, as the readers would (the last
definite statement of a message wins, the first cue of the incident type that won), and
quotes the clause it stands in: from the clause's start (or the cue, when the clause
starts far before it) to the end of the cue's scope (`nlu.polarity.scope_after`). An
amount is quoted from the cost word said with it; a count with the words just before it.
When no cue can be found the whole message is the evidence: never a guess at words the
reader did not use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, Final, TypeVar

import config
from coverage import Access, Detection, Fact, IncidentType
from nlu.amounts import Amount
from nlu.cost_cues import cost_cues
from nlu.counts import Count
from nlu.doc import Doc
from nlu.intent import hypothetical_clauses
from nlu.lexicon import EXPOSED, SIGN, Lexicon
from nlu.mentions import NOUN_PHRASE_POS
from nlu.normalize import COVERAGE_MARKER, parse_circled
from nlu.normalize import FILE as NORMALIZE_FILE
from nlu.phrases import Match
from nlu.polarity import negations, preceded_by_negating_prefix, scope_after
from nlu.reading import CostMention, Evidence, Reading, UnassignedAmount
from nlu.reporter_parties import WINNER
from nlu.reporter_sources import past_gloss
from nlu.settled import confirmation
from nlu.theft import theft_cue
from nlu.tokens import Token
from nlu.type_ransom import ransom_cues
from nlu.type_takeover import takeover_cues
from nlu.type_undelivered import undelivered_cues

# A clause that starts further than this many characters before its cue is quoted from
# the words within CONTEXT characters before the cue: 「昨日の夜に会社のサーバーが
# ランサムウェアに感染」 → 「ランサムウェアに感染」.
LEAD: Final = 10
CONTEXT: Final = 8
# How far a quote may widen to take in the other half of a 「」 it cuts.
BRACKET_REACH: Final = 30
# A cost word ending at most this many characters before its amount is quoted with it
# (「原因調査 400万円」, whose space makes the amount a clause of its own).
COST_WORD_REACH: Final = 12
# Words between a reporter and its から that still make it the source.
REPORTER_TAIL: Final = 6

_PUNCTUATION: Final = "補助記号"
# Parts of speech a quote does not start with (「が」「に」 left over from the clause).
_NOT_FIRST: Final = frozenset({"助詞", "助動詞", _PUNCTUATION})
# Marks a quote of an amount does not end with.
_TRAILING: Final = "、。,.!?/;|・"

Span = tuple[int, int]  # token indexes [lo, hi)


def attach_evidence(
    doc: Doc,
    reading: Reading,
    amounts: Sequence[Amount],
    counts: Sequence[Count],
    lex: Lexicon,
    message: int = 0,
) -> Reading:
    """`reading` with the evidence of every fact, cost and unassigned amount filled in.

    Args:
        doc: The message the reading was made from.
        amounts: The amounts found in it (each cost and unassigned amount is one of them).
        counts: The counts found in it.
        message: Index of the message in its conversation.
    """
    quote = _Quoter(doc, message)
    facts = {
        name: quote.tokens(span)
        for name, span in _fact_spans(doc, reading, counts, lex).items()
        if span is not None
    }
    pool = list(amounts)
    cues = cost_cues(doc, lex)
    costs = tuple(
        _replace(mention, evidence=quote.chars(_amount_span(doc, amount, cues, mention.key)))
        if (amount := _take(pool, mention)) is not None
        else mention
        for mention in reading.costs
    )
    unassigned = tuple(
        _replace(item, evidence=quote.chars(_amount_span(doc, amount, cues, None)))
        if (amount := _take(pool, item)) is not None
        else item
        for item in reading.unassigned
    )
    return _replace(reading, evidence=facts, costs=costs, unassigned=unassigned)


_Value = TypeVar("_Value", Reading, CostMention, UnassignedAmount)


def _replace(value: _Value, **changes: Any) -> _Value:
    """`dataclasses.replace` for the reading's value types, at a fraction of its cost.

    Every message goes through here, and replace() looks up each of a Reading's two dozen
    fields anew. These frozen dataclasses keep all their fields, every one an init field,
    in the instance dict, and check nothing in `__init__`: a copy of that dict with the
    changes is the instance `__init__` would build, without its setattr per field.
    """
    copy = object.__new__(type(value))
    vars(copy).update(vars(value), **changes)
    return copy


class _Quoter:
    """Token or character spans of one message as `Evidence`."""

    def __init__(self, doc: Doc, message: int) -> None:
        self.doc = doc
        self.message = message

    def tokens(self, span: Span) -> Evidence:
        tokens = self.doc.tokens
        lo, hi = span
        while lo < hi - 1 and tokens[lo].pos1 == _PUNCTUATION:
            lo += 1
        while hi - 1 > lo and tokens[hi - 1].pos1 == _PUNCTUATION:
            hi -= 1
        if lo >= hi:
            return self.chars((0, len(self.doc.text)))
        return self.chars((tokens[lo].start, tokens[hi - 1].end))

    def chars(self, span: Span) -> Evidence:
        start, end = _balanced(self.doc.text, *span)
        return Evidence(self.message, start, end, as_written(self.doc.text[start:end]))


def _balanced(text: str, start: int, end: int) -> Span:
    """`start, end` widened to the bracket a quote opens or closes (「お客さんから「御社から
    変なメール来た」って」, not a 「 left open), when that bracket is on the same line and near."""
    opened = text.count("「", start, end) - text.count("」", start, end)
    if opened > 0:
        close = text.find("」", end, end + BRACKET_REACH)
        if close != -1 and "\n" not in text[end:close]:
            end = close + 1
    elif opened < 0:
        open_ = text.rfind("「", max(0, start - BRACKET_REACH), start)
        if open_ != -1 and "\n" not in text[open_:start]:
            start = open_
    return start, end


def as_written(text: str) -> str:
    """Normalised text with the coverage markers turned back into ①〜⑦."""
    if "〔" not in text:
        return text
    marks = _circled_by_key()
    return COVERAGE_MARKER.sub(lambda m: marks.get(m.group(1), ""), text)


@cache
def _circled_by_key() -> dict[str, str]:
    table = parse_circled(config.read(NORMALIZE_FILE))
    by_key: dict[str, str] = {}
    for char, marker in sorted(table.items()):
        found = COVERAGE_MARKER.fullmatch(marker)
        if found:
            by_key.setdefault(found.group(1), chr(char))
    return by_key


# -- facts --------------------------------------------------------------------------


def _fact_spans(
    doc: Doc, reading: Reading, counts: Sequence[Count], lex: Lexicon
) -> dict[str, Span | None]:
    whole = (0, len(doc.tokens))
    spans: dict[str, Span | None] = {}
    kind = reading.incident_type
    if kind is not None:
        spans[Fact.INCIDENT_TYPE] = _cue_span(doc, _incident_cue(doc, kind, lex)) or whole
    access = reading.unauthorized_access
    if access is not None or Fact.UNAUTHORIZED_ACCESS in reading.said_unknown:
        negated = None if access is None else access is Access.NOT_FOUND
        cue = _agreeing(doc, lex.access_cues.find(doc), lex, negated)
        implied = spans.get(Fact.INCIDENT_TYPE) if kind in lex.attacks else None
        spans[Fact.UNAUTHORIZED_ACCESS] = _cue_span(doc, cue) or implied or whole
    if reading.announced is not None or Fact.ANNOUNCED in reading.said_unknown:
        negated = None if reading.announced is None else not reading.announced
        cues = sorted(
            [
                *(m for m in lex.announced_cues.find(doc) if m.label == "announced"),
                *lex.announced_posted.find(doc),
            ],
            key=lambda m: m.start,
        )
        spans[Fact.ANNOUNCED] = _cue_span(doc, _agreeing(doc, cues, lex, negated)) or whole
    if reading.consent is not None:
        spans[Fact.CONSENT] = _cue_span(doc, _consent_cue(doc, reading.consent, lex)) or whole
    if reading.detection is not None:
        spans[Fact.DETECTION] = _cue_span(doc, _detection_cue(doc, reading.detection, lex)) or whole
    for name, value in (
        (Fact.INDIVIDUALS, reading.individuals),
        (Fact.CORPORATIONS, reading.corporations),
        ("devices", reading.devices),
        ("loose_count", reading.loose_count),
        ("loose_corporations", reading.loose_corporations),
        ("bare_count", reading.bare_count),
        ("group_count", reading.group_count),
    ):
        if value is not None:
            spans[name] = _count_span(doc, _count_of(counts, name, value, lex)) or whole
    if reading.stolen is not None:
        spans["stolen"] = _cue_span(doc, theft_cue(doc, lex)) or whole
    if reading.settles:
        spans["settled"] = _cue_span(doc, confirmation(doc, lex)) or whole
    if reading.consent_withheld and reading.consent is None:
        # Consent said missing, the money spent in another message: the fold's refusal
        # quotes these words.
        spans["consent_withheld"] = _cue_span(doc, _consent_cue(doc, False, lex)) or whole
    if reading.answer is not None:
        spans["answer"] = whole  # a bare answer is the whole message
    for name in reading.said_unknown:
        spans.setdefault(name, whole)  # 「人数はまだ不明」: the message that said so
    return spans


def _incident_cue(doc: Doc, kind: IncidentType, lex: Lexicon) -> Match | None:
    """The first cue of the type read; for a suspicion, of an attack or a leak word."""
    wanted = _incident_labels(kind, lex.attacks)
    for match in lex.incident_cues.find(doc):
        if match.label in wanted:
            return match
    # What the user saw, told with no cue word (「拡張子が変なのに…払えば元に戻すって書いてある」
    # 「パスワード変えられてて」「送ったレターパックが届いていない」): the reader's own cue.
    seen = (*ransom_cues(doc), *takeover_cues(doc), *undelivered_cues(doc, lex))
    return next((m for m in seen if m.label in wanted), None)


@cache
def _incident_labels(kind: IncidentType, attacks: frozenset[IncidentType]) -> frozenset[str]:
    """The labels of the cues that say `kind`, worked out once per type."""
    wanted = {kind.value}
    if kind is IncidentType.SUSPECTED:
        wanted |= {attack.value for attack in attacks} | {SIGN}
    if kind in (IncidentType.VISUAL_LEAK, IncidentType.OTHER):
        wanted.add(EXPOSED)  # 「誰でも見られる状態」: its type is read from the medium
    return frozenset(wanted)


def _denies(doc: Doc, match: Match, lex: Lexicon) -> bool:
    lo, hi = scope_after(doc, match.end)
    return bool(negations(doc, lo, hi, lex) % 2) or preceded_by_negating_prefix(
        doc, match.start, lex
    )


def _hedges(doc: Doc, match: Match, lex: Lexicon) -> bool:
    lo, hi = scope_after(doc, match.end)
    _, sentence_end = doc.sentence_span(match.start)
    return lex.hedge.contains(doc, lo, hi) or lex.pending.contains(doc, match.end, sentence_end)


def _agreeing(doc: Doc, cues: Sequence[Match], lex: Lexicon, negated: bool | None) -> Match | None:
    """The last cue whose scope says what was read: denied, affirmed, or (None) hedged."""
    for match in reversed(cues):
        if negated is None:
            if _hedges(doc, match, lex):
                return match
        elif _denies(doc, match, lex) == negated and not _hedges(doc, match, lex):
            return match
    return cues[-1] if cues else None


def _consent_cue(doc: Doc, given: bool, lex: Lexicon) -> Match | None:
    if not given:
        refused = [*lex.consent_refused.find(doc), *lex.consent_refused_if_insurer.find(doc)]
        if refused:
            return max(refused, key=lambda m: m.start)
    cues = [m for m in lex.consent_cues.find(doc) if m.label == "consent"]
    return _agreeing(doc, cues, lex, not given)


def _detection_cue(doc: Doc, detection: Detection, lex: Lexicon) -> Match | None:
    """The last words that say who found it: ourselves, or the outsider who told us.

    Words in a question's supposition (「自社で見つけた場合ってダメ？」) are taken only when
    no others say it, so a statement before the question is the one quoted (and kept).
    """
    winner = doc.cache.get(WINNER)
    if winner is not None and winner[1] is detection:
        return _winning_cue(doc, winner[0], detection, lex)
    supposed = hypothetical_clauses(doc, lex)

    if detection is Detection.SELF:
        groups = [lex.self_words.find(doc), lex.self_weak.find(doc)]
    else:
        reporters = [m for m in lex.reporters.find(doc) if _tells(doc, m.end, lex)]
        groups = [reporters, [m for m in lex.report_words.find(doc) if m.label == "report"]]
        groups = groups[:1] if reporters else groups[1:]
    for group in groups:
        stated = [m for m in group if not _inside(doc, m, supposed)]
        if stated:
            return stated[-1]
    return next((group[-1] for group in groups if group), None)


def _winning_cue(doc: Doc, at: int, detection: Detection, lex: Lexicon) -> Match:
    """The words of the statement the reader took (token `at`): an outsider's report from
    the reporter named before it in its sentence (「監視会社から…と連絡」), else its own words."""
    if detection is not Detection.SELF:
        first, _ = doc.sentence_span(at)
        named = [
            m for m in lex.reporters.find(doc) if first <= m.start <= at and _tells(doc, m.end, lex)
        ]
        if named:
            return named[-1]
    return Match(at, at + 1, "detection")


def _inside(doc: Doc, match: Match, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether `match` starts inside one of the character `spans`."""
    start = doc.tokens[match.start].start
    return any(lo <= start < hi for lo, hi in spans)


def _tells(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「監視会社から」「SOCが検知」「監視サービスのアラート」「県警のサイバー犯罪対策課から」:
    the reporter is the source (a few nouns may stand before the particle)."""
    start = past_gloss(doc, end, lex)
    following = doc.tokens[start : start + REPORTER_TAIL]
    if not following:
        return False
    first = following[0]
    if first.surface in lex.source_particles or first.lemma in lex.source_lemmas:
        return True
    if first.surface == "の" and len(following) > 1 and following[1].lemma in lex.source_lemmas:
        return True
    return any(t.surface in ("から", "より") for t in following)


def _count_of(counts: Sequence[Count], name: str, value: int, lex: Lexicon) -> Count | None:
    """The last count of `value` of the kind read (顧客情報2,000件 counts individuals)."""
    kinds = {
        Fact.INDIVIDUALS: ("individuals",),
        Fact.CORPORATIONS: ("corporations",),
        "devices": ("devices",),
        "loose_count": ("individuals", "other"),
        "loose_corporations": ("corporations",),
        "bare_count": ("individuals", "other"),
        "group_count": ("individuals",),
    }[name]
    for count in reversed(counts):
        records = count.kind == "other" and count.unit in lex.record_units
        kind = count.kind
        if records and name in (Fact.INDIVIDUALS, Fact.CORPORATIONS):
            # 顧客情報2,000件 counts individuals, 法人会員660件 corporations.
            kind = "corporations" if name == Fact.CORPORATIONS else "individuals"
        if count.value == value and kind in kinds:
            return count
    return None


def _cue_span(doc: Doc, match: Match | None) -> Span | None:
    if match is None:
        return None
    _, hi = scope_after(doc, match.end)
    return _lead_in(doc, match.start), max(hi, match.end)


def _lead_in(doc: Doc, first: int) -> int:
    """Where a quote of the words at token `first` starts: its clause's start, or, when
    that is far, the few words just before them (「ランサムウェアに感染した」)."""
    lo = doc.clause_start(first)
    if doc.tokens[first].start - doc.tokens[lo].start <= LEAD:
        return lo
    tokens, at = doc.tokens, doc.tokens[first].start
    start, lo = lo, first
    while lo > start and at - tokens[lo - 1].start <= CONTEXT:
        lo -= 1
    while lo < first and (tokens[lo].pos1 in _NOT_FIRST or _leans_back(tokens[lo])):
        lo += 1
    # Never from the middle of a word: 「お客様カード」, not 「様カード」.
    while (
        lo > start and tokens[lo].pos1 in NOUN_PHRASE_POS and tokens[lo - 1].pos1 in NOUN_PHRASE_POS
    ):
        lo -= 1
    return lo


def _leans_back(token: Token) -> bool:
    """A verb that only completes the words before it (「真っ暗に なって」「確認 して」):
    a quote starting on it reads as cut off mid-sentence."""
    return token.pos1 == "動詞" and token.pos2 == "非自立可能"


def _count_span(doc: Doc, count: Count | None) -> Span | None:
    if count is None or not doc.tokens:
        return None
    first = doc.token_at(count.start)
    last = doc.token_at(max(count.end - 1, count.start))
    return _lead_in(doc, first), doc.clause_end(last)


# -- amounts ------------------------------------------------------------------------


def _take(pool: list[Amount], said: CostMention | UnassignedAmount) -> Amount | None:
    """The first amount not yet quoted that the mention was read from."""
    for index, amount in enumerate(pool):
        if amount.text == said.text:
            return pool.pop(index)
    return None


def _amount_span(doc: Doc, amount: Amount, cues: Iterable[Match], key: str | None) -> Span:
    """Characters from the cost word said with the amount (or its clause) to its clause's end.

    `key` None (an amount of unknown purpose) takes whatever cost word was said with it.
    """
    if not doc.tokens:
        return amount.start, amount.end
    first = doc.token_at(amount.start)
    last = doc.token_at(max(amount.end - 1, amount.start))
    lo, _ = doc.sentence_span(first)
    start = doc.tokens[_lead_in(doc, first)].start
    said_with = [
        cue
        for cue in cues
        if (key is None or cue.label == key)
        and lo <= cue.start
        and cue.end <= first
        and amount.start - doc.tokens[cue.end - 1].end <= COST_WORD_REACH
    ]
    if said_with:  # the nearest one
        start = min(start, doc.tokens[max(said_with, key=lambda c: c.start).start].start)
    end = doc.tokens[doc.clause_end(last) - 1].end
    while end > amount.end and doc.text[end - 1] in _TRAILING:
        end -= 1
    return start, max(end, amount.end)
