"""Victim counts: individuals and corporations affected, as opposed to our own staff or PCs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from nlu.amounts import Amount
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.loose_counts import context_start, corrected_by_next, hedged_number, of_people
from nlu.victim_parts import items_of_others, priced_groups, summed
from nlu.victim_recipients import recipients, sent_instead

# How many tokens before a record count may hold the word for its data (顧客情報2,000件),
# and how many after 「の」 (「1,426件の個人情報」).
_RECORD_BEFORE = 8
_RECORD_AFTER = 4
# An approximate figure (約2,000名) is a rounding: a breakdown said beside it whose parts add
# up to within this fraction of it (1,960名 + 87名) is the exact number.
_ROUNDING = Fraction(1, 10)
# How many tokens before a record count a corporate word may end (法人会員660件).
_CORPORATE_BEFORE = 2


@dataclass(frozen=True, slots=True)
class _Said:
    """One count read as victims, with what the choice among several needs."""

    kind: str
    value: int
    approximate: bool
    counted: bool  # counted by its own counter (7,409人), not as records about them
    recipients: bool  # the persons a mail went to (「会員様217名へ配信」)
    part: bool = False  # said as included in a larger count after it (「…を含む」)


def _inside_per_unit(count: Count, amounts: Sequence[Amount]) -> bool:
    # 「1件あたり500円」「1人500円」: the one is the unit of a price, not a number of victims.
    return count.value == 1 and any(
        (a.per_unit is not None and a.start <= count.start < a.end) or 0 <= a.start - count.end <= 6
        for a in amounts
    )


def _unit_of_price(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「見舞金は1人いくら」「1人あたりの上限」: the one is the unit of a price, said or asked."""
    return count.value == 1 and doc.text.startswith(lex.unit_after, count.end)


def _about_records(doc: Doc, count: Count, after_previous: int, lex: Lexicon) -> bool:
    """「顧客情報2,000件」「253件分のお客様情報」 count persons; 「購入関連情報59,021件」 does not.

    The data word is looked for in the count's own item: after the count before it.
    """
    token = doc.token_at(count.start)
    lo, hi = doc.sentence_span(token)
    start = context_start(doc, count)
    # A sentence that is only the count has its item in the sentence before, whole.
    window = max(start if start < lo else max(lo, token - _RECORD_BEFORE), after_previous)
    if any(m.end == token for m in lex.containers.find(doc, window, token)):
        return False  # 「顧客情報を含むファイル25件」: files, each holding many persons
    if lex.record_context.contains(doc, window, token):
        return not lex.not_persons.contains(doc, window, token)
    end = doc.token_at(count.end - 1) + 1
    if end < hi and doc.tokens[end].surface == "の":
        after = end + 1, min(hi, end + 1 + _RECORD_AFTER)
        return lex.record_context.contains(doc, *after) or lex.records_after.contains(doc, *after)
    return items_of_others(doc, count, lex) or _items_said_before(doc, count, lex)


