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

from nlu.amounts import Amount
from nlu.claimed_losses import claimed_loss
from nlu.cost_corrections import read_correction, taken_back
from nlu.cost_cues import cost_cues
from nlu.cost_parts import EARLIER, Parts, find_parts
from nlu.cost_quoted import paid_by_another, quoted_price
from nlu.cost_restated import breakdown, restates, words_between
from nlu.cost_revisions import revised_later
from nlu.counts import Count
from nlu.doc import Doc
from nlu.intent import stated_nothing
from nlu.kana_words import kana_matches
from nlu.lexicon import GENERIC_INVESTIGATION, NOT_COST, UNKNOWN_COST, Lexicon
from nlu.phrases import Match
from nlu.prices import Priced, price
from nlu.reading import Correction, CostMention, UnassignedAmount
from nlu.shorthand import declared_costs, victim_prices

# At most this many characters between two amounts of one list (「個人1,000円、法人3万円」).
_LIST_GAP = 8
# 「被害範囲の調査」「侵入の有無を調べる」: the particle between a specific word and 調査.
_NAMING_PARTICLES = frozenset({"の", "を"})
# ① 不正アクセスの有無の確認 and ② 原因・被害範囲調査 (and a plain 調査): one group.
CHECK_OR_INVESTIGATION_ORDER = ("access_response", "investigation", GENERIC_INVESTIGATION)
_CHECK_OR_INVESTIGATION = frozenset(CHECK_OR_INVESTIGATION_ORDER)
_CONSULTATION, _LITIGATION, _PREVENTION = "consultation", "litigation", "prevention"
# 「コンサル会社に」: the particles marking who is asked, and how many words (会社, さん) may
# stand between the provider's word and it.
_ASKED = frozenset({"に", "へ"})
_PROVIDER_SUFFIX = 2
# 「弁護士に意見書を」: at most this many tokens from a lawyer to the document they write, and
# what between them says the lawyer was consulted instead.
_AGENT_GAP = 2
_CONSULTED = frozenset({"相談"})
_MONEY_SUFFIXES = frozenset({"費", "費用", "代", "料", "料金", "代金"})
# 「弁護士にも」「業者とも」: the particle between a cost word and its も ("also").
_ALSO_PARTICLES = frozenset({"に", "へ", "と", "で"})


def _joined_ambiguity(doc: Doc, before: Sequence[Match], lex: Lexicon) -> bool:
    if len(before) < 2 or before[-1].label == before[-2].label:
        return False
    if GENERIC_INVESTIGATION in (before[-1].label, before[-2].label) and (
        before[-1].start - before[-2].end == 0
    ):
        return False  # 「フォレンジック調査」: the specific word decides
    between = [t.surface for t in doc.tokens[before[-2].end : before[-1].start]]
    # 「調査費と復旧費で500万」: the first cost's money suffix stands before the joiner.
    if len(between) == 2 and between[0] in _MONEY_SUFFIXES:
        between = between[1:]
    return len(between) == 1 and between[0] in lex.joiners


def _head(doc: Doc, cue: Match, lex: Lexicon) -> bool:
    """「通信遮断の対応費」: a cost word whose purpose the word before it names."""
    return doc.text[doc.starts[cue.start] : doc.ends[cue.end - 1]] in lex.qualified_heads


def _named_heads(doc: Doc, cues: list[Match], lex: Lexicon) -> list[Match]:
    """Each cost word of no purpose of its own (`_head`) right after a covered one, maybe
    with の, as that one's key: 「EDRの入れ替え」 is a measure (⑥) wherever its amount is said
    (「再発防止でEDRの入れ替えを発注しました。発注額は…」), not one of no coverage."""
    named = list(cues)
    for i, cue in enumerate(cues):
        if i == 0 or not _head(doc, cue, lex):
            continue
        word = cues[i - 1]
        gap = doc.tokens[word.end : cue.start]
        if (
            word.label not in (UNKNOWN_COST, NOT_COST, cue.label)
            and word.end <= cue.start
            and all(t.surface == "の" for t in gap)
            and len(gap) <= 1
        ):
            named[i] = cue._replace(label=word.label)
    return named


