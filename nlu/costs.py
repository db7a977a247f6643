"""Attaching each amount to the cost it is said about, within its clause.

「調査に300万、復旧に200万かかった」 is two costs: each amount takes the nearest cost phrase
before it in its clause, else the one after it; failing that, the only kind of cost named
in its sentence, then in its message. An amount whose purpose cannot be told, that follows
two different costs joined by と/や (「調査と復旧で500万」), or that is said with a word
naming no coverage (その他費用, 売上減少) is unassigned: reported, never guessed. A total
of amounts already said (「＝3,300万」) is not another cost.

Per-unit prices are multiplied first (`nlu.prices`); bare numbers in agent shorthand are
read in `nlu.shorthand`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from nlu.amounts import Amount
from nlu.claimed_losses import claimed_loss, suit_claim
from nlu.cost_bids import competing_bids
from nlu.cost_choice import CHECK_OR_INVESTIGATION, cue_for, named_heads, only_kind
from nlu.cost_corrections import read_correction, taken_back
from nlu.cost_cues import cost_cues
from nlu.cost_parts import EARLIER, Parts, find_parts
from nlu.cost_quoted import counterfactual_price, paid_by_another, quoted_price
from nlu.cost_restated import breakdown, product_again, restates, words_between
from nlu.cost_revisions import first_figure, revised_later
from nlu.cost_tax import before_tax_twins
from nlu.cost_wishes import declined, wished_undecided
from nlu.counts import Count
from nlu.doc import Doc
from nlu.intent import stated_nothing
from nlu.kana_words import kana_matches
from nlu.lexicon import GENERIC_INVESTIGATION, NOT_COST, UNKNOWN_COST, Lexicon
from nlu.loss_sizes import claimed_loss_size
from nlu.lump_sums import lump_sum_unexplained
from nlu.phrases import Match
from nlu.polarity import scope_after
from nlu.prices import Priced, price
from nlu.reading import Correction, CostMention, UnassignedAmount
from nlu.shorthand import declared_costs, victim_prices

# At most this many characters between two amounts of one list (「個人1,000円、法人3万円」).
_LIST_GAP = 8


def _is_total(doc: Doc, first: int, lex: Lexicon, sums_up: bool) -> bool:
    """A total word right before the amount; 「合わせて」 only when `sums_up` (it may join
    purposes into one cost instead)."""
    before = max(doc.clause_start(first), first - 3)
    labels = {m.label for m in lex.correction.find(doc, before, first)}
    return "total" in labels or ("sum_of_listed" in labels and sums_up)


def _same_amounts(
    doc: Doc, amounts: Sequence[Amount], cues: Sequence[Match], lex: Lexicon
) -> list[CostMention]:
    """「使用料として45万円、事後承諾料として同額を請求」: 同額 is the amount said just before
    it, for a cost word said after that amount and before 同額 in its clause. With no such
    word (「1社あたり400万円です（3社とも同額）」) it says the amounts are alike, no more."""
    found: list[CostMention] = []
    for match in lex.same_amount.finditer(doc.text):
        said = [a for a in amounts if a.end <= match.start()]
        if not said:
            continue
        at = doc.token_at(match.start())
        clause = doc.clause_of[at]
        named = [
            c
            for c in cues
            if c.end <= at
            and doc.clause_of[c.start] == clause
            and doc.starts[c.start] >= said[-1].end
        ]
        if named and named[-1].label not in (UNKNOWN_COST, NOT_COST):
            found.append(CostMention(named[-1].label, said[-1].yen, match.group()))
    return found


def _claim_in_doubt(doc: Doc, last: int, lex: Lexicon) -> bool:
    """A hedge in the rest of the amount's clause (「請求するかも」「請求される可能性」)."""
    lo, hi = scope_after(doc, last, extend=False)
    return lex.hedge.contains(doc, lo, hi)