def _items_said_before(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「別の方の名前入りのお礼状を送ってしまいました。27通。」: a sentence that is only a count of
    items, after one that says each held someone else's data: as many persons as items."""
    if count.unit not in lex.item_units:
        return False
    lo = doc.sentence_span(doc.token_at(count.start))[0]
    start = context_start(doc, count)
    return start < lo and lex.other_persons.contains(doc, start, lo)


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


def _about_companies(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「法人会員660件」: records said right after a word for companies count corporations."""
    token = doc.token_at(count.start)
    return any(
        token - _CORPORATE_BEFORE <= match.end <= token
        for match in lex.corporate_records.find(doc, doc.sentence_span(token)[0], token)
    )


def _denied(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """In a text that found nothing leaked, a count hedged or said without a leak.

    「1件が漏えいした可能性…調査の結果、漏えいがないことが分かりました」「1719人に誤って
    送った…個人情報は含まれていない」: what might have been exposed, not victims.
    """
    if lex.leak_denied is None or lex.leak_denied.search(doc.text) is None:
        return False
    token = doc.token_at(count.start)
    clause_end = doc.clause_end(token)
    clause = doc.tokens[doc.clause_start(token) : clause_end]
    leaked = any(t.lemma in lex.leak_lemmas for t in clause)
    own = doc.ends[clause_end - 1]
    return (
        not leaked
        # 「会員約2万人の情報は流出していないことを確認」: the finding is about this count
        or any(count.end <= m.start() < own for m in lex.leak_denied.finditer(doc.text))
        or lex.hedge.contains(doc, *doc.sentence_span(token))
        or recipients(doc, count, lex)  # a mail that held no one else's data
    )


def _reporters(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「取引先からの指摘は計4社」: those who told us something, not victims."""
    token = doc.token_at(count.start)
    tokens = doc.tokens[doc.clause_start(token) : token]
    for i, t in enumerate(tokens):
        if t.surface == "から" and any(u.lemma in lex.reporter_lemmas for u in tokens[i + 1 :]):
            return True
    return False


def _population(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「会員数約2万3千人のうち」: the size of a population some of whom were affected."""
    if lex.subset_mark is None or lex.subset_mark.match(doc.text, count.end) is None:
        return False
    token = doc.token_at(count.start)
    lo = doc.clause_start(token)
    return any(match.end == token for match in lex.population.find(doc, lo, token))


def _after_nouns(doc: Doc, count: Count, lex: Lexicon) -> int:
    """The token after a count, or after the 「の」 and the nouns that follow it
    (「約3,000名のお客様」): where a particle or a subset mark of the count's phrase is."""
    end = doc.token_at(count.end - 1) + 1
    if end >= len(doc.tokens) or doc.tokens[end].surface != "の":
        return end
    stop = min(len(doc.tokens), end + 1 + lex.noun_run_max)
    i = end + 1
    while i < stop and doc.tokens[i].pos1 in _NOUN_PARTS:
        i += 1
    return i if i > end + 1 else end


_NOUN_PARTS = frozenset({"名詞", "接頭辞", "接尾辞"})


def _warned(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「約2万3000件の利用者には個別に注意を呼びかけ」: the persons warned, not the victims."""
    i = _after_nouns(doc, count, lex)
    if i >= len(doc.tokens) or doc.tokens[i].surface not in lex.recipient_particles:
        return False
    return lex.warnings.contains(doc, i + 1, doc.sentence_span(i)[1])


def _population_of_part(doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon) -> bool:
    """「10万人の会員のうち、約3,000人の情報が流出」: a population, when a later count of the
    sentence has a leak in its clause and this one's own clause has none."""
    if lex.subset_mark is None:
        return False
    i, mark = doc.token_at(count.end - 1) + 1, count.end
    if lex.subset_mark.match(doc.text, mark) is None:
        i = _after_nouns(doc, count, lex)
        mark = doc.ends[i - 1]
        if lex.subset_mark.match(doc.text, mark) is None:
            return False
    token = doc.token_at(count.start)
    if any(t.lemma in lex.leak_lemmas for t in doc.tokens[doc.clause_start(token) : i]):
        return False  # 「流出した顧客情報3,000件のうち、800件には」: the leaked total
    stop = doc.sentence_span(token)[1]
    for later in counts:
        first = doc.token_at(later.start) if later.start > mark else -1
        if token < first < stop and of_people(later, lex):
            clause = doc.tokens[doc.clause_start(first) : doc.clause_end(first)]
            if any(t.lemma in lex.leak_lemmas for t in clause):
                return True
    return False


def _population_before_part(doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon) -> bool:
    """「約11万人分の情報が保存されていたが、このうち流出したのは約1,500人分」: the count is
    the population a later part (「このうち」, in its sentence or the next) is taken from."""
    token = doc.token_at(count.start)
    if any(
        t.lemma in lex.leak_lemmas
        for t in doc.tokens[doc.clause_start(token) : doc.clause_end(token)]
    ):
        return False  # 「顧客情報3,000件が流出。うち800件は」: the leaked total
    later = next((c for c in counts if c.start >= count.end), None)
    if later is None or not of_people(later, lex):
        return False
    _, last = doc.sentence_span(token)
    stop = doc.sentence_span(last)[1] if last < len(doc.tokens) else last
    part = doc.token_at(later.start)
    if part >= stop:
        return False
    end = doc.token_at(count.end - 1) + 1
    if not any(
        ref.start == 0 or doc.tokens[ref.start - 1].pos1 == "補助記号"
        for ref in lex.subset_refs.find(doc, end, part)
    ):
        return False
    clause = doc.tokens[doc.clause_start(part) : doc.clause_end(part)]
    return any(t.lemma in lex.leak_lemmas for t in clause)


def _one_in_each(doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon) -> int | None:
    """「23通に、他のお客様1名分のお知らせが同封」: one person's data in each of 23 mails.

    The number of those mails, when 「1名分」 follows, in its sentence, a count of mails or
    sheets followed by に with no other count between.
    """
    if count.kind != "individuals" or count.value != 1 or not count.text.endswith("分"):
        return None
    earlier = [c for c in counts if c.end <= count.start]
    if not earlier or earlier[-1].unit not in lex.item_units:
        return None
    items = earlier[-1]
    end = doc.token_at(items.end - 1) + 1
    token = doc.token_at(count.start)
    if doc.sentence_span(end)[0] != doc.sentence_span(token)[0]:
        return None
    if end >= token or doc.tokens[end].surface != "に":
        return None
    return items.value if items.value > 1 else None


def _acting(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「犯人3人が顧客情報を盗みました」: the count is the subject of what was done, not its
    target (a passive, 「社員150名が情報を盗まれ」, is what befell them)."""
    end = doc.token_at(count.end - 1) + 1
    if end >= len(doc.tokens) or doc.tokens[end].surface not in lex.subject_particles:
        return False
    stop = doc.sentence_span(end)[1]
    for i in range(end + 1, stop):
        if doc.tokens[i].lemma in lex.acting_lemmas:
            following = doc.tokens[i + 1 : i + 3]
            if not any(t.lemma in _PASSIVE for t in following):
                return True
    return False


_PASSIVE = frozenset({"れる", "られる"})


def _ours_before(doc: Doc, token: int, clause_start: int, lex: Lexicon) -> bool:
    """「社員3名」「元従業員1名」: a word for our people ending right before the count, or
    one token before it; a word of three tokens (元+従業+員) counts too."""
    return any(m.end >= token - 1 for m in lex.not_victims.find(doc, clause_start, token))


def _staff_after(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「1名の職員が誤って送信」: a count of our own people, named after it."""
    end = doc.token_at(count.end - 1) + 1
    hi = doc.sentence_span(end - 1)[1]
    return (
        end < hi
        and doc.tokens[end].surface == "の"
        and any(m.start == end + 1 for m in lex.not_victims.find(doc, end + 1, hi))
    )


def _victim_kind(
    doc: Doc, count: Count, after_previous: int, counts: Sequence[Count], lex: Lexicon
) -> str | None:
    """individuals, corporations, or None when the count is not about victims."""
    kind = count.kind
    token = doc.token_at(count.start)
    clause_start = doc.clause_start(token)
    if kind == "other" and count.unit in lex.record_units:
        # 「顧客情報2,000件」 counts persons; 「問い合わせ50件」 does not.
        kind = "other"
        if _about_records(doc, count, after_previous, lex):
            kind = "corporations" if _about_companies(doc, count, lex) else "individuals"
    elif kind == "other" and (
        items_of_others(doc, count, lex) or _items_said_before(doc, count, lex)
    ):
        kind = "individuals"  # 「はがき1,032通において、別のお客様の氏名が」
    if kind not in ("individuals", "corporations"):
        return None
    if _stored_not_leaked(doc, count, lex) or _denied(doc, count, lex):
        return None
    if _reporters(doc, count, lex) or _population(doc, count, lex):
        return None
    if _warned(doc, count, lex) or _population_of_part(doc, count, counts, lex):
        return None
    if _population_before_part(doc, count, counts, lex):
        return None
    if kind == "individuals" and lex.mixed_group.match(doc.text, count.end):
        return None  # 「3万2千人・団体」; 「38の企業・団体」 are bodies either way
    if kind == "individuals" and _claimants(doc, count, lex):
        # A few persons claiming are some of the victims, not their number; a partner
        # company claiming (「取引先3社から賠償請求」) is itself the victim.
        return None
    if lex.retracted.match(doc.text, count.end) or corrected_by_next(doc, count, counts, lex):
        return None  # 「300名ではなく18社でした」「1,200人は1,020人の誤り」
    if _one_of_them(doc, count, lex) or hedged_number(doc, count, lex):
        return None
    if sent_instead(doc, count, counts, lex):
        return None
    lo, hi = context_start(doc, count), doc.sentence_span(token)[1]
    # Records read as victims were said with their data word (顧客情報, 申告書): context enough.
    said_as_records = count.kind == "other"
    if not (
        said_as_records or lex.victim_context.contains(doc, lo, hi) or count.text.endswith("分")
    ):
        return None
    ours = _ours_before(doc, token, clause_start, lex) or _staff_after(doc, count, lex)
    if (
        ours
        and not count.text.endswith("分")
        and not _data_after(doc, count, hi, lex)
        and (not _is_target(doc, clause_start, hi, lex) or _acting(doc, count, lex))
    ):
        return None
    return kind


def _data_after(doc: Doc, count: Count, hi: int, lex: Lexicon) -> bool:
    """「従業員1,045名の個人情報」「ご担当者様約340件の氏名」: the count is of the persons the
    data is about, even when they are our own people."""
    end = doc.token_at(count.end - 1) + 1
    if end >= hi or doc.tokens[end].surface != "の":
        return False
    return lex.record_context.contains(doc, end + 1, min(hi, end + 1 + _RECORD_AFTER))


def _one_of_them(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「取引先の1社は振り込んでしまい」「受信者の1人から」: one member of a group named before
    it, not the number of victims («対象の1名» names the victims themselves)."""
    if count.value != 1 or count.text.endswith("分"):
        return False
    token = doc.token_at(count.start)
    if token < 2 or doc.tokens[token - 1].surface != "の":
        return False
    group = doc.tokens[token - 2]
    return group.pos1 == "名詞" and group.lemma not in lex.target_lemmas


def _included_part(
    doc: Doc, counts: Sequence[Count], kinds: Sequence[str | None], i: int, lex: Lexicon
) -> bool:
    """「2,418名のカード情報を含む、個人情報最大7,015件」「1,204件(会員310名分を含む)」: a count
    said as included (before the next count) with a larger one of its kind in its sentence."""
    if lex.count_includes is None:
        return False
    count = counts[i]
    lo, hi = doc.sentence_span(doc.token_at(count.start))
    stop = doc.ends[hi - 1]
    if i + 1 < len(counts):
        stop = min(stop, counts[i + 1].start)
    if lex.count_includes.search(doc.text, count.end, stop) is None:
        return False
    start = doc.starts[lo]
    return any(
        kind == kinds[i] and other.value > count.value and start <= other.start < doc.ends[hi - 1]
        for other, kind in zip(counts, kinds, strict=True)
    )


def _is_target(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    # 「対象は社員150名」: staff whose data leaked are victims too.
    return any(t.lemma in lex.target_lemmas for t in doc.tokens[lo:hi])


def read_victims(
    doc: Doc, counts: Sequence[Count], amounts: Sequence[Amount], lex: Lexicon
) -> tuple[int | None, int | None, int | None]:
    """(individuals, corporations, devices); of each kind, the count `_choose` picks."""
    said: list[_Said] = []
    devices: int | None = None
    after_previous = 0
    kinds: list[str | None] = []
    for count in counts:
        kinds.append(None)
        if _inside_per_unit(count, amounts) or _unit_of_price(doc, count, lex):
            # 「見舞金は1件あたり500円で2,000件分」: the price's one does not end the item
            # whose data word (見舞金) names what the 2,000 count.
            continue
        previous, after_previous = after_previous, doc.token_at(count.end - 1) + 1
        if count.kind == "devices":
            devices = max(devices or 0, count.value)
            continue
        kinds[-1] = _victim_kind(doc, count, previous, counts, lex)
    values = summed(doc, counts, kinds, lex)
    for i, (count, kind) in enumerate(zip(counts, kinds, strict=True)):
        if kind is not None:
            parts = values[i] != count.value  # 「児童3名及び保護者約2名」: the sum of parts
            said.append(
                _Said(
                    kind,
                    _one_in_each(doc, count, counts, lex) or values[i],
                    count.approximate or (parts and counts[i - 1].approximate),
                    counted=kind == count.kind,
                    recipients=recipients(doc, count, lex),
                    part=_included_part(doc, counts, kinds, i, lex),
                )
            )
    for kind, total in priced_groups(doc, counts, kinds, amounts, lex).items():
        said.append(_Said(kind, total, approximate=False, counted=True, recipients=False))
    return _choose(said, "individuals"), _choose(said, "corporations"), devices


def _choose(said: Sequence[_Said], kind: str) -> int | None:
    """The number of victims of `kind` among the counts read as victims.

    Recipients of a mail stand in only when nothing else is counted; victims counted as
    such (7,409人) win over records about them (カード情報7,645件): one person may have
    several records. Of the rest the largest, unless it is an approximate figure that a
    breakdown said beside it adds up to (約2,000名分: 1,960名分 and 87名分 → 2,047).
    """
    mine = [s for s in said if s.kind == kind]
    if kind == "individuals":
        # 「計5,120件(うち個人会員5,000件、法人会員120件)」: a total of both groups is neither.
        firms = {s.value for s in said if s.kind == "corporations"}
        values = {s.value for s in mine}
        mine = [s for s in mine if not any(s.value - f in values for f in firms)]
    mine = [s for s in mine if not s.recipients] or mine
    mine = [s for s in mine if not s.part] or mine
    mine = [s for s in mine if s.counted] or mine
    if not mine:
        return None
    largest = max(mine, key=lambda s: (s.value, not s.approximate))
    if not largest.approximate:
        return largest.value
    parts = sum(s.value for s in mine if not s.approximate)
    if parts and abs(parts - largest.value) <= largest.value * _ROUNDING:
        return parts
    return largest.value
