"""Victim counts: individuals and corporations affected, as opposed to our own staff or PCs."""

from __future__ import annotations

from collections.abc import Sequence

from nlu.amounts import Amount
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon


def _inside_per_unit(count: Count, amounts: Sequence[Amount]) -> bool:
    # 「1件あたり500円」「1人500円」: the one is the unit of a price, not a number of victims.
    return count.value == 1 and any(
        (a.per_unit is not None and a.start <= count.start < a.end) or 0 <= a.start - count.end <= 6
        for a in amounts
    )


def _victim_kind(doc: Doc, count: Count, lex: Lexicon) -> str | None:
    """individuals, corporations, or None when the count is not about victims."""
    kind = count.kind
    token = doc.token_at(count.start)
    clause_start = doc.clause_start(token)
    if kind == "other" and count.unit in lex.record_units:
        # 「顧客情報2,000件」 counts persons; 「問い合わせ50件」 does not.
        lo, _ = doc.sentence_span(token)
        window = max(lo, token - 8)
        kind = "individuals" if lex.record_context.contains(doc, window, token) else "other"
    if kind not in ("individuals", "corporations"):
        return None
    lo, hi = doc.sentence_span(token)
    if not lex.victim_context.contains(doc, lo, hi) and not count.text.endswith("分"):
        return None
    ours = lex.not_victims.contains(doc, max(clause_start, token - 2), token)
    if ours and not count.text.endswith("分") and not _is_target(doc, clause_start, hi, lex):
        return None
    return kind


def _is_target(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    # 「対象は社員150名」: staff whose data leaked are victims too.
    return any(t.lemma in lex.target_lemmas for t in doc.tokens[lo:hi])


def loose_count(doc: Doc, counts: Sequence[Count], lex: Lexicon) -> int | None:
    """A bare 「1,250件でした」: a count of people or records said without context.

    It can only correct a victim count already known; the caller decides.
    """
    people = [c for c in counts if c.kind == "individuals" or c.unit in lex.record_units]
    # 「千二百名ではなく千五百名でした」: the last one said is the corrected one.
    return people[-1].value if people else None


def read_victims(
    doc: Doc, counts: Sequence[Count], amounts: Sequence[Amount], lex: Lexicon
) -> tuple[int | None, int | None, int | None]:
    """(individuals, corporations, devices); the largest count of each kind said."""
    found: dict[str, int] = {}
    for count in counts:
        if _inside_per_unit(count, amounts):
            continue
        if count.kind == "devices":
            found["devices"] = max(found.get("devices", 0), count.value)
            continue
        kind = _victim_kind(doc, count, lex)
        if kind is not None:
            found[kind] = max(found.get(kind, 0), count.value)
    return found.get("individuals"), found.get("corporations"), found.get("devices")
