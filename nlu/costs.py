"""Attaching each amount to the cost it is said about, within its clause.

「調査に300万、復旧に200万かかった」 is two costs: each amount takes the nearest cost phrase
before it in its clause, else the one after it; failing that, the only kind of cost named
in its sentence, then in its message. An amount whose purpose cannot be told, that follows
two different costs joined by と/や (「調査と復旧で500万」), or that is said with a word
naming no coverage (その他費用, 売上減少) is unassigned: reported, never guessed. A total
of amounts already said (「＝3,300万」) is not another cost.

Per-unit prices are multiplied by the count they go with: 「PC3台を1台100万円で」,
「1人500円、400名分」, 「500円を2,000名に」. A price per person with no count in the message
is kept per person and multiplied once the number of victims is known.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coverage import Fact
from nlu.amount_words import amount_words
from nlu.amounts import Amount
from nlu.cost_corrections import placed_correction
from nlu.counts import Count, find_numerals, group_before
from nlu.doc import Doc
from nlu.kana_words import kana_matches
from nlu.lexicon import GENERIC_INVESTIGATION, NOT_COST, UNKNOWN_COST, Lexicon
from nlu.phrases import Match
from nlu.polarity import Polarity, polarity, scope_after
from nlu.reading import Correction, CostMention, UnassignedAmount

# At most this many characters between two amounts of one list (「個人1,000円、法人3万円」).
_LIST_GAP = 8
# At most this many characters between a product and its total said again (「で」「、計」).
_RESTATED_GAP = 4
# 「被害範囲の調査」「侵入の有無を調べる」: the particle between a specific word and 調査.
_NAMING_PARTICLES = frozenset({"の", "を"})
# No shorthand in 万円 for these: no cost, no coverage, or a price per victim in yen.
_NO_SHORTHAND = frozenset({NOT_COST, UNKNOWN_COST, "condolence"})
# ① 不正アクセスの有無の確認 and ② 原因・被害範囲調査 (and a plain 調査): one group.
_CHECK_OR_INVESTIGATION_ORDER = ("access_response", "investigation", GENERIC_INVESTIGATION)
_CHECK_OR_INVESTIGATION = frozenset(_CHECK_OR_INVESTIGATION_ORDER)
_PERSON_UNITS = {"individuals": "individuals", "corporations": "corporations", "devices": "devices"}


@dataclass(frozen=True)
class Priced:
    """An amount with its per-unit multiplication done where the count is known."""

    amount: Amount
    yen: int
    per: Fact | None = None  # a price per victim (individuals / corporations), count unknown


def _kind(count: Count, lex: Lexicon) -> str:
    if count.kind == "other" and count.unit in lex.record_units:
        return "individuals"
    return count.kind


def _marker_before(
    text: str, amount: Amount, counts: Sequence[Count], lex: Lexicon
) -> Count | None:
    """「1台100万円」「1名あたり500円」: a count of one just before the amount."""
    for count in counts:
        near = count.value == 1 and amount.start - 6 <= count.end <= amount.start
        if near and lex.unit_mark.match(text[count.end : amount.start]):
            return count
    return None


def _marker_within(amount: Amount, counts: Sequence[Count]) -> Count | None:
    """「1社あたり5万円」: the count of one the per-unit phrase itself starts with."""
    if amount.per_unit is None:
        return None
    for count in counts:
        if count.value == 1 and amount.start <= count.start < amount.end:
            return count
    return None


def _restates(doc: Doc, item: Priced, before: Priced | None) -> bool:
    """「1台60万×3台で180万」「1人あたり10万円、計30万円」: the product said again.

    An amount equal to the product just before it, in its sentence, with only a few
    characters and no number between them, is that product's total, not another cost.
    """
    if before is None or item.yen != before.yen or item.amount.units is not None:
        return False
    if before.yen == before.amount.yen and before.amount.units is None:
        return False  # 「調査300万、復旧300万」: two costs of the same size
    gap = doc.text[before.amount.end : item.amount.start]
    return len(gap) <= _RESTATED_GAP and not any(c.isdigit() or c in "。\n" for c in gap)


def _count_after(text: str, amount: Amount, counts: Sequence[Count], lex: Lexicon) -> Count | None:
    """「500円を2,000名に」「(500円)を1,000名に」: the count that follows the price."""
    gap = lex.following_count.match(text, amount.end)
    position = gap.end() if gap else amount.end
    for count in counts:
        if count.start == position and count.value > 1:
            return count
    return None


def price(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> list[Priced]:
    """Multiply per-unit prices by their counts (see module doc)."""
    text = doc.text
    priced = []
    markers = [_marker_before(text, a, counts, lex) or _marker_within(a, counts) for a in amounts]
    groups = [
        group_before(text, marker.start if marker else a.start)
        for a, marker in zip(amounts, markers, strict=True)
    ]
    # 「個人に500円、法人に5万円ずつ」: a price per victim of one group makes every group's
    # price in its sentence one too.
    distributive = {
        doc.sentence_of[doc.token_at(a.start)]
        for a, marker, group in zip(amounts, markers, groups, strict=True)
        if group and (marker is not None or a.per_unit is not None)
    }
    # 「見舞金 個人1,000円、法人3万円」: one price for each of two groups in a sentence is a
    # price per victim of each; not 「個人分42,500円」 or a sentence of totals (合計, 総額).
    sentence_groups: dict[int, set[str]] = {}
    for a, group in zip(amounts, groups, strict=True):
        if group in ("individuals", "corporations") and a.units is None:
            if text[max(0, a.start - 2) : a.start].strip().endswith("分"):
                continue
            sentence_groups.setdefault(doc.sentence_of[doc.token_at(a.start)], set()).add(group)
    distributive |= {
        sentence
        for sentence, kinds in sentence_groups.items()
        if len(kinds) > 1 and not _has_total(doc, sentence, lex)
    }
    for amount, marker, group in zip(amounts, markers, groups, strict=True):
        if amount.units is not None:
            priced.append(Priced(amount, amount.yen))
            continue
        if group and doc.sentence_of[doc.token_at(amount.start)] in distributive:
            priced.append(_per_group(amount, group, counts, lex))
            continue
        if marker is None and amount.per_unit is None:
            following = _count_after(text, amount, counts, lex)
            if following is not None and _kind(following, lex) in _PERSON_UNITS:
                priced.append(Priced(amount, amount.yen * following.value))
            elif lex.everyone.match(text[amount.end :]):
                # 「500円のQUOカードを全員に」: per victim, whoever they turn out to be.
                priced.append(Priced(amount, amount.yen, per=Fact.INDIVIDUALS))
            else:
                priced.append(Priced(amount, amount.yen))
            continue
        kind = _kind(marker, lex) if marker else (group or "individuals")
        priced.append(_per_group(amount, kind, counts, lex))
    return priced


def _has_total(doc: Doc, sentence: int, lex: Lexicon) -> bool:
    tokens = [i for i, s in enumerate(doc.sentence_of) if s == sentence]
    if not tokens:
        return False
    found = lex.correction.find(doc, tokens[0], tokens[-1] + 1)
    return any(m.label == "total" for m in found)


def _per_group(amount: Amount, kind: str, counts: Sequence[Count], lex: Lexicon) -> Priced:
    """A price per thing of `kind`, times the nearest count of that kind when there is one."""
    partners = [c for c in counts if c.value > 1 and _kind(c, lex) == kind]
    if partners:
        # The nearest count of the same kind (「個人2,400名、法人15社」 pairs each price).
        nearest = min(partners, key=lambda c: abs(c.start - amount.start))
        return Priced(amount, amount.yen * nearest.value)
    if kind in ("individuals", "corporations"):
        return Priced(amount, amount.yen, per=Fact(kind))
    return Priced(amount, amount.yen)


def _joined_ambiguity(doc: Doc, before: Sequence[Match], lex: Lexicon) -> bool:
    if len(before) < 2 or before[-1].label == before[-2].label:
        return False
    if GENERIC_INVESTIGATION in (before[-1].label, before[-2].label) and (
        before[-1].start - before[-2].end == 0
    ):
        return False  # 「フォレンジック調査」: the specific word decides
    between = doc.tokens[before[-2].end : before[-1].start]
    return len(between) == 1 and between[0].surface in lex.joiners


def _qualifies(doc: Doc, specific: Match, generic: Match) -> bool:
    """「フォレンジック調査」「被害範囲の調査」: the specific word names the plain 調査."""
    between = doc.tokens[specific.end : generic.start]
    return specific.end <= generic.start and (
        not between or (len(between) == 1 and between[0].surface in _NAMING_PARTICLES)
    )


def _only_kind(doc: Doc, cues: Sequence[Match]) -> Match | None:
    """The one kind of cost among `cues`.

    A plain 調査 gives way to a specific word only where that word names it
    (「フォレンジック調査」); 「調査 220万／お詫び状 18万」 names two kinds.
    """
    labels = {c.label for c in cues}
    plain = [c for c in cues if c.label == GENERIC_INVESTIGATION]
    specific = [c for c in cues if c.label != GENERIC_INVESTIGATION]
    if (
        len(labels) == 2
        and plain
        and all(any(_qualifies(doc, s, g) for s in specific) for g in plain)
    ):
        labels.discard(GENERIC_INVESTIGATION)
    if len(labels) > 1 and labels <= _CHECK_OR_INVESTIGATION:
        # 「フォレンジック業者に有無の確認を依頼 …費用は300万」: ① and ② are one group with
        # one limit; a check for access (①) is what the specific words name first.
        labels = {next(label for label in _CHECK_OR_INVESTIGATION_ORDER if label in labels)}
    if len(labels) != 1:
        return None
    label = labels.pop()
    return next(c for c in reversed(cues) if c.label == label)


def _cue_for(
    doc: Doc, first: int, last: int, cues: Sequence[Match], lex: Lexicon, others: Sequence[int]
) -> Match | None:
    """The cost word an amount (tokens first..last) is said with; `others` are where the
    message's other amounts start."""
    clause = doc.clause_of[first]
    in_clause = [c for c in cues if doc.clause_of[c.start] == clause]
    # 「2,000万円の損害賠償請求」: a cost named right after its amount.
    for cue in in_clause:
        if cue.start == last or (cue.start == last + 1 and doc.tokens[last].surface == "の"):
            return cue
    before = [c for c in in_clause if c.end <= first]
    if _joined_ambiguity(doc, before, lex):
        return None
    if before:
        nearest = before[-1]
        if nearest.label == GENERIC_INVESTIGATION:
            # 「フォレンジック調査」「被害範囲の調査」: the specific word decides.
            specific = [
                c
                for c in before
                if c.label != GENERIC_INVESTIGATION
                and nearest.start - c.end <= 1
                and all(t.surface == "の" for t in doc.tokens[c.end : nearest.start])
            ]
            return specific[-1] if specific else nearest
        return nearest
    after = [c for c in in_clause if c.start >= last]
    if after:
        # 「見積 180万、駆除とEDRで45万」: a word between this amount and the next in its
        # clause names the next one, when this one has none before it.
        if any(after[0].end <= i and doc.clause_of[i] == clause for i in others if i > first):
            return None
        return after[0]
    lo, hi = doc.sentence_span(first)
    # A word after this amount and before another in that one's clause is the other's
    # (「見積 180万、駆除で45万」); one said before both may be theirs (「見舞金 個人1,000円、
    # 法人3万円」).
    free = [
        c
        for c in cues
        if c.start < last
        or not any(c.end <= i and doc.clause_of[i] == doc.clause_of[c.start] for i in others)
    ]
    in_sentence = [c for c in free if lo <= c.start < hi]
    if in_sentence:
        return _only_kind(doc, in_sentence)
    return _only_kind(doc, free) if free else None


