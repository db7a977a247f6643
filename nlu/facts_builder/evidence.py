"""Where each fact and cost the state holds was last stated, kept as the fold goes."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from coverage import SCALAR_FACTS, Fact
from nlu.facts_builder.costs import same_investigation
from nlu.reading import Evidence, Reading

if TYPE_CHECKING:
    from nlu.facts_builder.state import FactState


def fold_evidence(
    state: FactState, reading: Reading, values: dict[str, str | bool | int], costs: dict[str, int]
) -> None:
    """Keep the evidence of what this message stated and the state now holds.

    A value the message changed without evidence of its own loses the old evidence.
    """
    said = reading.evidence
    for name in SCALAR_FACTS:
        now = state.values.get(name)
        stated = said.get(name)
        read = getattr(reading, name, None)
        if name == Fact.INDIVIDUALS and read is None and "loose_count" in said:
            stated, read = said["loose_count"], reading.loose_count
        if name == Fact.INDIVIDUALS and read is None and "bare_count" in said:
            stated, read = said["bare_count"], reading.bare_count  # 「約80枚です」
        if name == Fact.INDIVIDUALS and read is None and "group_count" in said:
            stated, read = said["group_count"], reading.group_count  # 「社員は214名です」
        if name == Fact.CORPORATIONS and read is None and "loose_corporations" in said:
            stated, read = said["loose_corporations"], reading.loose_corporations
        if name in (Fact.INCIDENT_TYPE, Fact.UNAUTHORIZED_ACCESS) and "settled" in said:
            stated = said["settled"] if now != values.get(name) else stated  # 「確定」
        if name == Fact.CONSENT and stated is None and now is False:
            stated, read = state.withheld_evidence, now
        if name in reading.said_unknown and name in state.said_unknown:
            keep(state.evidence, name, stated)
        elif stated is not None and now is not None and _plain(read) == now:
            state.evidence[name] = stated
        elif stated is not None and now is not None and now != values.get(name):
            # The fold made the value from this message and an earlier one (「DDoSかも」
            # then 「攻撃受けてるって連絡来た」 is ddos): the words that changed it.
            state.evidence[name] = stated
        elif now != values.get(name):
            state.evidence.pop(name, None)
    mentions = {m.key: m.evidence for m in reading.costs if m.per is None}
    mentions.update({same_investigation(state, key): ev for key, ev in list(mentions.items())})
    loose = [a.evidence for a in reading.unassigned]
    for key, amount in state.costs.items():
        if key in mentions:
            keep(state.cost_evidence, key, mentions[key])
        elif amount != costs.get(key):
            # 「さっきの300万は500万の誤り」: the amount the cost now has is its source.
            matching = [a.evidence for a in reading.unassigned if a.yen == amount]
            only = loose[0] if len(loose) == 1 else None
            # 「4台じゃなくて3台でした」 recomputes 「PC4台×80万」: the corrected count is.
            recount = said.get("devices") or said.get(Fact.INDIVIDUALS)
            keep(state.cost_evidence, key, matching[0] if matching else only or recount)
    for mention in reading.costs:
        if mention.per is not None and mention.key not in state.cost_evidence:
            keep(state.cost_evidence, mention.key, mention.evidence)


def keep(table: dict[str, Evidence], key: str, evidence: Evidence | None) -> None:
    if evidence is None:
        table.pop(key, None)
    else:
        table[key] = evidence


def _plain(value: object) -> object:
    """A reading's value as the state stores it (an enum by its value)."""
    return value.value if isinstance(value, StrEnum) else value