def _sums_up(yen: int, said: Sequence[int]) -> bool:
    """Whether `yen` is the sum of two or more of the amounts said right before it."""
    return any(sum(said[start:]) == yen for start in range(len(said) - 1))


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


class Placement(NamedTuple):
    """Where the amounts of one message went."""

    costs: list[CostMention]
    unassigned: list[UnassignedAmount]
    # 「-300万円」「マイナス300万円」「△300万円」: as written, so the user is told it was not taken.
    negative: list[str]
    # Said with a word of no cost (「偽の口座に300万円振り込んで」「被害額は2,300万円」): as
    # written, so the user sees the amount was read and left out, and can correct it.
    not_costs: list[str]


def attach_costs(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> Placement:
    """Split `amounts` into costs, amounts of unknown purpose, negative amounts, and
    amounts said to be no cost."""
    if not amounts:
        # The loop below places amounts: with none, only bare numbers under a unit declared
        # once (「（万円）調査 800」) can be costs.
        declared = declared_costs(doc, amounts, counts, lex)
        return Placement([*declared, *victim_prices(doc, amounts, counts, lex)], [], [], [])
    # 「ふぉれんじっく見積 180万」: a cost word typed in hiragana is still that word.
    heard = kana_matches(doc, lex.cost_loanwords)
    cues = named_heads(doc, sorted([*cost_cues(doc, lex), *heard], key=lambda m: m.start), lex)
    costs: list[CostMention] = []
    unassigned: list[UnassignedAmount] = []
    negative: list[str] = []
    not_costs: list[str] = []
    correction = read_correction(doc, lex, amounts)
    quoted = taken_back(doc, amounts, lex)
    # A supposition opened by its own word (もし, 仮に, 万一) or a regret: a statement's is
    # blanked before reading, a question's is kept for what it asks, its money is none. A
    # bare 「調査に300万かかったらいくら出る？」 supposes no more than the estimate asked.
    supposed = stated_nothing(doc, lex)
    previous: Priced | None = None
    held: tuple[Match, Priced] | None = None  # an amount a later one of its cost replaces
    parts = find_parts(doc.text, amounts)
    placed: dict[int, _Placed] = {}  # by amount index: where each amount read went
    priced = price(doc, amounts, counts, lex)
    # 「税抜300万円／税込330万円」: one cost said twice, the amount payable kept.
    twins = before_tax_twins(doc.text, amounts)
    # 「A社 350万、B社 420万。A社で進めたい」: the firms not chosen quote no cost.
    passed_over, open_bids = competing_bids(doc.text, amounts)
    for index, item in enumerate(priced):
        amount = item.amount
        before, previous = previous, item
        if restates(doc, item, before, counts, cues) or breakdown(doc, item, before, counts, cues):
            continue
        if index in twins or index in passed_over or product_again(doc, item, before):
            continue
        if index in open_bids:
            unassigned.append(UnassignedAmount(item.yen, amount.text, amount.approximate))
            continue
        if _considered(doc.text, amounts, index, lex) or item.yen <= 0:
            continue  # 「0円ってこと？」: nothing spent is no cost (all amounts are > 0 yen)
        if wished_undecided(doc, amount) or declined(doc, amount):
            continue  # 「配りたいって社長は言ってるんですけど、まだ決めてないです」
        if lex.minus.search(doc.text[max(0, amount.start - 4) : amount.start]):
            negative.append(f"-{amount.text}")
            continue
        if amount in quoted:
            continue  # 「300万円ではなく350万円でした」: the first amount is the wrong one
        if first_figure(doc, amounts, index):
            continue  # 「和解金250万円で合意。最初の請求は400万だったので」: since replaced
        if any(lo <= amount.start < hi for lo, hi in supposed):
            continue  # 「もし復旧に300万かかったら補償される？」: money supposed, none spent
        if quoted_price(doc, amount) or counterfactual_price(doc, amount):
            continue  # 「相場は100万くらい」: a price asked about or quoted, nothing spent
        if paid_by_another(doc, amount) or lump_sum_unexplained(doc, amount):
            # 「一括で55万円振り込みました。内訳はまだもらってません」: no purpose said yet.
            unassigned.append(UnassignedAmount(item.yen, amount.text, amount.approximate))
            continue
        first = doc.token_at(amount.start)
        last = max(first + 1, doc.token_at(max(amount.end - 1, amount.start)) + 1)
        earlier = sum(1 for other in amounts if other.end <= amount.start)
        # 「1人1,000円を2,500人に…合計250万円」: a total of one product is no new cost either.
        # 「5万×6本のテープ復旧で計30万」 too: the product was multiplied out in the amount.
        multiplied = (
            before is not None
            and before.yen == item.yen
            and (before.yen != before.amount.yen or before.amount.units is not None)
        )
        said = [other.yen for other in amounts if other.end <= amount.start]
        sums_up = multiplied or _sums_up(item.yen, said)
        if (earlier >= 2 or multiplied) and _is_total(doc, first, lex, sums_up):
            continue
        others = [doc.token_at(a.start) for a in amounts if a is not amount]
        cue = cue_for(doc, first, last, cues, lex, others)
        if cue is None:
            # 「1台100万で調査費300万」: the total said next, under its cost word, is this one.
            following = priced[index + 1] if index + 1 < len(priced) else None
            between = words_between(doc, item, following, counts, cues)
            cue = only_kind(doc, between, lex) if between else None
        if cue is None:
            # 「業者に調べてもらったら…売上が減った分を払っていただきたいと、三百万円」: the
            # sentence names two kinds, but the loss claimed right before is the amount's.
            cue = next((c for c in reversed(cues) if c.end <= first), None)
            if cue is not None and cue.label != UNKNOWN_COST:
                cue = None
        if cue is not None and cue.label == UNKNOWN_COST and claimed_loss(doc, cue, amount.start):
            cue = cue._replace(label="damages")
        if (cue is None or cue.label == "litigation") and suit_claim(doc, cue, amount.start):
            # 「訴訟を起こされました。請求は1人30万円」: the plaintiffs' claim.
            cue = Match(first, last, "damages") if cue is None else cue._replace(label="damages")
        if cue is not None and cue.label == NOT_COST:
            next_start = amounts[index + 1].start if index + 1 < len(amounts) else None
            if not claimed_loss_size(doc, cue, amount.end, next_start):
                not_costs.append(amount.text)
                continue
            cue = cue._replace(label="damages")  # 「被害額1,500万円の賠償を求められた」
        if cue is not None and cue.label == "damages" and _claim_in_doubt(doc, last, lex):
            # 「1.2億円を請求するかも、と言われてる」: a claim that may come is no claim yet.
            unassigned.append(
                UnassignedAmount(item.yen, amount.text, amount.approximate, named=True)
            )
            continue
        if _inside_whole(doc, index, item, cue, parts, placed):
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
            and (lex.superseded.match(doc.text, amount.end) or revised_later(doc, amounts, index))
        ):
            held = cue, item
            continue
        if cue is None or cue.label == UNKNOWN_COST or item.unclear:
            named = cue is not None
            placed[index] = _Placed(
                None, False, len(unassigned), item.yen, index in parts.instalments
            )
            device = item.per_device and cue is not None and cue.label != UNKNOWN_COST
            device_cost = cue.label if device and cue is not None else None
            unassigned.append(
                UnassignedAmount(
                    item.yen,
                    amount.text,
                    amount.approximate,
                    named=named,
                    device_cost=device_cost,
                    per=None if named else item.per,
                )
            )
            continue
        placed[index] = _Placed(cue.label, True, len(costs), item.yen, index in parts.instalments)
        costs.append(_mention(cue, item, correction, _item_word(doc, cue, first, lex)))
    if held is not None:
        costs.append(_mention(*held, correction))  # no later amount replaced it
    costs, unassigned = _less_parts(costs, unassigned, placed)
    declared = declared_costs(doc, amounts, counts, lex)
    if declared:
        # 「（単位：千円）…コールセンター 880／計 4,330」: the total of a table whose bare
        # figures were read only now is no amount of its own either.
        whole = sum(c.yen for c in costs) + sum(c.yen for c in declared)
        unassigned = [u for u in unassigned if u.yen != whole]
    costs.extend(declared)
    costs.extend(_same_amounts(doc, amounts, cues, lex))
    costs.extend(victim_prices(doc, amounts, counts, lex))
    return Placement(costs, unassigned, negative, not_costs)


