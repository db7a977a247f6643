"""A later message that corrects a cost said before, by its amount or by its count.

「すみません、500万円の間違いでした」 corrects the one cost said so far; 「さっきの300万は
380万の誤りでした」 names the cost it corrects by its old amount, however many there are;
「4台じゃなくて3台でした」 changes the count a price per unit was multiplied by
(「PC4台×80万」), so the product is said again for the new count, never kept stale. A cost
summed from several amounts (「コールセンター80万、郵送30万」 are both ⑤) is corrected in
the part the message takes back (「30万ではなく35万」), never replaced whole by it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any, Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.amount_words import amount_words
from nlu.amounts import Amount
from nlu.cost_cues import cost_cues
from nlu.counts import Count, find_counts, find_numerals
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.loose_counts import ANY_COUNT
from nlu.phrases import Match
from nlu.reading import Correction, CostMention, Reading

RETAKES: Final = "nlu_cost_retakes.toml"
# The end of the token before a correction said after an amount (「500万の誤り」).
_AMOUNT_END = re.compile(r"[0-9０-９]$|[万億千円]$|[MK]$")

# A price per unit kept with its cost: (yen per unit, units, counter).
UnitPrice = tuple[int, int, str]
# The counter of a multiplier taken back with none (「×2じゃなくて×1」): any unit price's.
ANY_COUNTER: Final = ""


@dataclass
class CostMemory:
    """What each known cost was made of: the amounts summed into it, and the price per
    unit and count of one said as a product."""

    parts: dict[str, list[int]] = field(default_factory=dict)
    unit_prices: dict[str, UnitPrice] = field(default_factory=dict)
    # The cost words each cost was said with, to tell a later item of it (`nlu.cost_items`).
    items: dict[str, list[str]] = field(default_factory=dict)

    def replaced(self, key: str, old: int, amount: int, retracted: Sequence[int]) -> int | None:
        """Cost `key` (now `old`) once a correction says `amount`: the whole when it was
        one amount or is quoted whole, else old less the one part taken back plus amount;
        None when which part is not said."""
        parts = self.parts.get(key, [old])
        if len(parts) <= 1 or old in retracted:
            self.parts[key] = [amount]
            return amount
        named = [yen for yen in set(retracted) if parts.count(yen) == 1]
        if len(named) != 1:
            return None
        parts[parts.index(named[0])] = amount
        return old - named[0] + amount

    def correct_by_amount(
        self,
        costs: dict[str, int],
        unassigned: list[int],
        retracted: Sequence[int],
        *,
        quoted_only: bool = False,
    ) -> list[int]:
        """Apply a replacing correction said with bare amounts to `costs`; return the
        amounts it leaves unassigned.

        An amount equal to a cost or to one part of one is being quoted; the one other
        amount replaces it (said twice, 「五百万の誤りでした。五百万です」, it is still one).
        With one cost of one amount known the quote may be left out, unless `quoted_only`
        (the message gives a new cost of its own too, which the correction may be about).
        Any doubt (two costs or parts of the quoted amount, two new amounts) changes nothing.
        """
        fresh = sorted({yen for yen in unassigned if not self.known(costs, yen)})
        quoted = {yen for yen in [*unassigned, *retracted] if self.known(costs, yen)}
        if len(fresh) != 1 or len(quoted) > 1 or (quoted_only and not quoted):
            return unassigned
        if not quoted:
            if len(costs) != 1:
                return unassigned
            (key,) = costs
            if len(self.parts.get(key, [])) > 1:
                return unassigned  # 「35万の間違いでした」: of which part, not said
            costs[key] = fresh[0]
            self.parts[key] = [fresh[0]]
            return []
        (old,) = quoted
        wholes = [key for key, yen in costs.items() if yen == old]
        within = [key for key in costs if key not in wholes and old in self.parts.get(key, [])]
        if len(wholes) + len(within) != 1:
            return unassigned
        key = (wholes or within)[0]
        total = self.replaced(key, costs[key], fresh[0], [old])
        if total is None:
            return unassigned
        costs[key] = total
        return []

    def note(self, costs: dict[str, int], reading: Reading, key_of: Callable[[str], str]) -> None:
        """Keep what this message made each cost of, once the message is folded in."""
        said: dict[str, list[int]] = {}
        for mention in reading.costs:
            if mention.per is None:
                said.setdefault(key_of(mention.key), []).append(mention.yen)
        for key, amounts in said.items():
            before = self.parts.get(key, [])
            if costs.get(key) == sum(amounts):
                self.parts[key] = amounts
            elif costs.get(key) == sum(before) + sum(amounts):
                self.parts[key] = [*before, *amounts]
        for key in list(self.parts):
            if key not in costs:
                del self.parts[key]
        for key in list(self.items):
            if key not in costs:
                del self.items[key]
        for key, yen in costs.items():
            if sum(self.parts.get(key, [])) != yen:
                self.parts[key] = [yen]  # changed in a way that says nothing of its parts
        self.unit_prices.update({key_of(k): v for k, v in unit_prices_of(reading).items()})
        if reading.recounted is not None:
            recount_costs(costs, self.unit_prices, reading.recounted)
        for key, (per_unit, units, _) in list(self.unit_prices.items()):
            if costs.get(key) != per_unit * units:
                del self.unit_prices[key]  # said since as another figure
            else:
                self.parts[key] = [costs[key]]

    def known(self, costs: dict[str, int], yen: int) -> bool:
        """Whether `yen` is a cost or one part of one."""
        return yen in costs.values() or any(yen in parts for parts in self.parts.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "parts": {k: list(v) for k, v in self.parts.items()},
            "unit_prices": {k: list(v) for k, v in self.unit_prices.items()},
            "items": {k: list(v) for k, v in self.items.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CostMemory:
        return cls(
            parts={str(k): [int(y) for y in v] for k, v in data.get("parts", {}).items()},
            unit_prices={
                str(k): (int(v[0]), int(v[1]), str(v[2]))
                for k, v in data.get("unit_prices", {}).items()
            },
            # Absent in states saved before the items of a cost were kept.
            items={str(k): [str(w) for w in v] for k, v in data.get("items", {}).items()},
        )


def unit_prices_of(reading: Reading) -> dict[str, UnitPrice]:
    """The costs of one message priced per unit with a count said with them."""
    found: dict[str, UnitPrice] = {}
    by_key: dict[str, list[CostMention]] = {}
    for mention in reading.costs:
        by_key.setdefault(mention.key, []).append(mention)
    for key, mentions in by_key.items():
        mention = mentions[0]
        if len(mentions) == 1 and mention.counted is not None:
            found[key] = mention.counted  # its counter: the kind of victims counted
            continue
        if len(mentions) != 1 or mention.per_unit is None or mention.units is None:
            continue
        counters = [c.unit for c in find_counts(mention.text) if c.value == mention.units]
        if len(counters) == 1:
            found[key] = (mention.per_unit, mention.units, counters[0])
    return found


def recount_costs(
    costs: dict[str, int], unit_prices: dict[str, UnitPrice], recounted: UnitPrice
) -> None:
    """Multiply each price per unit counted by the retracted count by the new one; a
    multiplier taken back with no counter (`ANY_COUNTER`, 「×2じゃなくて×1」) only when one
    price alone was multiplied by it."""
    old, new, counter = recounted
    found = [
        key
        for key, (per_unit, units, unit) in unit_prices.items()
        if (units == old or old == ANY_COUNT)
        and counter in (unit, ANY_COUNTER)
        and costs.get(key) == per_unit * units
    ]
    if (counter == ANY_COUNTER or old == ANY_COUNT) and len(found) != 1:
        return
    for key in found:
        per_unit, _, unit = unit_prices[key]
        costs[key] = per_unit * new
        unit_prices[key] = (per_unit, new, unit)


def retimed(doc: Doc, lex: Lexicon) -> UnitPrice | None:
    """「×2じゃなくて×1で」: a multiplier taken back for another, as (old, new, `ANY_COUNTER`).
    A price per unit said before (「解析 1台 80万×2台」) is then for the new count."""
    times = amount_words().times_after.pattern
    found = []
    for match in re.finditer(rf"(?:{times})([0-9]+)(?![0-9万億円])", doc.text):
        taken_back = lex.retracted.match(doc.text, match.end())
        if taken_back is None:
            continue
        new = re.compile(rf"[ 、,]*(?:{times})([0-9]+)(?![0-9万億円])").match(
            doc.text, taken_back.end()
        )
        if new is not None and int(new.group(1)) != int(match.group(1)):
            found.append((int(match.group(1)), int(new.group(1)), ANY_COUNTER))
    return found[0] if len(found) == 1 else None


def _after_times(text: str, start: int) -> bool:
    """「×2」: the number is a multiplier, not an amount in 万."""
    return amount_words().times_after.search(text[max(0, start - 2) : start]) is not None


def placed_correction(doc: Doc, match: Match) -> bool:
    """A correction word where it says one: あと opening the message (maybe after an
    interjection, 「あ、あと」), の誤り after an amount."""
    if match.label == "lead_add":
        opening = doc.tokens[: match.start]
        return all(t.pos1 in ("感動詞", "補助記号") for t in opening)
    if match.label == "after_amount":
        return (
            match.start > 0 and _AMOUNT_END.search(doc.tokens[match.start - 1].surface) is not None
        )
    if match.label == "with_amount":
        lo, hi = doc.sentence_span(match.start)
        return any(_AMOUNT_END.search(t.surface) for t in doc.tokens[lo:hi])
    return True


def taken_back(doc: Doc, amounts: Sequence[Amount], lex: Lexicon) -> list[Amount]:
    """The amounts a message takes back, to quote the cost they were, never to add to it.

    「300万円ではなく350万円」 says so after the amount; 「300万→350万」 between the two;
    「300万は350万の誤り」「300万は350万でした」 only with the correction after the
    second, so 「調査は300万で前金は50万」 keeps both.
    """
    corrected_at = {
        m.start
        for m in lex.correction.find(doc)
        if m.label in ("after_amount", "with_amount") and placed_correction(doc, m)
    }
    found = [a for a in amounts if lex.retracted.match(doc.text, a.end)]
    for old, new in pairwise(amounts):
        gap = doc.text[old.end : new.start]
        if old not in found and _retaken(doc, old.end, new.start, lex):
            found.append(old)
            continue
        if old in found or any(c.isdigit() or c in "。\n" for c in gap):
            continue
        if lex.changed_into.fullmatch(gap) or (
            lex.quoted_by.fullmatch(gap) and doc.token_at(new.end) in corrected_at
        ):
            found.append(old)
    return found


class RetakesFile(config.Schema):
    """`config/nlu_cost_retakes.toml`."""

    words: NonEmptyWords
    max_gap: PositiveInt


@cache
def _retakes() -> tuple[re.Pattern[str], int]:
    file = config.load(RETAKES, RetakesFile)
    return re.compile("|".join(re.escape(w) for w in file.words)), file.max_gap


def _retaken(doc: Doc, end: int, start: int, lex: Lexicon) -> bool:
    """「300万。あ、訂正、350万でした」: a correction word between two amounts, with no
    number and no cost word there, takes the first back."""
    words, max_gap = _retakes()
    gap = doc.text[end:start]
    if len(gap) > max_gap or any(c.isdigit() for c in gap) or not words.search(gap):
        return False
    first, last = doc.token_at(end), doc.token_at(max(start - 1, end))
    return not cost_cues(doc, lex, first, last + 1)


def read_correction(doc: Doc, lex: Lexicon, amounts: Sequence[Amount] = ()) -> Correction | None:
    """「追加です」「訂正です」: how the message says a cost relates to the one before.

    An amount of `amounts` taken back (「復旧 300万→350万」) says it replaces, with no word.
    """
    labels = {m.label for m in lex.correction.find(doc) if placed_correction(doc, m)}
    # 「あ、あと…駆除を業者に頼んで8万でした」: a past copula alone does not take back what
    # 「あと」 adds to.
    if "lead_add" in labels and not labels & {"replace", "after_amount"}:
        labels.discard("with_amount")
    replace = bool(labels & {"replace", "requote", "after_amount", "with_amount"}) or (
        len(amounts) > 1 and bool(taken_back(doc, amounts, lex))
    )
    # 「サーバー2台追加になって最終的に410万になりました」: the amount said to have become
    # the figure is the cost's new total, whatever else was added to the work.
    if ("add" in labels and "after_amount" not in labels) or ("lead_add" in labels and not replace):
        return "add"
    return "replace" if replace else None


def bare_retake(
    doc: Doc, amounts: Sequence[Amount], counts: Sequence[Count], lex: Lexicon
) -> tuple[int, ...]:
    """「さっきの300は350の誤りです」: a correction said with two bare numbers and no amount.

    Each is read in 万円, the unit a chat writes costs in; only the fold knows whether one
    of them is a cost said before (and so whether this corrects it), so nothing else of
    the message takes them as amounts. A number counted (3台) or with any unit is none.
    """
    if amounts or read_correction(doc, lex) != "replace":
        return ()
    cfg = amount_words()
    taken = [(c.start, c.end) for c in counts]
    found: list[int] = []
    for numeral in find_numerals(doc.text):
        value = numeral.value
        if not (isinstance(value, int) and numeral.text.isdigit()):
            continue
        if any(lo <= numeral.start < hi for lo, hi in taken):
            continue
        if _after_times(doc.text, numeral.start):
            continue  # 「×2じゃなくて×1」: a multiplier (`retimed`), no amount
        if not 0 < value < cfg.shorthand_below:
            return ()
        found.append(value * cfg.shorthand_scale)
    return tuple(found) if len(found) == 2 and found[0] != found[1] else ()