def _is_total(doc: Doc, first: int, lex: Lexicon) -> bool:
    before = max(doc.clause_start(first), first - 3)
    return any(m.label == "total" for m in lex.correction.find(doc, before, first))


def _considered(text: str, amounts: Sequence[Amount], index: int, lex: Lexicon) -> bool:
    """「個人1,000円、法人3万円で検討中」: the amount, or the list it ends with, is an option.

    The list runs on while the next amount follows within a few characters, no number and
    no sentence end between them; what is said right after its last amount decides.
    """
    last = amounts[index]
    for following in amounts[index + 1 :]:
        gap = text[last.end : following.start]
        if len(gap) > _LIST_GAP or any(c.isdigit() or c in "。\n" for c in gap):
            break
        last = following
    return lex.considered.match(text, last.end) is not None


def attach_costs(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> tuple[list[CostMention], list[UnassignedAmount], list[str]]:
    """Split `amounts` into costs, amounts of unknown purpose, and negative amounts.

    A negative amount (「-300万円」「マイナス300万円」「△300万円」) is no cost: it is returned
    as written, so the caller can say it was not taken.
    """
    # 「ふぉれんじっく見積 180万」: a cost word typed in hiragana is still that word.
    heard = kana_matches(doc, lex.cost_loanwords)
    cues = sorted([*lex.cost_cues.find(doc), *heard], key=lambda m: m.start)
    costs: list[CostMention] = []
    unassigned: list[UnassignedAmount] = []
    negative: list[str] = []
    correction = read_correction(doc, lex)
    previous: Priced | None = None
    held: tuple[Match, Priced] | None = None  # an amount a later one of its cost replaces
    for index, item in enumerate(price(doc, amounts, counts, lex)):
        amount = item.amount
        before, previous = previous, item
        if _restates(doc, item, before):
            continue
        if _considered(doc.text, amounts, index, lex):
            continue
        if lex.minus.search(doc.text[max(0, amount.start - 4) : amount.start]):
            negative.append(f"-{amount.text}")
            continue
        if lex.retracted.match(doc.text, amount.end):
            continue  # 「300万円ではなく350万円でした」: the first amount is the wrong one
        first = doc.token_at(amount.start)
        last = max(first + 1, doc.token_at(max(amount.end - 1, amount.start)) + 1)
        earlier = sum(1 for other in amounts if other.end <= amount.start)
        # 「1人1,000円を2,500人に…合計250万円」: a total of one product is no new cost either.
        multiplied = (
            before is not None and before.yen != before.amount.yen and before.yen == item.yen
        )
        if (earlier >= 2 or multiplied) and _is_total(doc, first, lex):
            continue
        others = [doc.token_at(a.start) for a in amounts if a is not amount]
        cue = _cue_for(doc, first, last, cues, lex, others)
        if cue is not None and cue.label == NOT_COST:
            continue
        if held is not None:
            # 「300万と言いましたが、正しくは350万」: the later amount of that cost replaces it.
            cue = held[0] if cue is None else cue
            if cue.label != held[0].label:
                costs.append(_mention(*held, correction))
            held = None
        if (
            cue is not None
            and cue.label != UNKNOWN_COST
            and lex.superseded.match(doc.text, amount.end)
        ):
            held = cue, item
            continue
        if cue is None or cue.label == UNKNOWN_COST:
            named = cue is not None
            unassigned.append(
                UnassignedAmount(item.yen, amount.text, amount.approximate, named=named)
            )
            continue
        costs.append(_mention(cue, item, correction))
    if held is not None:
        costs.append(_mention(*held, correction))  # no later amount replaced it
    if _declared_scale(doc):
        costs.extend(_bare_numbers(doc, amounts, counts, lex))
    return costs, unassigned, negative


def _mention(cue: Match, item: Priced, correction: Correction | None) -> CostMention:
    amount = item.amount
    return CostMention(
        key=cue.label,
        yen=item.yen,
        text=amount.text,
        approximate=amount.approximate,
        range_low=amount.range_low,
        per_unit=amount.per_unit,
        units=amount.units,
        correction=correction,
        per=item.per,
    )


def propose_shorthand(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> list[CostMention]:
    """「調査800」「復旧 120」: a bare number right after a cost word, in agent shorthand.

    Neither dropped nor taken: each is returned as a proposal (800万円, the scale of
    `config/nlu_amounts.toml` [shorthand]) for the conversation to confirm. A number
    that is part of an amount, a count, a date or a time, or has any unit after it,
    is no proposal.
    """
    return [] if _declared_scale(doc) else _bare_numbers(doc, amounts, counts, lex)


def _bare_numbers(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> list[CostMention]:
    cfg = amount_words()
    text = doc.text
    taken = [(a.start, a.end) for a in amounts] + [(c.start, c.end) for c in counts]
    ends = {doc.tokens[c.end - 1].end: c for c in lex.cost_cues.find(doc)}
    proposals: list[CostMention] = []
    for numeral in find_numerals(text):
        value = numeral.value
        if not (isinstance(value, int) and numeral.text.isdigit()):
            continue
        if not 0 < value < cfg.shorthand_below:
            continue
        if any(lo <= numeral.start < hi for lo, hi in taken):
            continue
        if not cfg.shorthand_after.match(text, numeral.end):
            continue
        cue = next(
            (
                c
                for end, c in ends.items()
                if end <= numeral.start and cfg.shorthand_label.fullmatch(text, end, numeral.start)
            ),
            None,
        )
        if cue is None or cue.label in _NO_SHORTHAND:
            continue
        proposals.append(CostMention(cue.label, value * cfg.shorthand_scale, numeral.text))
    return proposals


def _declared_scale(doc: Doc) -> bool:
    """「調査費は400、復旧120（万円）」: the list says its unit once, so its numbers are costs."""
    return amount_words().shorthand_declared.search(doc.text) is not None


def read_correction(doc: Doc, lex: Lexicon) -> Correction | None:
    """「追加です」「訂正です」: how the message says a cost relates to the one before."""
    labels = {m.label for m in lex.correction.find(doc) if placed_correction(doc, m)}
    replace = bool(labels & {"replace", "after_amount"})
    if "add" in labels or ("lead_add" in labels and not replace):
        return "add"
    return "replace" if replace else None


def cost_topic(doc: Doc, amounts: Sequence[Amount], lex: Lexicon) -> str | None:
    """「見舞金を支払う予定です」「請求額は$2,000」: the one cost a message names, with no
    amount in yen.

    None when the message holds an amount, names two kinds of cost or one of no coverage,
    or denies the cost (「コールセンターは開設していません」).
    """
    if amounts:
        return None
    cues = lex.cost_cues.find(doc)
    labels = {m.label for m in cues}
    if len(labels) != 1 or labels & {NOT_COST, UNKNOWN_COST}:
        return None
    for cue in cues:
        scope = scope_after(doc, cue.end, extend=False)
        if polarity(doc, *scope, lex, affirm_if=False) is Polarity.NEGATED:
            return None
    return labels.pop()


def cost_of_the_check(
    doc: Doc, costs: list[CostMention], unassigned: list[UnassignedAmount], lex: Lexicon
) -> tuple[list[CostMention], list[UnassignedAmount]]:
    """「結果:不正アクセスなし 費用:PC1台 100万」: in a message that concludes no access was
    found, its one amount, said with no cost word at all, is what the check cost (a plain
    調査, ① once no access was found: labelling rule 9, the pamphlet's worked examples 1-3).

    A word of no coverage (「買い替え」) or any cost word keeps the amount as it was read,
    and so does a correction (「確定額 42万」), which the conversation applies to the cost
    said before.
    """
    if costs or len(unassigned) != 1 or unassigned[0].named or lex.cost_cues.find(doc):
        return costs, unassigned
    if read_correction(doc, lex) is not None:
        return costs, unassigned
    item = unassigned[0]
    check = CostMention(GENERIC_INVESTIGATION, item.yen, item.text, item.approximate)
    return [check], []
