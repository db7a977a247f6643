"""Whether the incident was announced (公表): said, planned, denied, or undecided."""

from __future__ import annotations

from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.polarity import (
    UNKNOWN,
    Polarity,
    Unknown,
    negations,
    polarity,
    preceded_by_negating_prefix,
    scope_after,
)


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