@dataclass
class _Placed:
    """An amount read as a cost (or not), and what its parts of other costs take from it."""

    label: str | None
    cost: bool  # in the costs read, else in the unassigned amounts
    position: int
    yen: int
    instalment: bool
    parts: int = 0


def _same_cost(one: str | None, other: str | None) -> bool:
    group = CHECK_OR_INVESTIGATION
    return one == other or (one in group and other in group)


def _inside_whole(
    doc: Doc, index: int, item: Priced, cue: Match | None, parts: Parts, placed: dict[int, _Placed]
) -> bool:
    """「調査費は300万、うち前金100万」「調査費300万で、前金100万は支払済み」: a part of an
    amount already read for its cost, so no cost of its own. A part after 「うち」 that names
    another cost (「計500万、うち調査300万」) is that cost and is taken from its whole."""
    label = None if cue is None or cue.label == UNKNOWN_COST else cue.label
    at = parts.wholes.get(index)
    if at == EARLIER:
        return cue is None or doc.starts[cue.start] < parts.marked_at[index]
    if at is not None and at in placed:
        whole = placed[at]
        own = cue is not None and doc.starts[cue.start] >= parts.marked_at[index]
        if not own or _same_cost(label, whole.label):
            return True
        whole.parts += item.yen
        return False
    if index not in parts.instalments:
        return False
    return any(
        not whole.instalment and whole.yen > item.yen and _same_cost(label, whole.label)
        for whole in placed.values()
    )


