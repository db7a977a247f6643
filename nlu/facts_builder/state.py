"""`FactState`, the facts gathered so far in a conversation, and the fold of its readings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from coverage import SCALAR_FACTS, Fact, Facts
from nlu.cost_corrections import CostMemory, recount_costs
from nlu.device_prices import priced_by_devices
from nlu.facts_builder.asked import answered_across
from nlu.facts_builder.costs import CostClash, fold_costs, fold_unassigned, same_investigation
from nlu.facts_builder.evidence import fold_evidence
from nlu.facts_builder.values import ScalarClash, fold_values
from nlu.reading import Evidence, Reading
from nlu.state_facts import to_facts

SCALARS = SCALAR_FACTS


@dataclass
class FactState:
    """Facts gathered so far in a conversation, JSON-native so it can be stored as is."""

    values: dict[str, str | bool | int] = field(default_factory=dict)
    costs: dict[str, int] = field(default_factory=dict)
    unassigned: list[int] = field(default_factory=list)
    said_unknown: list[str] = field(default_factory=list)
    # Prices per victim awaiting the number of victims (「見舞金は1人500円で考えています」):
    # cost key → victim kind (individuals / corporations) → yen each.
    per_victim: dict[str, dict[str, int]] = field(default_factory=dict)
    # Contradicting values awaiting confirmation: fact → the value proposed.
    proposed: dict[str, str | bool] = field(default_factory=dict)
    # Costs read from agent shorthand (「調査800」 → 800万円), awaiting confirmation: cost
    # key → yen. Never counted in the facts.
    proposed_costs: dict[str, int] = field(default_factory=dict)
    # The words each shorthand cost was read from (「調査800」), for the confirmation.
    proposed_words: dict[str, str] = field(default_factory=dict)
    # Where each fact (or fact said to be unknown) and each cost was last stated; the
    # latest statement's evidence wins, as its value does.
    evidence: dict[str, Evidence] = field(default_factory=dict)
    cost_evidence: dict[str, Evidence] = field(default_factory=dict)
    # Consent said to be missing, and money said to be spent, each in some message: together
    # a refusal (the project's rule: missing consent is a refusal once money was spent).
    consent_withheld: bool = False
    spent: bool = False
    # Some message spoke of personal data: a later bare count (「件数は1万2千件」) counts it.
    personal_data: bool = False
    # The groups whose data some message named (「当社社員の情報」): a later message's size of
    # one of them (「社員は214名です」) counts its victims (`nlu.victim_groups`).
    data_owners: list[str] = field(default_factory=list)
    # The cost the last message named with no amount (`Reading.cost_topic`).
    cost_topic: str | None = None
    # What each cost was made of, for a correction of one part or of a count said later.
    memory: CostMemory = field(default_factory=CostMemory)
    # The attack kind a suspicion named (「DDoSっぽい」), for a later 「攻撃を確認」 to confirm.
    doubted_attack: str | None = None
    # The attack type held was read from attack words of no kind alone (「攻撃を受けてる」):
    # a later message naming the kind (「DDoSで確定です」) says which attack it was.
    generic_type: bool = False
    # A thing said to be stolen, not lost (`Reading.stolen`), and where that was said: the
    # latest message that says or denies a theft decides (「盗難ではなく置き忘れでした」
    # takes it back). No fact of the payout rules; the reporting duty reads it.
    stolen: bool = False
    stolen_evidence: Evidence | None = None
    # A theft supposed (`Reading.theft_doubted`) and not since stated or denied: the
    # reporting duty says 第3号 may apply.
    theft_doubted: bool = False
    # Where consent was said to be missing (「保険会社にはまだ話してないです」), for the
    # refusal the fold makes once money is spent in another message.
    withheld_evidence: Evidence | None = None
    # The announcement held was read from a notice's register alone (`Reading.announced_by_
    # notice`): a later word on the announcement, even undecided, replaces it.
    announced_by_notice: bool = False
    # The detection held was read from our own staff's check alone (`Reading.detection_by_
    # check`): a later message saying who told replaces it.
    detection_by_check: bool = False
    # The number of devices hit, as last counted (`Reading.devices_hit`): a price per device
    # said later is multiplied by it (`nlu.device_prices`).
    devices: int | None = None
    # The fact the last message asked the other person in the thread about
    # (`Reading.asks_other`): the next message's bare answer is taken for it.
    open_question: str | None = None

    def set_value(
        self, name: str, value: str | bool | int | None, evidence: Evidence | None = None
    ) -> None:
        """Record a fact stated explicitly (None: said to be unknown), and where it was."""
        if evidence is None:
            self.evidence.pop(name, None)
        else:
            self.evidence[name] = evidence
        if value is None:
            self.values.pop(name, None)
            if name not in self.said_unknown:
                self.said_unknown.append(name)
            return
        self.values[name] = value
        self.proposed.pop(name, None)
        if name in self.said_unknown:
            self.said_unknown.remove(name)

    def apply(self, reading: Reading) -> list[CostClash]:
        """Fold one message in; return the cost clashes left for the user to settle."""
        values, costs = dict(self.values), dict(self.costs)
        reading = priced_by_devices(reading, self.devices)
        if reading.devices_hit is not None:
            self.devices = reading.devices_hit
        reading = answered_across(self.open_question, reading)
        self.open_question = reading.asks_other
        fold_values(self, reading)
        clashes = fold_costs(self, reading)
        if self.costs and Fact.COSTS in self.said_unknown:
            # 「費用はまだわからない」 then 「調査費は300万円」: a cost stated is known.
            self.said_unknown.remove(Fact.COSTS)
            self.evidence.pop(Fact.COSTS, None)
        fold_unassigned(self, reading)
        self.memory.note(self.costs, reading, partial(same_investigation, self))
        if reading.correction == "replace":
            self._recount_victims(values)
        for mention in reading.proposed:
            self.proposed_costs[mention.key] = mention.yen
            self.proposed_words[mention.key] = mention.text
        fold_evidence(self, reading, values, costs)
        return clashes

    def _recount_victims(self, before: dict[str, str | bool | int]) -> None:
        """「人数訂正です…実際は1,020名でした」: a price multiplied by the victims once counted
        (「お詫び状は1通120円」 beside 「会員1,050名」) is multiplied by the corrected count."""
        for kind in (Fact.INDIVIDUALS, Fact.CORPORATIONS):
            old, new = _count(before.get(kind)), _count(self.values.get(kind))
            if old is not None and new is not None and old != new:
                recount_costs(self.costs, self.memory.unit_prices, (old, new, kind))

    def clashes(self) -> list[ScalarClash]:
        """The contradictions still waiting for the user to say which value is right."""
        return [
            ScalarClash(name, old, new)
            for name, new in self.proposed.items()
            if isinstance(old := self.values.get(name), str | bool)
        ]

    def settle(self, name: str, *, take_new: bool) -> None:
        """Settle the proposal for `name`: take the new value, or keep the old one."""
        new = self.proposed.pop(name, None)
        if take_new and new is not None:
            self.set_value(name, new)

    def to_json(self) -> dict[str, Any]:
        return {
            "values": dict(self.values),
            "costs": dict(self.costs),
            "unassigned": list(self.unassigned),
            "said_unknown": list(self.said_unknown),
            "per_victim": {k: dict(v) for k, v in self.per_victim.items()},
            "proposed": dict(self.proposed),
            "proposed_costs": dict(self.proposed_costs),
            "proposed_words": dict(self.proposed_words),
            "evidence": {k: v.to_json() for k, v in self.evidence.items()},
            "cost_evidence": {k: v.to_json() for k, v in self.cost_evidence.items()},
            "consent_withheld": self.consent_withheld,
            "spent": self.spent,
            "personal_data": self.personal_data,
            "data_owners": list(self.data_owners),
            "cost_topic": self.cost_topic,
            "memory": self.memory.to_json(),
            "doubted_attack": self.doubted_attack,
            "generic_type": self.generic_type,
            "stolen": self.stolen,
            "theft_doubted": self.theft_doubted,
            "stolen_evidence": (
                None if self.stolen_evidence is None else self.stolen_evidence.to_json()
            ),
            "withheld_evidence": (
                None if self.withheld_evidence is None else self.withheld_evidence.to_json()
            ),
            "announced_by_notice": self.announced_by_notice,
            "detection_by_check": self.detection_by_check,
            "devices": self.devices,
            "open_question": self.open_question,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FactState:
        return cls(
            values=dict(data.get("values", {})),
            costs={str(k): int(v) for k, v in data.get("costs", {}).items()},
            unassigned=[int(v) for v in data.get("unassigned", [])],
            said_unknown=list(data.get("said_unknown", [])),
            per_victim={
                str(k): {str(kind): int(yen) for kind, yen in v.items()}
                for k, v in data.get("per_victim", {}).items()
            },
            proposed=dict(data.get("proposed", {})),
            proposed_costs={str(k): int(v) for k, v in data.get("proposed_costs", {}).items()},
            proposed_words={str(k): str(v) for k, v in data.get("proposed_words", {}).items()},
            # Absent in states saved before evidence was kept.
            evidence={str(k): Evidence.from_json(v) for k, v in data.get("evidence", {}).items()},
            cost_evidence={
                str(k): Evidence.from_json(v) for k, v in data.get("cost_evidence", {}).items()
            },
            consent_withheld=bool(data.get("consent_withheld", False)),
            cost_topic=data.get("cost_topic"),
            spent=bool(data.get("spent", False)),
            memory=CostMemory.from_json(data.get("memory", {})),
            personal_data=bool(data.get("personal_data", False)),
            # Absent in states saved before groups' sizes were read.
            data_owners=[str(owner) for owner in data.get("data_owners", [])],
            doubted_attack=data.get("doubted_attack"),
            generic_type=bool(data.get("generic_type", False)),
            # Absent in states saved before a theft was told from a loss.
            stolen=bool(data.get("stolen", False)),
            theft_doubted=bool(data.get("theft_doubted", False)),
            stolen_evidence=(
                None if (said := data.get("stolen_evidence")) is None else Evidence.from_json(said)
            ),
            withheld_evidence=(
                None
                if (withheld := data.get("withheld_evidence")) is None
                else Evidence.from_json(withheld)
            ),
            # Absent in states saved before a notice's register was told from a word.
            announced_by_notice=bool(data.get("announced_by_notice", False)),
            # Absent in states saved before a check's detection was told from a report.
            detection_by_check=bool(data.get("detection_by_check", False)),
            # Absent in states saved before prices per device were multiplied across messages.
            devices=None if (hit := data.get("devices")) is None else int(hit),
            # Absent in states saved before a question in the thread was kept for its answer.
            open_question=data.get("open_question"),
        )


def _count(value: str | bool | int | None) -> int | None:
    """A number of victims, more than one."""
    if isinstance(value, bool) or not isinstance(value, int) or value <= 1:
        return None
    return value


def facts_from_readings(readings: Iterable[Reading]) -> tuple[Facts, FactState]:
    """Fold readings in order and return the facts with the state behind them."""
    state = FactState()
    for reading in readings:
        state.apply(reading)
    return to_facts(state), state
