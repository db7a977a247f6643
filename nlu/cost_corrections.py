"""A later message that corrects a cost said before, by its amount or by its count.

「すみません、500万円の間違いでした」 corrects the one cost said so far; 「さっきの300万は
380万の誤りでした」 names the cost it corrects by its old amount, however many there are;
「4台じゃなくて3台でした」 changes the count a price per unit was multiplied by
(「PC4台×80万」), so the product is said again for the new count, never kept stale.
"""

from __future__ import annotations

from nlu.counts import find_counts
from nlu.reading import CostMention, Reading

# A price per unit kept with its cost: (yen per unit, units, counter).
UnitPrice = tuple[int, int, str]


def correct_by_amount(costs: dict[str, int], unassigned: list[int]) -> list[int]:
    """Apply a replacing correction said with bare amounts to `costs`; return the amounts
    it leaves unassigned.

    An amount equal to a cost's is that cost being quoted; the one other amount replaces
    it. With one cost known the quote may be left out. Any doubt (two costs of the quoted
    amount, two new amounts) changes nothing.
    """
    fresh = [yen for yen in unassigned if yen not in costs.values()]
    quoted = {yen for yen in unassigned if yen in costs.values()}
    if len(fresh) != 1:
        return unassigned
    if len(costs) == 1 and not quoted:
        (key,) = costs
    else:
        keys = [key for key, yen in costs.items() if yen in quoted]
        if len(keys) != 1 or len(quoted) != 1:
            return unassigned
        (key,) = keys
    costs[key] = fresh[0]
    return []


def unit_prices_of(reading: Reading) -> dict[str, UnitPrice]:
    """The costs of one message priced per unit with a count said with them."""
    found: dict[str, UnitPrice] = {}
    by_key: dict[str, list[CostMention]] = {}
    for mention in reading.costs:
        by_key.setdefault(mention.key, []).append(mention)
    for key, mentions in by_key.items():
        mention = mentions[0]
        if len(mentions) != 1 or mention.per_unit is None or mention.units is None:
            continue
        counters = [c.unit for c in find_counts(mention.text) if c.value == mention.units]
        if len(counters) == 1:
            found[key] = (mention.per_unit, mention.units, counters[0])
    return found


def recount_costs(
    costs: dict[str, int], unit_prices: dict[str, UnitPrice], recounted: UnitPrice
) -> None:
    """Multiply each price per unit counted by the retracted count by the new one."""
    old, new, counter = recounted
    for key, (per_unit, units, unit) in list(unit_prices.items()):
        if units == old and unit == counter and costs.get(key) == per_unit * old:
            costs[key] = per_unit * new
            unit_prices[key] = (per_unit, new, unit)


def forget_changed(costs: dict[str, int], unit_prices: dict[str, UnitPrice]) -> None:
    """Drop the price per unit of a cost since said as another figure."""
    for key, (per_unit, units, _) in list(unit_prices.items()):
        if costs.get(key) != per_unit * units:
            del unit_prices[key]