def _less_parts(
    costs: list[CostMention], unassigned: list[UnassignedAmount], placed: dict[int, _Placed]
) -> tuple[list[CostMention], list[UnassignedAmount]]:
    """Each whole less its parts read as other costs; a whole they use up is gone."""
    cut_costs = {p.position: p.parts for p in placed.values() if p.parts and p.cost}
    cut_left = {p.position: p.parts for p in placed.values() if p.parts and not p.cost}
    if not cut_costs and not cut_left:
        return costs, unassigned
    kept = [
        replace(m, yen=m.yen - cut_costs.get(i, 0))
        for i, m in enumerate(costs)
        if m.yen > cut_costs.get(i, 0)
    ]
    left = [
        replace(u, yen=u.yen - cut_left.get(i, 0))
        for i, u in enumerate(unassigned)
        if u.yen > cut_left.get(i, 0)
    ]
    return kept, left


def _item_word(doc: Doc, cue: Match, first: int, lex: Lexicon) -> str:
    """The cost word as written; none after a total word (「全部で92万」 may hold the items
    said before)."""
    if lex.correction.find(doc, doc.clause_start(first), first):
        return ""
    return doc.text[doc.starts[cue.start] : doc.ends[cue.end - 1]]


def _mention(
    cue: Match, item: Priced, correction: Correction | None, word: str = ""
) -> CostMention:
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
        item=word,
        per_device=item.per_device,
        counted=item.counted,
    )


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
    if costs or len(unassigned) != 1 or unassigned[0].named or cost_cues(doc, lex):
        return costs, unassigned
    if read_correction(doc, lex) is not None:
        return costs, unassigned
    item = unassigned[0]
    check = CostMention(GENERIC_INVESTIGATION, item.yen, item.text, item.approximate)
    return [check], []
