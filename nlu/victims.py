"""Victim counts: individuals and corporations affected, as opposed to our own staff or PCs."""

from __future__ import annotations

from collections.abc import Sequence

from nlu.amounts import Amount
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon

# How many tokens before a record count may hold the word for its data (顧客情報2,000件),
# and how many after 「の」 (「1,426件の個人情報」).
_RECORD_BEFORE = 8
_RECORD_AFTER = 4


def _inside_per_unit(count: Count, amounts: Sequence[Amount]) -> bool:
    # 「1件あたり500円」「1人500円」: the one is the unit of a price, not a number of victims.
    return count.value == 1 and any(
        (a.per_unit is not None and a.start <= count.start < a.end) or 0 <= a.start - count.end <= 6
        for a in amounts
    )


def _about_records(doc: Doc, count: Count, after_previous: int, lex: Lexicon) -> bool:
    """「顧客情報2,000件」「253件分のお客様情報」 count persons; 「購入関連情報59,021件」 does not.

    The data word is looked for in the count's own item: after the count before it.
    """
    token = doc.token_at(count.start)
    lo, hi = doc.sentence_span(token)
    window = max(lo, token - _RECORD_BEFORE, after_previous)
    if lex.record_context.contains(doc, window, token):
        return not lex.not_persons.contains(doc, window, token)
    end = doc.token_at(count.end - 1) + 1
    if end < hi and doc.tokens[end].surface == "の":
        return lex.record_context.contains(doc, end + 1, min(hi, end + 1 + _RECORD_AFTER))
    return False


def _claimants(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「会員3名から損害賠償請求」: the people who claim, not the number of victims."""
    end = doc.token_at(count.end - 1) + 1
    if end >= len(doc.tokens) or doc.tokens[end].surface != "から":
        return False
    stop = doc.sentence_span(end)[1]
    return any(t.lemma in lex.claim_lemmas for t in doc.tokens[end + 1 : stop])


def _stored_not_leaked(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「サーバーには8万5000人分の患者情報が記録されており」 in a text that says no leak is known.

    The count is of records kept somewhere, not of persons whose data leaked.
    """
    if lex.no_leak is None or lex.no_leak.search(doc.text) is None:
        return False
    lo, hi = doc.sentence_span(doc.token_at(count.start))
    lemmas = {t.lemma for t in doc.tokens[lo:hi]}
    return bool(lemmas & lex.stored_lemmas) and not lemmas & lex.leak_lemmas


def _victim_kind(doc: Doc, count: Count, after_previous: int, lex: Lexicon) -> str | None:
    """individuals, corporations, or None when the count is not about victims."""
    kind = count.kind
    token = doc.token_at(count.start)
    clause_start = doc.clause_start(token)
    if kind == "other" and count.unit in lex.record_units:
        # 「顧客情報2,000件」 counts persons; 「問い合わせ50件」 does not.
        kind = "individuals" if _about_records(doc, count, after_previous, lex) else "other"
    if kind not in ("individuals", "corporations"):
        return None
    if _stored_not_leaked(doc, count, lex):
        return None
    if lex.mixed_group.match(doc.text, count.end):
        return None
    if kind == "individuals" and _claimants(doc, count, lex):
        # A few persons claiming are some of the victims, not their number; a partner
        # company claiming (「取引先3社から賠償請求」) is itself the victim.
        return None
    if lex.retracted.match(doc.text, count.end):
        return None  # 「300名ではなく18社でした」
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
    """(individuals, corporations, devices); the largest count of each kind said.

    Persons counted as persons (7,409人) win over records about them (カード情報7,645件):
    one person may have several records.
    """
    found: dict[str, int] = {}
    persons: list[int] = []
    after_previous = 0
    for count in counts:
        previous, after_previous = after_previous, doc.token_at(count.end - 1) + 1
        if _inside_per_unit(count, amounts):
            continue
        if count.kind == "devices":
            found["devices"] = max(found.get("devices", 0), count.value)
            continue
        kind = _victim_kind(doc, count, previous, lex)
        if kind is not None:
            found[kind] = max(found.get(kind, 0), count.value)
            if kind == count.kind == "individuals":
                persons.append(count.value)
    if persons:
        found["individuals"] = max(persons)
    return found.get("individuals"), found.get("corporations"), found.get("devices")