def _qualifies(doc: Doc, specific: Match, generic: Match) -> bool:
    """「フォレンジック調査」「被害範囲の調査」: the specific word names the plain 調査."""
    between = doc.tokens[specific.end : generic.start]
    return specific.end <= generic.start and (
        not between or (len(between) == 1 and between[0].surface in _NAMING_PARTICLES)
    )


def _agent_of(doc: Doc, agent: Match, cues: Sequence[Match], lex: Lexicon) -> bool:
    """「弁護士に意見書を作ってもらって」「弁護士の鑑定書」: a lawyer named as who writes the
    litigation document said right after, not consulted (「弁護士に相談して意見書」)."""
    if doc.text[doc.starts[agent.start] : doc.ends[agent.end - 1]] not in lex.litigation_agents:
        return False
    for cue in cues:
        if cue.label == _LITIGATION and agent.end <= cue.start <= agent.end + _AGENT_GAP:
            between = doc.tokens[agent.end : cue.start]
            return not any(t.lemma in _CONSULTED for t in between)
    return _litigation_of_source(doc, agent, cues, lex) is not None


def _litigation_of_source(
    doc: Doc, agent: Match, cues: Sequence[Match], lex: Lexicon
) -> Match | None:
    """「意見書作成の費用が、弁護士から見積もりで50万」: the litigation word of the sentence of
    a lawyer the cost comes from (quoted or billed by), unless the lawyer was consulted."""
    after = doc.tokens[agent.end].surface if agent.end < len(doc.tokens) else ""
    if after not in lex.litigation_agent_sources:
        return None
    lo, hi = doc.sentence_span(agent.start)
    if any(t.lemma in _CONSULTED for t in doc.tokens[lo:hi]):
        return None
    found = [c for c in cues if c.label == _LITIGATION and lo <= c.start < hi]
    return found[-1] if found else None


def _retained_for(doc: Doc, fee: Match, cues: Sequence[Match], lex: Lexicon) -> Match | None:
    """What a lawyer's fee (着手金) was retained for: the litigation word before it in its
    sentence (「弁護士に訴訟対応を依頼し、着手金が40万円」), else the one the message's other
    cost words name alone (「弁護士に訴訟対応を頼みました。着手金は50万円です」); with no
    litigation word before it, the fee itself (③); with one that decides nothing
    (「訴訟になりそうなので弁護士を頼みました。着手金30万円」), None: ③ or ⑦ is not told."""
    lo, _ = doc.sentence_span(fee.start)
    before = [c for c in cues if c.label == _LITIGATION and c.start < fee.start]
    if not before:
        return fee
    if before[-1].start >= lo:
        return before[-1]
    others = [c for c in cues if _written(doc, c) not in lex.retainers]
    kind = _only_kind(doc, others, lex)
    return kind if kind is not None and kind.label == _LITIGATION else None


def _written(doc: Doc, cue: Match) -> str:
    return doc.text[doc.starts[cue.start] : doc.ends[cue.end - 1]]


