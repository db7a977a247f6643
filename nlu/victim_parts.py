"""Victim counts said in parts: groups joined by 及び or listed one to a bullet line, items
each holding another's data."""

from __future__ import annotations

from collections.abc import Sequence

from nlu.amounts import Amount
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.tokens import Token
from nlu.victim_lists import listed_sums

# How many tokens (a group word: 保護者, 扶養親族, 退職者) may come between a conjunction
# and the next count for the two to be parts of one group.
_GROUP_WORD_MAX = 3
_NOUN_PARTS = frozenset({"名詞", "接頭辞", "接尾辞"})
# 「旧教職員を含む教職員122名」: a group word said with what it includes.
_INCLUDING = frozenset({"含む", "含める"})
_FUNCTION_WORDS = frozenset({"補助記号", "助詞", "助動詞"})


def conjoined(doc: Doc, first: Count, second: Count, lex: Lexicon) -> bool:
    """「児童3名及び保護者2名」「従業員約2,300名及び退職者約900名」: two counts of one kind
    joined by a conjunction with only a group word (nouns) between them."""
    if first.kind != second.kind or first.unit != second.unit or second.start < first.end:
        return False
    i = doc.token_at(first.end - 1) + 1
    stop = doc.token_at(second.start)
    if i >= stop or doc.tokens[i].surface not in lex.conjunctions:
        return False
    if lex.subset_refs.contains(doc, i + 1, stop):
        return False  # 「3,000件、うち800件」: a part of the first, not a second group
    return _group_word(doc.tokens[i + 1 : stop])


def _group_word(between: Sequence[Token]) -> bool:
    """Nouns naming a group (「保護者」「退職者」), maybe with what it is said to include
    before it (「旧教職員を含む教職員」「パートを含む従業員」)."""
    for k in range(1, len(between) - 2):
        if between[k].surface == "を" and between[k + 1].lemma in _INCLUDING:
            return _nouns(between[:k]) and _nouns(between[k + 2 :])
    return _nouns(between)


def _nouns(tokens: Sequence[Token]) -> bool:
    return len(tokens) <= _GROUP_WORD_MAX and all(t.pos1 in _NOUN_PARTS for t in tokens)


def total_of_part(doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon) -> Count | None:
    """「8,000件、うちカード情報付きが1,100件」: the part said right after the count, of its
    counter and smaller, in its sentence; the total counts what the part does, so a part
    said with its data word makes the total one of records too. Only a total said bare or as
    what leaked (「件数は8,000件」「漏れたのは4,000件」), not one of another thing (「ログ12万件、
    うち会員情報2,000件」)."""
    token = doc.token_at(count.start)
    lead = doc.tokens[doc.clause_start(token) : token]
    if any(
        t.pos1 not in _FUNCTION_WORDS and t.lemma not in lex.bare_leads | lex.leak_lemmas
        for t in lead
    ):
        return None
    later = [c for c in counts if c.start >= count.end]
    if not later or later[0].unit != count.unit or later[0].value >= count.value:
        return None
    part = later[0]
    end = doc.token_at(count.end - 1) + 1
    start = doc.token_at(part.start)
    if doc.sentence_span(start)[0] != doc.sentence_span(end - 1)[0]:
        return None
    while end < start and doc.tokens[end].pos1 == "補助記号":
        end += 1
    if not any(m.start == end for m in lex.subset_refs.find(doc, end, start)):
        return None
    return part


def items_of_others(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「はがきのうち1,032通において、宛先と異なるお客様の氏名が印字」: each item counted held
    another person's data, so the items count persons."""
    if count.unit not in lex.item_units:
        return False
    end = doc.token_at(count.end - 1) + 1
    hi = doc.sentence_span(end - 1)[1]
    if end >= hi:
        return False
    # The particle may be one token (で) or two (において is に+おい+て in some dictionaries).
    ahead = "".join(t.surface for t in doc.tokens[end : min(hi, end + 3)])
    if not any(ahead.startswith(p) for p in lex.item_particles):
        return False
    return lex.other_persons.contains(doc, end, hi)


def summed(
    doc: Doc, counts: Sequence[Count], kinds: Sequence[str | None], lex: Lexicon
) -> list[int]:
    """The value of each count read as victims, a group's last part carrying the sum of its
    parts (the earlier parts then read as None in `kinds` are still added)."""
    values = [c.value for c in counts]
    for i in range(1, len(counts)):
        if (
            kinds[i] is not None
            and kinds[i - 1] in (None, kinds[i])
            and conjoined(doc, counts[i - 1], counts[i], lex)
        ):
            values[i] += values[i - 1]
    for i, total in listed_sums(doc.text, counts, kinds).items():
        values[i] = total  # 「・会員：3,200名分」「・退会者：1,979名分」
    return values


def priced_groups(
    doc: Doc,
    counts: Sequence[Count],
    kinds: Sequence[str | None],
    amounts: Sequence[Amount],
    lex: Lexicon,
) -> dict[str, int]:
    """「会員2,500名×1,000円、非会員400名×500円」: groups of one kind each paid its own price
    per victim are different victims, so their number is the sum of the groups.

    Only groups of different sizes at different prices, with no 「うち」 between them (a part
    paid more is still among the whole), are summed; of each kind, the sum when there are two
    or more such groups.
    """
    groups: dict[str, list[tuple[Count, Amount]]] = {}
    for count, kind in zip(counts, kinds, strict=True):
        price = next(
            (
                a
                for a in amounts
                if a.per_unit is not None
                and a.units == count.value
                and a.start <= count.start < a.end
            ),
            None,
        )
        if kind is not None and price is not None:
            groups.setdefault(kind, []).append((count, price))
    sums: dict[str, int] = {}
    for kind, priced in groups.items():
        sizes = {c.value for c, _ in priced}
        prices = {a.per_unit for _, a in priced}
        if len(priced) < 2 or len(sizes) < len(priced) or len(prices) < len(priced):
            continue
        lo, hi = doc.token_at(priced[0][0].start), doc.token_at(priced[-1][0].start)
        if lex.subset_refs.contains(doc, lo, hi):
            continue
        sums[kind] = sum(sizes)
    return sums
