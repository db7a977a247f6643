"""A gift's face value sent to every victim of a group: a price per victim.

「全員にQUOカード500円分を送ります」「お見舞いのQUOカード（500円）は個人のお客様のみに送付」
after the victims were counted elsewhere: the amount is one card, and the cost is that
times the group's count (kept per victim until the count is known, `nlu.prices`). The
clause must name a gift and its recipients and no total; a count said with the group
(「会員3,900名に」) is read by `nlu.prices` itself. Words in `config/nlu_gift_recipients.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords, Words
from coverage import Fact
from nlu.patterns import alternation

FILE: Final = "nlu_gift_recipients.toml"
_CLAUSE_END = re.compile(r"[、。\n!?]")


class RecipientsFile(config.Schema):
    """`config/nlu_gift_recipients.toml`."""

    gifts: NonEmptyWords
    everyone: NonEmptyWords
    individuals: NonEmptyWords
    corporations: NonEmptyWords
    narrowing: Words
    particles: NonEmptyWords
    gift_links: NonEmptyWords
    totals: NonEmptyWords
    least_share_yen: PositiveInt
    max_face_value_yen: PositiveInt
    face_value_links: NonEmptyWords
    value_suffixes: NonEmptyWords
    letter_units: NonEmptyWords


@dataclass(frozen=True)
class _Patterns:
    gift: re.Pattern[str]
    recipient: re.Pattern[str]
    total: re.Pattern[str]
    counted: re.Pattern[str]
    """From a count to its price: 「に」「に各」「にQUOカード」."""
    face_value: re.Pattern[str]
    """Right after a price, the gift it is the face value of: 「のQUOカード」."""
    least_share: int
    gift_after: re.Pattern[str]
    """Right after a price with no recipient, the gift it is one of: 「分のギフトカード」."""
    max_face_value: int
    gift_before: re.Pattern[str]
    """Right before a price, the gift it is one of: 「QUOカード」 in 「QUOカード500円分」."""
    value_suffix: re.Pattern[str]
    """Right after a price whose gift is named before it: 「分」."""
    letter_units: frozenset[str]


@cache
def _patterns() -> _Patterns:
    file = config.load(FILE, RecipientsFile)
    narrowing = f"(?:{alternation(file.narrowing)})?" if file.narrowing else ""
    return _Patterns(
        gift=re.compile(alternation(file.gifts)),
        recipient=re.compile(
            rf"(?:(?P<everyone>{alternation(file.everyone)})"
            rf"|(?P<individuals>{alternation(file.individuals)})"
            rf"|(?P<corporations>{alternation(file.corporations)}))"
            rf"{narrowing}(?:{alternation(file.particles)})"
        ),
        total=re.compile(alternation(file.totals)),
        counted=re.compile(
            rf"\s*(?:{alternation(file.particles)})\s*"
            rf"(?:(?P<gift>{alternation(file.gifts)})(?:{alternation(file.gift_links)})?\s*)?"
        ),
        face_value=re.compile(rf"\s*の(?:{alternation(file.gifts)})"),
        least_share=file.least_share_yen,
        gift_after=re.compile(
            rf"\s*(?:{alternation(file.face_value_links)})\s*(?:{alternation(file.gifts)})"
        ),
        max_face_value=file.max_face_value_yen,
        gift_before=re.compile(rf"(?:{alternation(file.gifts)})\s*[(（]?\s*$"),
        value_suffix=re.compile(rf"\s*(?:{alternation(file.value_suffixes)})"),
        letter_units=frozenset(file.letter_units),
    )


def gift_recipients(text: str, start: int, end: int, others: Iterable[int]) -> Fact | None:
    """The victims each of whom gets the gift priced at text[start:end], or None.

    None unless the amount's clause names a gift and, before or after the amount, whom it
    is sent to, and names no total and no other amount (`others`: where the text's other
    amounts start; 「500円分の商品券を全員に送付（43万円）」 gives the total too); every
    victim counts as the individuals.
    """
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    found = _CLAUSE_END.search(text, end)
    hi = found.start() if found else len(text)
    if any(lo <= at < hi for at in others):
        return None
    patterns = _patterns()
    clause = text[lo:start] + " " + text[end:hi]
    if not patterns.gift.search(clause) or patterns.total.search(clause):
        return None
    kinds = {match.lastgroup for match in patterns.recipient.finditer(clause) if match.lastgroup}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    return Fact.CORPORATIONS if kind == "corporations" else Fact.INDIVIDUALS


def face_value(text: str, start: int, end: int, yen: int, others: Iterable[int]) -> bool:
    """Whether the amount text[start:end] is one gift's face value (「1,000円分のギフトカード
    にします」「QUOカード500円分を送ります」): a gift right after it, or right before it with 分
    after, no more than a card is worth, and no total nor other amount in its clause
    (「500円分の商品券を全員に送付（43万円）」)."""
    patterns = _patterns()
    if yen > patterns.max_face_value:
        return False
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    named_before = patterns.gift_before.search(text, lo, start) is not None
    if not patterns.gift_after.match(text, end) and not (
        named_before and patterns.value_suffix.match(text, end)
    ):
        return False
    found = _CLAUSE_END.search(text, end)
    hi = found.start() if found else len(text)
    return not any(lo <= at < hi for at in others) and not patterns.total.search(text, lo, hi)


def per_letter(unit: str) -> bool:
    """Whether a price per `unit` (通) is one per letter, so per victim."""
    return unit in _patterns().letter_units


def priced_per_counted(
    text: str, count_end: int, start: int, end: int, each: bool, others: Iterable[int]
) -> bool:
    """Whether the price at text[start:end] is for each of the victims counted right
    before it (the count ends at `count_end`).

    「個人300名に各500円」「法人2社に5万ずつ」: a price said to be each's. 「420名に500円の
    QUOカード」「3,900名にQUOカード500円分」: the face value of the gift each gets. A plain
    amount after the count (「300名に50万円」) may be what all of them cost together, and a
    clause with a total or another amount in it is not read here.
    """
    patterns = _patterns()
    linked = patterns.counted.fullmatch(text, count_end, start)
    if linked is None:
        return False
    if each:
        return True
    if linked.group("gift") is None and not patterns.face_value.match(text, end):
        return False
    lo = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    found = _CLAUSE_END.search(text, end)
    hi = found.start() if found else len(text)
    return not any(lo <= at < hi for at in others) and not patterns.total.search(text, lo, hi)


def counted_to(text: str, count_end: int, start: int) -> bool:
    """Whether the price at `start` is given to the victims counted right before it
    (「300名に500円」「法人2社にQUOカード5万円」), whatever it is per victim or in all."""
    return _patterns().counted.fullmatch(text, count_end, start) is not None


def no_share(yen: int, count: int) -> bool:
    """Whether `yen` is too little to be what `count` victims get together: 「個人300名に
    500円」 gives each under the least gift anyone sends, so 500円 is each one's price."""
    return yen < _patterns().least_share * count