def _only_kind(doc: Doc, cues: Sequence[Match], lex: Lexicon) -> Match | None:
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
    lawyers = [c for c in cues if c.label == _CONSULTATION]
    # 「顧問弁護士」 may be found as 顧問 and 弁護士: the first qualifies the second.
    heads = [c for c in lawyers if not any(o.start == c.end for o in lawyers)]
    if labels == {_CONSULTATION, _LITIGATION} and all(_agent_of(doc, c, cues, lex) for c in heads):
        labels = {_LITIGATION}
    if len(labels) > 1 and labels <= _CHECK_OR_INVESTIGATION:
        # 「フォレンジック業者に有無の確認を依頼 …費用は300万」: ① and ② are one group with
        # one limit; a check for access (①) is what the specific words name first.
        labels = {next(label for label in CHECK_OR_INVESTIGATION_ORDER if label in labels)}
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
    before = [c for c in in_clause if c.end <= first]
    # 「2,000万円の損害賠償請求」: a cost named right after its amount.
    for cue in in_clause:
        right_after = cue.start == last or (
            cue.start == last + 1 and doc.tokens[last].surface == "の"
        )
        if right_after and not _billed_by_provider(doc, cue, before, lex):
            return cue
    if _joined_ambiguity(doc, before, lex):
        return None
    if before:
        nearest = before[-1]
        if nearest.label == GENERIC_INVESTIGATION or _head(doc, nearest, lex):
            # 「フォレンジック調査」「通信遮断の対応費」: the specific word decides.
            specific = [
                c
                for c in before
                if c.label not in (GENERIC_INVESTIGATION, nearest.label)
                and 0 <= nearest.start - c.end <= 1
                and all(t.surface == "の" for t in doc.tokens[c.end : nearest.start])
            ]
            return specific[-1] if specific else nearest
        if nearest.label == _PREVENTION:
            # 「コンサル会社に再発防止の計画づくりをお願いして50万円」: the consultant asked is
            # who is paid, even when the topic is recurrence prevention (rule 10).
            asked = [c for c in before if c.label == _CONSULTATION and _asked(doc, c, nearest)]
            if asked:
                return asked[-1]
        if nearest.label == _CONSULTATION:
            text = doc.text[doc.starts[nearest.start] : doc.ends[nearest.end - 1]]
            if text in lex.litigation_agents:
                return _litigation_of_source(doc, nearest, cues, lex) or nearest
            if text in lex.retainers:
                return _retained_for(doc, nearest, cues, lex)
        return nearest
    after = [c for c in in_clause if c.start >= last]
    if after:
        # 「見積 180万、駆除とEDRで45万」: a word between this amount and the next in its
        # clause names the next one, when this one has none before it.
        if any(after[0].end <= i and doc.clause_of[i] == clause for i in others if i > first):
            return None
        return after[0]
    lo, hi = doc.sentence_span(first)
    if any(lex.separate_item.match(doc.text, doc.starts[i]) for i in (lo, doc.clause_start(first))):
        return None  # 「ほかにサーバー入れ替えが200万」: not one of the costs said before
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
        return _only_kind(doc, in_sentence, lex)
    # 「金額は11万円×3点です。念のため弁護士にも相談しようと思ってます」: a cost word said
    # "also" in a later sentence is another matter than the amount before it.
    free = [c for c in free if c.start < hi or not _also(doc, c)]
    return _only_kind(doc, free, lex) if free else None


def _asked(doc: Doc, provider: Match, topic: Match) -> bool:
    """「コンサル会社に」「弁護士さんに」「コンサルタントへ」: the provider, maybe with a word
    naming its kind, marked as the one asked, before the topic."""
    for i in range(provider.end, min(provider.end + _PROVIDER_SUFFIX + 1, topic.start)):
        surface = doc.tokens[i].surface
        if surface in _ASKED:
            return True
        if doc.tokens[i].pos1 == "助詞" or surface in ("、", "。"):
            return False
    return False


def _also(doc: Doc, cue: Match) -> bool:
    """「弁護士にも」「コールセンターも」: the cost word is said with も, maybe after a particle."""
    after = [t.surface for t in doc.tokens[cue.end : cue.end + 2]]
    return after[:1] == ["も"] or (
        len(after) == 2 and after[0] in _ALSO_PARTICLES and after[1] == "も"
    )


def _billed_by_provider(doc: Doc, verb: Match, before: Sequence[Match], lex: Lexicon) -> bool:
    """「弁護士から相談料として30万請求されました」: a bare claim verb after the amount, where
    a provider of a covered service bills (a cost word followed by から) for what a later
    cost word names: that word is the purpose, our own bill is no damages claim. A party
    that names no cost (「取引先から調査費として300万請求」) keeps the claim damages."""
    if verb.label != "damages" or doc.text[doc.starts[verb.start]] != "請":
        return False
    if not before or before[-1].label in ("damages", UNKNOWN_COST, NOT_COST):
        return False
    # 「調査会社から」「フォレンジック業者から」: the provider's kind (業者: two tokens) between.
    return any(
        c.label not in ("damages", UNKNOWN_COST, NOT_COST)
        and any(
            doc.tokens[i].surface in lex.litigation_agent_sources
            for i in range(c.end, min(c.end + 3, before[-1].start))
        )
        for c in before[:-1]
    )


