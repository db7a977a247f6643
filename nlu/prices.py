"""Per-unit prices multiplied by the count they go with, before each amount is attached.

「PC3台を1台100万円で」, 「1人500円、400名分」, 「500円を2,000名に」. A price per person with
no count in the message is kept per person and multiplied once the number of victims is known.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coverage import Fact
from nlu.amount_words import amount_words
from nlu.amounts import Amount
from nlu.counts import Count, group_before
from nlu.doc import Doc
from nlu.gift_recipients import (
    counted_to,
    face_value,
    gift_recipients,
    no_share,
    per_letter,
    priced_per_counted,
)
from nlu.lexicon import Lexicon

# At most this many characters from a count to its price (「2,400名にQUOカード」).
_COUNT_GAP = 16
_PERSON_UNITS = {"individuals": "individuals", "corporations": "corporations", "devices": "devices"}


@dataclass(frozen=True)
class Priced:
    """An amount with its per-unit multiplication done where the count is known."""

    amount: Amount
    yen: int
    per: Fact | None = None  # a price per victim (individuals / corporations), count unknown
    unclear: bool = False  # per victim or a total, not said: the bot asks what it is
    # 「駆除は1台3万円」 with no number of devices in the message: yen per device, for a
    # number of devices said in an earlier message (`nlu.device_prices`).
    per_device: bool = False
    # 「お詫び状は1通120円」 beside 「会員1,050名」: (yen each, count, victim kind) of a price
    # multiplied by the victims counted, or (yen each, count, counter) of a rate multiplied by
    # a list of devices, so that a corrected count multiplies it again.
    counted: tuple[int, int, str] | None = None


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
    given = _given_to(doc, amounts, markers, counts, lex)
    for amount, marker, group in zip(amounts, markers, groups, strict=True):
        if amount.units is not None:
            priced.append(Priced(amount, amount.yen, counted=_victims_of(amount, counts, lex)))
            continue
        if marker is None and (partner := _count_before(text, amount, amounts, counts, lex)):
            # 「法人2社に各5万」: the count just before is the one it goes with, whatever
            # other counts the sentence holds (「個人300名に各500円、」).
            priced.append(Priced(amount, amount.yen * partner.value))
            continue
        if (listed := given.get(amount.start)) is not None:
            count, each = listed
            yen = amount.yen * count.value if each else amount.yen
            priced.append(Priced(amount, yen, unclear=not each))
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
            elif (recipients := _gift_recipients(text, amount, amounts)) is not None:
                # 「全員にQUOカード500円分」: one card for each victim of the group.
                priced.append(_per_group(amount, recipients.value, counts, lex))
            elif face_value(text, amount.start, amount.end, amount.yen, _others(amount, amounts)):
                # 「1,000円分のギフトカードにします」: one card, each victim's.
                priced.append(_per_group(amount, "individuals", counts, lex))
            else:
                priced.append(Priced(amount, amount.yen))
            continue
        if marker is None and group is None and (device := _each_device(amount, counts, lex)):
            priced.append(device)
            continue
        kind = _kind(marker, lex) if marker else (group or "individuals")
        if marker is not None and per_letter(marker.unit) and not _counted(marker, counts):
            kind = "individuals"  # 「お詫び状の郵送が1通120円」: one letter to each victim
        rate = marker is not None and _rate_mark(text, marker)
        per_device = marker is not None and kind == "devices"
        rated = marker if rate else None
        priced.append(_per_group(amount, kind, counts, lex, rated, per_device, text))
    return priced


def _victims_of(
    amount: Amount, counts: Sequence[Count], lex: Lexicon
) -> tuple[int, int, str] | None:
    """「取引先12社…1社3万円ずつ」: a price multiplied by a count of victims said outside it,
    as (yen each, count, victim kind) when one kind of victims has that number."""
    if amount.per_unit is None or amount.units is None or amount.units <= 1:
        return None
    kinds = {
        _kind(c, lex)
        for c in counts
        if c.value == amount.units and not amount.start <= c.start < amount.end
    }
    if len(kinds) != 1 or not kinds <= {"individuals", "corporations"}:
        return None
    return amount.per_unit, amount.units, kinds.pop()


def _count_before(
    text: str, amount: Amount, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> Count | None:
    """「2社に各5万」「420名に500円のQUOカード」: a count of victims the price is each's."""
    others = [a.start for a in amounts if a is not amount]
    each = amount.per_unit is not None
    for count in counts:
        if count.value <= 1 or count.end > amount.start or amount.start - count.end > _COUNT_GAP:
            continue
        if _kind(count, lex) not in ("individuals", "corporations"):
            continue
        if priced_per_counted(text, count.end, amount.start, amount.end, each, others):
            return count
    return None


