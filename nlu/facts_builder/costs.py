"""The fold of a message's costs into the state: amounts added, replaced, or left to ask."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coverage import CostKey
from nlu.cost_items import separate_items
from nlu.lexicon import GENERIC_INVESTIGATION
from nlu.reading import Reading

if TYPE_CHECKING:
    from nlu.facts_builder.state import FactState


@dataclass(frozen=True)
class CostClash:
    """A new amount for a cost already known, said without 訂正 or 追加: ask which."""

    key: str
    old: int
    new: int


def fold_costs(state: FactState, reading: Reading) -> list[CostClash]:
    clashes: list[CostClash] = []
    items = state.memory.items
    # 「遮断作業30万、調査は300万の見積」: a plain 調査 beside a specific one in the same
    # message is another cost; only one said before is the same investigation.
    earlier = frozenset(state.costs)
    for raw_key, amount, mode, words in _per_key(reading, state.values):
        key = _same_investigation(earlier, raw_key)
        old = state.costs.get(key)
        if old is not None and mode == "add":
            # 「追加で26万円」 adds even when it equals the total so far.
            state.costs[key] = old + amount
            items[key] = [*items.get(key, []), *words]
        elif old is not None and mode is None and separate_items(key, items.get(key, []), words):
            # 「コールセンター80万」 then 「お詫び状の郵送で12万」: another item of that cost.
            state.costs[key] = old + amount
            items[key] = [*items[key], *words]
        elif old is not None and mode == "replace":
            # 「郵送は30万ではなく35万」: the part taken back, when the cost has several.
            total = state.memory.replaced(key, old, amount, reading.retracted_amounts)
            if total is None:
                clashes.append(CostClash(key, old, amount))
            else:
                state.costs[key] = total
                items[key] = []  # which item changed is not kept
        elif old is None or old == amount:
            state.costs[key] = amount
            items[key] = words if old is None else items.get(key, [])
        else:
            clashes.append(CostClash(key, old, amount))
    for mention in reading.costs:
        if mention.per is not None:
            state.per_victim.setdefault(mention.key, {})[mention.per] = mention.yen
    return clashes


def fold_unassigned(state: FactState, reading: Reading) -> None:
    unassigned = [a.yen for a in reading.unassigned]
    topic, state.cost_topic = state.cost_topic, reading.cost_topic
    bare = len(unassigned) == 1 and not reading.unassigned[0].named and not reading.costs
    settled = reading.correction is None or not state.costs  # a correction of no cost
    if topic is not None and bare and settled and topic not in state.costs:
        # 「見舞金を支払う予定です」 then 「1名500円、800名です」: the cost just named.
        state.costs[topic] = unassigned.pop()
    if reading.correction == "add" and not reading.costs and len(state.costs) == 1:
        # 「追加で100万かかりました」 adds to the one cost said so far.
        (key,) = state.costs
        if len(unassigned) == 1:
            state.costs[key] += unassigned.pop()
    if reading.correction == "replace" and state.costs:
        # 「さっきの600万は800万の誤りでした。あと記者会見で350万」: the quoted cost is
        # corrected beside the new one.
        unassigned = _priced_per_victim(state, reading, unassigned)
        unassigned = state.memory.correct_by_amount(
            state.costs, unassigned, reading.retracted_amounts, quoted_only=bool(reading.costs)
        )
    if reading.bare_retake and state.costs:
        # 「調査費は300万です」 then 「さっきの300は350の誤りです」: the bare number that is a
        # known cost in 万 quotes it; with none known, the numbers say nothing.
        state.memory.correct_by_amount(state.costs, list(reading.bare_retake), [], quoted_only=True)
    state.unassigned.extend(unassigned)


def _priced_per_victim(state: FactState, reading: Reading, unassigned: list[int]) -> list[int]:
    """「見舞金は1人500円、3,000名」 then 「訂正です、1人1,000円でした」: a correcting price per
    victim, said with no cost word, is multiplied by the count known, when exactly one cost
    known is a whole multiple of that count (the one made of the old price); else as said."""
    if len(unassigned) != len(reading.unassigned):
        return unassigned
    out = []
    for yen, amount in zip(unassigned, reading.unassigned, strict=True):
        count = state.values.get(amount.per) if amount.per is not None else None
        if isinstance(count, int) and not isinstance(count, bool) and count > 1:
            made = [key for key, cost in state.costs.items() if cost % count == 0]
            if len(made) == 1:
                yen *= count
        out.append(yen)
    return out


def retakes_known(state: FactState, reading: Reading) -> bool:
    """Whether the bare numbers of a correction (`Reading.bare_retake`) quote a known cost."""
    return any(state.memory.known(state.costs, yen) for yen in reading.bare_retake)


def same_investigation(state: FactState, key: str) -> str:
    """A plain 調査 after a specific one is the same cost (「追加で調査に100万円」)."""
    return _same_investigation(frozenset(state.costs), key)


def _same_investigation(known: frozenset[str], key: str) -> str:
    if key != GENERIC_INVESTIGATION or key in known:
        return key
    specific = [k for k in (CostKey.INVESTIGATION, CostKey.ACCESS_RESPONSE) if k in known]
    return specific[0] if len(specific) == 1 else key


def _per_key(
    reading: Reading, values: dict[str, str | bool | int]
) -> list[tuple[str, int, str | None, list[str]]]:
    """Amounts of one message summed per key (two 調査 amounts in a message are two costs),
    with the cost words they were said with (empty when one was said with none)."""
    totals: dict[str, int] = {}
    modes: dict[str, str | None] = {}
    words: dict[str, list[str] | None] = {}
    counted = {m.key for m in reading.costs if m.per is None}
    for mention in reading.costs:
        yen = mention.yen
        if mention.per is not None:
            # 「500円を300名に、法人は各5万」 after 「法人2社」: the price per company is
            # one part of the cost beside the counted part, so it is multiplied now; a
            # price per victim said alone waits for the count (`nlu.state_facts`).
            # 「1人1000円と書いたのは誤りで、1人500円です」 after the count: the price corrects
            # the cost made from the old one, so it is multiplied now too.
            count = values.get(mention.per)
            alone = mention.key not in counted and mention.correction != "replace"
            if alone or not isinstance(count, int) or count is True:
                continue
            yen *= count
        totals[mention.key] = totals.get(mention.key, 0) + yen
        if mention.correction is not None:
            modes[mention.key] = mention.correction
        said = words.setdefault(mention.key, [])
        if said is not None and mention.item:
            said.append(mention.item)
        else:
            words[mention.key] = None
    return [(key, amount, modes.get(key), words.get(key) or []) for key, amount in totals.items()]