def _is_total(doc: Doc, first: int, lex: Lexicon, sums_up: bool) -> bool:
    """A total word right before the amount; 「合わせて」 only when `sums_up` (it may join
    purposes into one cost instead)."""
    before = max(doc.clause_start(first), first - 3)
    labels = {m.label for m in lex.correction.find(doc, before, first)}
    return "total" in labels or ("sum_of_listed" in labels and sums_up)


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


def attach_costs(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> tuple[list[CostMention], list[UnassignedAmount], list[str]]:
    """Split `amounts` into costs, amounts of unknown purpose, and negative amounts.

    A negative amount (「-300万円」「マイナス300万円」「△300万円」) is no cost: it is returned
    as written, so the caller can say it was not taken.
    """
    if not amounts:
        # The loop below places amounts: with none, only bare numbers under a unit declared
        # once (「（万円）調査 800」) can be costs.
        return (
            [*declared_costs(doc, amounts, counts, lex), *victim_prices(doc, amounts, counts, lex)],
            [],
            [],
        )
    # 「ふぉれんじっく見積 180万」: a cost word typed in hiragana is still that word.
    heard = kana_matches(doc, lex.cost_loanwords)
    cues = _named_heads(doc, sorted([*cost_cues(doc, lex), *heard], key=lambda m: m.start), lex)
    costs: list[CostMention] = []
    unassigned: list[UnassignedAmount] = []
    negative: list[str] = []
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
    for index, item in enumerate(priced):
        amount = item.amount
        before, previous = previous, item
        if restates(doc, item, before, counts, cues) or breakdown(doc, item, before, counts, cues):
            continue
        if _considered(doc.text, amounts, index, lex) or item.yen <= 0:
            continue  # 「0円ってこと？」: nothing spent is no cost (all amounts are > 0 yen)
        if lex.minus.search(doc.text[max(0, amount.start - 4) : amount.start]):
            negative.append(f"-{amount.text}")
            continue
        if amount in quoted:
            continue  # 「300万円ではなく350万円でした」: the first amount is the wrong one
        if any(lo <= amount.start < hi for lo, hi in supposed):
            continue  # 「もし復旧に300万かかったら補償される？」: money supposed, none spent
        if quoted_price(doc, amount):
            continue  # 「相場は100万くらい」: a price asked about or quoted, nothing spent
        if paid_by_another(doc, amount):
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
        cue = _cue_for(doc, first, last, cues, lex, others)
        if cue is None:
            # 「1台100万で調査費300万」: the total said next, under its cost word, is this one.
            following = priced[index + 1] if index + 1 < len(priced) else None
            between = words_between(doc, item, following, counts, cues)
            cue = _only_kind(doc, between, lex) if between else None
        if cue is None:
            # 「業者に調べてもらったら…売上が減った分を払っていただきたいと、三百万円」: the
            # sentence names two kinds, but the loss claimed right before is the amount's.
            cue = next((c for c in reversed(cues) if c.end <= first), None)
            if cue is not None and cue.label != UNKNOWN_COST:
                cue = None
        if cue is not None and cue.label == UNKNOWN_COST and claimed_loss(doc, cue, amount.start):
            cue = cue._replace(label="damages")
        if cue is not None and cue.label == NOT_COST:
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
            unassigned.append(
                UnassignedAmount(item.yen, amount.text, amount.approximate, named=named)
            )
            continue
        placed[index] = _Placed(cue.label, True, len(costs), item.yen, index in parts.instalments)
        costs.append(_mention(cue, item, correction, _item_word(doc, cue, first, lex)))
    if held is not None:
        costs.append(_mention(*held, correction))  # no later amount replaced it
    costs, unassigned = _less_parts(costs, unassigned, placed)
    costs.extend(declared_costs(doc, amounts, counts, lex))
    costs.extend(victim_prices(doc, amounts, counts, lex))
    return costs, unassigned, negative


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
    group = _CHECK_OR_INVESTIGATION
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