def _given_to(
    doc: Doc,
    amounts: Sequence[Amount],
    markers: Sequence[Count | None],
    counts: Sequence[Count],
    lex: Lexicon,
) -> dict[int, tuple[Count, bool]]:
    """「個人のお客様300名に500円、法人2社に5万円」: plain prices each given to the victims
    counted right before it, by amount start, with whether each is a price per victim.

    In a sentence with no total, a price too small to be its count's total (`no_share`)
    makes every such price there each victim's. A list of two groups whose prices could
    all be totals is unclear (`Priced.unclear`); one group's plausible total is not read
    here (「300名に15万円」 is taken as said).
    """
    text = doc.text
    by_sentence: dict[int, list[tuple[Amount, Count]]] = {}
    for amount, marker in zip(amounts, markers, strict=True):
        if marker is not None or amount.units is not None or amount.per_unit is not None:
            continue
        for count in counts:
            near = 0 <= amount.start - count.end <= _COUNT_GAP and count.value > 1
            victims = _kind(count, lex) in ("individuals", "corporations")
            if near and victims and counted_to(text, count.end, amount.start):
                sentence = doc.sentence_of[doc.token_at(amount.start)]
                by_sentence.setdefault(sentence, []).append((amount, count))
    given: dict[int, tuple[Count, bool]] = {}
    for sentence, listed in by_sentence.items():
        if _has_total(doc, sentence, lex):
            continue
        each = any(no_share(amount.yen, count.value) for amount, count in listed)
        if each or len({_kind(count, lex) for _, count in listed}) > 1:
            given |= {amount.start: (count, each) for amount, count in listed}
    return given


def _each_device(amount: Amount, counts: Sequence[Count], lex: Lexicon) -> Priced | None:
    """A bare 「各」「ずつ」 price in a message that counts devices and no victims is each
    device's (「サーバー3台暗号化 … 復旧見積：各120万」), not a price per victim: times the
    one number of devices, unclear with two (「PC4台とサーバー2台」); None otherwise."""
    kinds = {_kind(c, lex) for c in counts if c.value > 1}
    if "devices" not in kinds or kinds & {"individuals", "corporations"}:
        return None
    devices = {c.value for c in counts if c.value > 1 and _kind(c, lex) == "devices"}
    if len(devices) == 1:
        return Priced(amount, amount.yen * devices.pop())
    return Priced(amount, amount.yen, unclear=True)


# At most this many characters between two counts of one list of devices, and from the
# last one to the rate said of them all (「サーバー2台、PC3台、1台あたり」).
_LISTED_GAP = 8


def _listed_devices(text: str, amount: Amount, counted: Sequence[Count]) -> list[Count] | None:
    """Two or more counts of one counter listed right before a rate, only a comma before it
    (「対象サーバー2台、PC3台、1台あたり35万円」), each a few characters from the next on one
    line; not a rate that names its devices (「PC6台\n※PCは1台あたり」)."""
    before = [c for c in counted if c.end <= amount.start]
    if len(before) < 2 or text[before[-1].end : amount.start].strip(" 、,") != "":
        return None
    run = [before[-1]]
    for count in reversed(before[:-1]):
        between = text[count.end : run[0].start]
        if len(between) > _LISTED_GAP or count.unit != run[0].unit or "\n" in between:
            break
        run.insert(0, count)
    return run if len(run) > 1 else None


# What may stand between a device's name and its count (「サーバーは1台あたり」「サーバー：2台」).
_NAME_JOINERS = "はがの:： "
_NAME_CHARS = re.compile(r"[A-Za-z0-9\u30a0-\u30ff\u4e00-\u9fff]")
# The shortest device name compared (「PC」).
_NAME_MIN = 2


def _named_before(text: str, start: int) -> str:
    """The device named right before a count (「サーバー」 of 「サーバーは1台」), or ''."""
    i = start
    while i > 0 and text[i - 1] in _NAME_JOINERS:
        i -= 1
    end = i
    while i > 0 and _NAME_CHARS.match(text[i - 1]):
        i -= 1
    return text[i:end]


