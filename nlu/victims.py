"""Victim counts: individuals and corporations affected, as opposed to our own staff or PCs.

Which counts are of records about persons is read in `nlu.victim_records`, of a population
in `nlu.victim_populations`, of people in another role in `nlu.victim_roles`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from nlu.amounts import Amount
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.loose_counts import context_start, corrected_by_next, hedged_number, taken_back
from nlu.victim_addresses import addresses_visible, visible_addresses
from nlu.victim_attack_mail import attack_mail_recipients
from nlu.victim_audiences import counts_no_victims
from nlu.victim_bystanders import bystanders
from nlu.victim_clefts import exposed_focus
from nlu.victim_denials import denied, quoted_before, stored_not_leaked
from nlu.victim_examples import supposed_example
from nlu.victim_named import named_companies
from nlu.victim_parts import items_of_others, priced_groups, summed, total_of_part
from nlu.victim_populations import (
    background,
    population,
    population_before_part,
    population_of_part,
    warned,
)
from nlu.victim_principals import entrusting_persons
from nlu.victim_rates import one_each, per_item_rates
from nlu.victim_recipients import recipients, sent_instead
from nlu.victim_records import (
    about_companies,
    about_records,
    data_after,
    items_said_before,
    sheets_of_persons,
    stuffed_accounts,
)
from nlu.victim_revisions import item_start, replaced_figure
from nlu.victim_roles import (
    acting,
    claimants,
    informants,
    is_target,
    one_of_them,
    ours_before,
    reporters,
    staff_after,
)
from nlu.victim_shares import share_of
from nlu.victim_sizes import stated_size
from nlu.victim_zeros import said_none

# An approximate figure (約2,000名) is a rounding: a breakdown said beside it whose parts add
# up to within this fraction of it (1,960名 + 87名) is the exact number.
_ROUNDING = Fraction(1, 10)


@dataclass(frozen=True, slots=True)
class _Said:
    """One count read as victims, with what the choice among several needs."""

    kind: str
    value: int
    approximate: bool
    counted: bool  # counted by its own counter (7,409人), not as records about them
    recipients: bool  # the persons a mail went to (「会員様217名へ配信」)
    part: bool = False  # said as included in a larger count after it (「…を含む」)
    carried: bool = False  # whose data it is (「スタッフ287名の氏名」「1,103名分」)


def price_unit(doc: Doc, count: Count, amounts: Sequence[Amount]) -> bool:
    """「1件あたり500円」「1人500円」: the one is the unit of a price, not a number of victims;
    「1名から慰謝料50万」 is who claims the sum."""
    if count.value != 1:
        return False
    from_them = doc.text.startswith("から", count.end)
    return any(
        (a.per_unit is not None and a.start <= count.start < a.end)
        or (not from_them and 0 <= a.start - count.end <= 6)
        for a in amounts
    )


def _unit_of_price(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「見舞金は1人いくら」「1人あたりの上限」: the one is the unit of a price, said or asked."""
    return count.value == 1 and doc.text.startswith(lex.unit_after, count.end)


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
        if about_records(doc, count, after_previous, lex):
            kind = "corporations" if about_companies(doc, count, lex) else "individuals"
        elif visible_addresses(doc, count):
            kind = "individuals"  # 「TOで一斉送信、宛先300件」: one address, one person
        elif stuffed_accounts(doc, count):
            kind = "individuals"  # 「リスト型攻撃…不正ログインされたアカウントは1,032件」
        elif (old := replaced_figure(doc, count, counts)) is not None and about_records(
            doc, old, item_start(doc, old, counts), lex
        ):
            # 「カード情報を最大3,200件とご案内しておりましたが、…対象は2,874件」
            kind = "corporations" if about_companies(doc, old, lex) else "individuals"
        elif (part := total_of_part(doc, count, counts, lex)) is not None and about_records(
            doc, part, doc.token_at(count.end - 1) + 1, lex
        ):
            # 「8,000件、うちカード情報付きが1,100件」: the total of records the part is of.
            kind = "corporations" if about_companies(doc, part, lex) else "individuals"
    elif kind == "other" and (
        items_of_others(doc, count, lex)
        or items_said_before(doc, count, lex)
        or sheets_of_persons(doc, count, lex)
    ):
        kind = "individuals"  # 「はがき1,032通において、別のお客様の氏名が」
    if kind not in ("individuals", "corporations"):
        return None
    if stored_not_leaked(doc, count, lex) or denied(doc, count, lex):
        return None
    if reporters(doc, count, lex) or population(doc, count, lex):
        return None
    if background(doc, count, lex) or stated_size(doc, count):
        return None  # 「同法人の会員数は約450人」「顧客は5万人いる」 when no data is said hit
    if counts_no_victims(doc, count):
        return None  # 「フォロワー2000人くらいいる」「外来患者は1日平均約600人」
    if entrusting_persons(doc, count):
        return None  # 「取引先3社からお預かりした顧客名簿」: principals, not victims
    if bystanders(doc, count, lex):
        return None  # 「予約できなかった利用者は約1万2千人」: kept from a service, no data hit
    if warned(doc, count, lex) or population_of_part(doc, count, counts, lex):
        return None
    if population_before_part(doc, count, counts, lex):
        return None
    if kind == "individuals" and lex.mixed_group.match(doc.text, count.end):
        return None  # 「3万2千人・団体」; 「38の企業・団体」 are bodies either way
    if kind == "individuals" and claimants(doc, count, counts, lex):
        # A few persons claiming are some of the victims, not their number; a partner
        # company claiming (「取引先3社から賠償請求」) is itself the victim.
        return None
    if kind == "corporations" and informants(doc, count, counts, lex):
        return None  # 「取引先2社から問い合わせがあり判明」: those who asked, not victims
    if taken_back(doc, count, lex) or corrected_by_next(doc, count, counts, lex):
        return None  # 「300名ではなく18社でした」「1,200人は1,020人の誤り」
    if quoted_before(doc, count):
        return None  # the figure said before, quoted to be corrected
    if one_of_them(doc, count, lex) or hedged_number(doc, count, lex):
        return None
    if supposed_example(doc, count, lex):
        return None  # 「例えば1,000人に配ったら」: an example made up
    if sent_instead(doc, count, counts, lex):
        return None
    if attack_mail_recipients(doc, count, lex):
        return None  # 「約4,000件のアドレスに対して迷惑メールが送信」: spam received, no leak
    lo, hi = context_start(doc, count), doc.sentence_span(token)[1]
    # Records read as victims were said with their data word (顧客情報, 申告書): context enough.
    said_as_records = count.kind == "other"
    if not (
        said_as_records
        or lex.victim_context.contains(doc, lo, hi)
        or count.text.endswith("分")
        or exposed_focus(doc, count)
        or share_of(doc, count)  # 「うちのやかたの分は182名だそうです」
        or data_after(doc, count, hi, lex)  # 「社員2名の病歴が漏れました」
    ):
        return None
    before = ours_before(doc, token, clause_start, lex)
    owner = staff_after(doc, count, lex) or (before and _followed_by_no(doc, count))
    if owner and not count.text.endswith("分") and not data_after(doc, count, hi, lex):
        # 「従業員1名のパソコンが感染し、顧客情報が流出」: the staff member whose PC or account
        # it was is not a victim, though the sentence goes on to say what leaked.
        return None
    ours = before or owner
    if (
        ours
        and not count.text.endswith("分")
        and not data_after(doc, count, hi, lex)
        and (not is_target(doc, clause_start, hi, lex) or acting(doc, count, lex))
    ):
        return None
    return kind