def _same_devices(text: str, marker: Count, counts: Sequence[Count]) -> Count | None:
    """The one count of more than one device whose name is the rate's own (「サーバー2台」
    for 「サーバーは1台あたり」), when the rate names its devices; None otherwise."""
    named = _named_before(text, marker.start)
    if len(named) < _NAME_MIN:
        return None
    same = [
        c
        for c in counts
        if c.value > 1
        and len(other := _named_before(text, c.start)) >= _NAME_MIN
        and (other.endswith(named) or named.endswith(other))
    ]
    return same[0] if len(same) == 1 else None


def _counted(marker: Count, counts: Sequence[Count]) -> bool:
    """「1通120円で500通」: the things priced are counted in the message."""
    return any(c.unit == marker.unit and c.value > 1 for c in counts)


def _rate_mark(text: str, marker: Count) -> bool:
    """「1台あたり」「1台につき」: the count of one says a rate, not one thing's price
    (「調査費はPC1台で100万円」 is what the one PC cost)."""
    return text.startswith(amount_words().per_unit_after_counter, marker.end)


def _others(amount: Amount, amounts: Sequence[Amount]) -> list[int]:
    return [a.start for a in amounts if a is not amount]


def _gift_recipients(text: str, amount: Amount, amounts: Sequence[Amount]) -> Fact | None:
    return gift_recipients(text, amount.start, amount.end, _others(amount, amounts))


def _has_total(doc: Doc, sentence: int, lex: Lexicon) -> bool:
    tokens = [i for i, s in enumerate(doc.sentence_of) if s == sentence]
    if not tokens:
        return False
    found = lex.correction.find(doc, tokens[0], tokens[-1] + 1)
    return any(m.label == "total" for m in found)


def _per_group(
    amount: Amount,
    kind: str,
    counts: Sequence[Count],
    lex: Lexicon,
    marker: Count | None = None,
    device: bool = False,
    text: str = "",
) -> Priced:
    """A price per thing of `kind`, times the nearest count of that kind when there is one;
    a rate per device after a list of devices (`_listed_devices`), times their sum.

    A price per victim with no count waits for it (`Priced.per`). A rate per device or
    other thing (`marker`, 「1台あたり」) with none is no cost by itself: the bot asks,
    unless the message counts one such thing besides the price's own 「1台」 (「PC1台につき
    100万円…対象PCは1台です」). A price per device (`device`) is marked `per_device`, so
    that a number of devices said in an earlier message (「3台が感染」) multiplies it.
    """
    partners = [c for c in counts if c.value > 1 and _kind(c, lex) == kind]
    devices = marker is not None and kind == "devices"
    of_kind = [c for c in counts if _kind(c, lex) == kind]
    if devices and marker is not None and (own := _same_devices(text, marker, of_kind)):
        # 「サーバー2台、PC5台 … サーバーは1台あたり50万円」: the rate names its devices.
        return Priced(amount, amount.yen * own.value, counted=(amount.yen, own.value, own.unit))
    listed = _listed_devices(text, amount, of_kind) if devices else None
    if listed is not None:
        # 「対象サーバー2台、PC3台、1台あたり35万円」: the rate is each of the devices listed.
        units = sum(c.value for c in listed)
        return Priced(amount, amount.yen * units, counted=(amount.yen, units, listed[0].unit))
    if partners:
        # The nearest count of the same kind (「個人2,400名、法人15社」 pairs each price).
        nearest = min(partners, key=lambda c: abs(c.start - amount.start))
        victims = kind in ("individuals", "corporations")
        counted = (amount.yen, nearest.value, kind) if victims else None
        return Priced(amount, amount.yen * nearest.value, counted=counted)
    if kind in ("individuals", "corporations"):
        return Priced(amount, amount.yen, per=Fact(kind))
    if marker is None:
        # 「駆除は1台3万円」: taken as said unless the conversation counted the devices.
        return Priced(amount, amount.yen, per_device=device)
    one = any(
        c.value == 1 and c.unit == marker.unit and not amount.start <= c.start < amount.end
        for c in counts
        if c is not marker
    )
    return Priced(amount, amount.yen, unclear=not one, per_device=device and not one)