def _followed_by_no(doc: Doc, count: Count) -> bool:
    end = doc.token_at(count.end - 1) + 1
    return end < len(doc.tokens) and doc.tokens[end].surface == "の"


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
        if price_unit(doc, count, amounts) or _unit_of_price(doc, count, lex):
            # 「見舞金は1件あたり500円で2,000件分」: the price's one does not end the item
            # whose data word (見舞金) names what the 2,000 count.
            continue
        previous, after_previous = after_previous, doc.token_at(count.end - 1) + 1
        if count.kind == "devices":
            devices = max(devices or 0, count.value)
            continue
        kinds[-1] = _victim_kind(doc, count, previous, counts, lex)
    values = summed(doc, counts, kinds, lex)
    for rate in per_item_rates(doc, counts, lex):
        # 「約200枚で、1枚1名分です」: the items times the persons each holds;
        # 「約260枚、一人1枚です」: the items divided among the persons. Only persons read as
        # victims (「担当者1人1枚ずつ配った」 hands sheets to our staff).
        if kinds[rate.rate] != "individuals":
            continue
        kinds[rate.unit] = kinds[rate.rate] = None
        kinds[rate.items] = "individuals"
        values[rate.items] = rate.persons
    for i, (count, kind) in enumerate(zip(counts, kinds, strict=True)):
        if kind is not None:
            parts = values[i] != count.value  # 「児童3名及び保護者約2名」: the sum of parts
            said.append(
                _Said(
                    kind,
                    _one_in_each(doc, count, counts, lex) or one_each(doc, count) or values[i],
                    count.approximate or (parts and counts[i - 1].approximate),
                    counted=kind == count.kind,
                    recipients=recipients(doc, count, lex),
                    part=_included_part(doc, counts, kinds, i, lex),
                    carried=_whose_data(doc, count, lex),
                )
            )
    for kind, total in priced_groups(doc, counts, kinds, amounts, lex).items():
        said.append(_Said(kind, total, approximate=False, counted=True, recipients=False))
    if not addresses_visible(doc):
        # 「取引先1社へ送信したメールに、名刺情報356件を記載したファイルを誤って添付」: the
        # persons whose records it carried are counted, so the party it went to only received.
        said = _without_receivers(said)
    individuals, corporations = _choose(said, "individuals"), _choose(said, "corporations")
    if individuals is None and corporations is None:
        # 「取引先A社の生産管理データが消失」: a partner named by a letter, when nothing is counted.
        corporations = named_companies(doc, lex)
    # 「法人のお客様が7社、個人のお客様はいませんでした」: in a breakdown, a group said to be none.
    if individuals is None and corporations and said_none(doc.text, "individuals"):
        individuals = 0
    elif corporations is None and individuals and said_none(doc.text, "corporations"):
        corporations = 0
    return individuals, corporations, devices


def _whose_data(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「派遣スタッフ287名の氏名」「お客様1,103名分の氏名」: the count is of those whose data
    it is, not of persons sent or given something."""
    hi = doc.sentence_span(doc.token_at(count.start))[1]
    return count.text.endswith("分") or data_after(doc, count, hi, lex)


def _without_receivers(said: Sequence[_Said]) -> list[_Said]:
    """The counts without a kind said only as a mail's recipients when the other kind is
    counted as records (「名刺情報356件」) or as the persons whose data it is (「お客様1,103名分
    の氏名」): what the mail carried was theirs. Recipients beside victims counted by their
    own counter alone (「個人会員12,000名に送付…法人会員30社には1社5万円」) are the victims
    given something, and stay."""
    kept = list(said)
    for kind, other in (("corporations", "individuals"), ("individuals", "corporations")):
        mine = [s for s in kept if s.kind == kind]
        others = [
            s for s in kept if s.kind == other and not s.recipients and (not s.counted or s.carried)
        ]
        if mine and others and all(s.recipients for s in mine):
            kept = [s for s in kept if s.kind != kind]
    return kept


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
