"""Successive readings of one conversation folded into the engine's `Facts`.

A later explicit statement overrides an earlier one when the user corrects (「訂正」
「ではなく」「でした」「すみません」), when the earlier one was unknown, or when the case
moved on (not announced, then announced); one that only contradicts it (found, then not
found) is kept as a proposal (`FactState.proposed`) for the conversation to confirm, never
a silent overwrite. For costs, corrections never happen
by accident: a new amount for a cost already known replaces it only when the user
corrects (「訂正」「ではなく」「でした」), adds to it when they say so (「追加で」
「さらに」), and otherwise the old amount is kept and the clash is returned so the caller
can ask. A plain 調査 is resolved by `resolve_cost_key`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from coverage import SCALAR_FACTS, Access, CostKey, Fact, Facts, IncidentType
from nlu.cost_corrections import CostMemory
from nlu.cost_keys import resolve_cost_key as resolve_cost_key
from nlu.data_kinds import DataKind
from nlu.incident_hints import (
    carried_in_doubt,
    consequence_of_attack,
    generic_over_circumstance,
    names_the_attack,
    settled_doubt,
)
from nlu.lexicon import GENERIC_INVESTIGATION, lexicon
from nlu.reading import Evidence, Reading
from nlu.state_facts import to_facts

SCALARS = SCALAR_FACTS
_OTHER_KIND: Final = {
    Fact.INDIVIDUALS: Fact.CORPORATIONS,
    Fact.CORPORATIONS: Fact.INDIVIDUALS,
}
# Facts whose contradiction without a correction word is a proposal to confirm; the
# incident type has its own rules (`_overrides_type`), the counts theirs.
PROPOSABLE = frozenset({Fact.UNAUTHORIZED_ACCESS, Fact.ANNOUNCED, Fact.CONSENT, Fact.DETECTION})


@dataclass(frozen=True)
class CostClash:
    """A new amount for a cost already known, said without 訂正 or 追加: ask which."""

    key: str
    old: int
    new: int


@dataclass(frozen=True)
class ScalarClash:
    """A value that contradicts one already known, said without a correction: ask which."""

    name: str
    old: str | bool
    new: str | bool


_FACT_ORDER: Final[dict[str, int]] = {fact.value: i for i, fact in enumerate(Fact)}


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
    # Where consent was said to be missing (「保険会社にはまだ話してないです」), for the
    # refusal the fold makes once money is spent in another message.
    withheld_evidence: Evidence | None = None

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
        self._fold_values(reading)
        clashes = self._fold_costs(reading)
        if self.costs and Fact.COSTS in self.said_unknown:
            # 「費用はまだわからない」 then 「調査費は300万円」: a cost stated is known.
            self.said_unknown.remove(Fact.COSTS)
            self.evidence.pop(Fact.COSTS, None)
        self._fold_unassigned(reading)
        self.memory.note(self.costs, reading, self._same_investigation)
        for mention in reading.proposed:
            self.proposed_costs[mention.key] = mention.yen
            self.proposed_words[mention.key] = mention.text
        self._fold_evidence(reading, values, costs)
        return clashes

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

    def _fold_evidence(
        self, reading: Reading, values: dict[str, str | bool | int], costs: dict[str, int]
    ) -> None:
        """Keep the evidence of what this message stated and the state now holds.

        A value the message changed without evidence of its own loses the old evidence.
        """
        said = reading.evidence
        for name in SCALARS:
            now = self.values.get(name)
            stated = said.get(name)
            read = getattr(reading, name, None)
            if name == Fact.INDIVIDUALS and read is None and "loose_count" in said:
                stated, read = said["loose_count"], reading.loose_count
            if name == Fact.INDIVIDUALS and read is None and "bare_count" in said:
                stated, read = said["bare_count"], reading.bare_count  # 「約80枚です」
            if name == Fact.CORPORATIONS and read is None and "loose_corporations" in said:
                stated, read = said["loose_corporations"], reading.loose_corporations
            if name in (Fact.INCIDENT_TYPE, Fact.UNAUTHORIZED_ACCESS) and "settled" in said:
                stated = said["settled"] if now != values.get(name) else stated  # 「確定」
            if name == Fact.CONSENT and stated is None and now is False:
                stated, read = self.withheld_evidence, now
            if name in reading.said_unknown and name in self.said_unknown:
                self._keep(self.evidence, name, stated)
            elif stated is not None and now is not None and _plain(read) == now:
                self.evidence[name] = stated
            elif stated is not None and now is not None and now != values.get(name):
                # The fold made the value from this message and an earlier one (「DDoSかも」
                # then 「攻撃受けてるって連絡来た」 is ddos): the words that changed it.
                self.evidence[name] = stated
            elif now != values.get(name):
                self.evidence.pop(name, None)
        mentions = {m.key: m.evidence for m in reading.costs if m.per is None}
        mentions.update({self._same_investigation(key): ev for key, ev in list(mentions.items())})
        loose = [a.evidence for a in reading.unassigned]
        for key, amount in self.costs.items():
            if key in mentions:
                self._keep(self.cost_evidence, key, mentions[key])
            elif amount != costs.get(key):
                # 「さっきの300万は500万の誤り」: the amount the cost now has is its source.
                matching = [a.evidence for a in reading.unassigned if a.yen == amount]
                only = loose[0] if len(loose) == 1 else None
                # 「4台じゃなくて3台でした」 recomputes 「PC4台×80万」: the corrected count is.
                recount = said.get("devices") or said.get(Fact.INDIVIDUALS)
                self._keep(self.cost_evidence, key, matching[0] if matching else only or recount)
        for mention in reading.costs:
            if mention.per is not None and mention.key not in self.cost_evidence:
                self._keep(self.cost_evidence, mention.key, mention.evidence)

    @staticmethod
    def _keep(table: dict[str, Evidence], key: str, evidence: Evidence | None) -> None:
        if evidence is None:
            table.pop(key, None)
        else:
            table[key] = evidence

    def _fold_values(self, reading: Reading) -> None:
        corrected = reading.retracts
        held = self.values.get(Fact.INCIDENT_TYPE), self.values.get(Fact.UNAUTHORIZED_ACCESS)
        settled = settled_doubt(*held, self.doubted_attack, reading)
        for name in SCALARS:
            value = getattr(reading, name)
            if settled is not None and name in (Fact.INCIDENT_TYPE, Fact.UNAUTHORIZED_ACCESS):
                # 「不正ログインかも」→「ログ見た、確定」: the doubted attack, found.
                value = settled if name is Fact.INCIDENT_TYPE else Access.FOUND
            if name is Fact.INCIDENT_TYPE and reading.generic_attack and self.doubted_attack:
                value = IncidentType(self.doubted_attack)  # 「確定です、攻撃元IP数千」
            old_type = self.values.get(Fact.INCIDENT_TYPE)
            if name is Fact.INCIDENT_TYPE and (
                not (
                    _overrides_type(old_type, value)
                    or names_the_attack(self.generic_type, old_type, reading)
                    or carried_in_doubt(
                        old_type, self.values.get(Fact.UNAUTHORIZED_ACCESS), reading
                    )
                )
                or generic_over_circumstance(old_type, reading)
                or consequence_of_attack(old_type, reading)
            ):
                continue
            if name is Fact.INCIDENT_TYPE and value is not None:
                self.generic_type = reading.generic_attack and value is reading.incident_type
            if value is None:
                continue
            raw = value.value if hasattr(value, "value") else value
            old = self.values.get(name)
            if (
                name in PROPOSABLE
                and old is not None
                and old != raw
                and not corrected
                and not _moves_on(old, raw)
            ):
                self.proposed[name] = raw  # 「不正アクセスは無かった」 after 「感染した」
                continue
            self.set_value(name, raw)
        if (
            reading.loose_count is not None
            and (reading.correction == "replace" or reading.loose_found)
            and reading.individuals is None
            and Fact.INDIVIDUALS in self.values
        ):
            self.set_value(Fact.INDIVIDUALS, reading.loose_count)  # 「正確には1,250件でした」
        if (
            reading.loose_corporations is not None
            and reading.correction == "replace"
            and reading.corporations is None
            and Fact.CORPORATIONS in self.values
        ):
            self.set_value(Fact.CORPORATIONS, reading.loose_corporations)  # 「2社じゃなくて3社」
        self.personal_data = self.personal_data or DataKind.PERSONAL in reading.data_kinds
        if (
            reading.bare_count is not None
            and self.personal_data
            and not {Fact.INDIVIDUALS, Fact.CORPORATIONS} & set(self.values)
        ):
            self.set_value(Fact.INDIVIDUALS, reading.bare_count)
        for kind, other in _OTHER_KIND.items():
            # 「300名ではなく、法人顧客18社分でした」: the victims are the other kind instead.
            retracted = kind in reading.retracted_counts and getattr(reading, kind) is None
            if retracted and getattr(reading, other) is not None:
                self.values.pop(kind, None)
                self.evidence.pop(kind, None)
        if (
            reading.unauthorized_access is Access.NOT_FOUND
            and self.values.get(Fact.UNAUTHORIZED_ACCESS) == Access.NOT_FOUND.value
            and self.values.get(Fact.INCIDENT_TYPE) in lexicon().attacks
        ):
            # 「ウイルス付きメールが届いたと言われて」→「訂正、侵入の痕跡なし」: the attack
            # named before was checked for and not found, so it was only suspected (as
            # within one message, `nlu.extract`).
            self.set_value(Fact.INCIDENT_TYPE, IncidentType.SUSPECTED.value)
        if reading.doubted_attack is not None:
            self.doubted_attack = reading.doubted_attack.value
        if reading.stolen is not None:
            self.stolen = reading.stolen
            self.stolen_evidence = reading.evidence.get("stolen") if reading.stolen else None
        self._fold_consent(reading)
        unknown = set(reading.said_unknown)
        counted = {Fact.INDIVIDUALS, Fact.CORPORATIONS} & set(self.values)
        if reading.unknown_count and self.personal_data and not counted:
            unknown.add(Fact.INDIVIDUALS)  # 「件数は把握できていません」 after 「顧客名簿入り」
        # In the facts' own order: the set's order follows the hash seed, and this list
        # is stored and shown.
        for said in sorted(unknown, key=_FACT_ORDER.__getitem__):
            # 「有無はまだ調査中でした」 retracts an earlier answer; a doubt said without a
            # correction (「可能性は低いと言われています」) leaves a stated value alone, and
            # 「見積もりはまだ」 leaves the costs stated (they are no fact of `values`).
            stated = said in self.values or (said == Fact.COSTS and bool(self.costs))
            if reading.retracts or not stated:
                self.set_value(said, None, reading.evidence.get(said))

    def _fold_consent(self, reading: Reading) -> None:
        """「費用の内訳です…」 then 「保険会社の同意も取ってないです」: spent without consent.

        Consent said to be missing in one message and money spent in another (either
        order) is a refusal, as when one message says both; consent stated since stands.
        """
        self.consent_withheld = self.consent_withheld or reading.consent_withheld
        if reading.consent_withheld and "consent_withheld" in reading.evidence:
            self.withheld_evidence = reading.evidence["consent_withheld"]
        # 「まだ何も払ってません」 takes back money read as spent in earlier messages.
        self.spent = (self.spent and not reading.unpaid) or reading.spent
        if reading.consent is not None:
            return
        if self.consent_withheld and self.spent and Fact.CONSENT not in self.values:
            self.set_value(Fact.CONSENT, False, self.withheld_evidence)
        elif reading.consent_withheld and Fact.CONSENT not in self.values:
            # 「同意はこれから取ります」 answers the consent question as a bare 「まだ」 does:
            # not yet, so not asked again as if nothing had been said.
            self.set_value(Fact.CONSENT, None, self.withheld_evidence)

    def _fold_costs(self, reading: Reading) -> list[CostClash]:
        clashes: list[CostClash] = []
        for raw_key, amount, mode in _per_key(reading):
            key = self._same_investigation(raw_key)
            old = self.costs.get(key)
            if old is not None and mode == "add":
                # 「追加で26万円」 adds even when it equals the total so far.
                self.costs[key] = old + amount
            elif old is not None and mode == "replace":
                # 「郵送は30万ではなく35万」: the part taken back, when the cost has several.
                total = self.memory.replaced(key, old, amount, reading.retracted_amounts)
                if total is None:
                    clashes.append(CostClash(key, old, amount))
                else:
                    self.costs[key] = total
            elif old is None or old == amount:
                self.costs[key] = amount
            else:
                clashes.append(CostClash(key, old, amount))
        for mention in reading.costs:
            if mention.per is not None:
                self.per_victim.setdefault(mention.key, {})[mention.per] = mention.yen
        return clashes

    def _fold_unassigned(self, reading: Reading) -> None:
        unassigned = [a.yen for a in reading.unassigned]
        topic, self.cost_topic = self.cost_topic, reading.cost_topic
        bare = len(unassigned) == 1 and not reading.unassigned[0].named and not reading.costs
        settled = reading.correction is None or not self.costs  # a correction of no cost
        if topic is not None and bare and settled and topic not in self.costs:
            # 「見舞金を支払う予定です」 then 「1名500円、800名です」: the cost just named.
            self.costs[topic] = unassigned.pop()
        if reading.correction == "add" and not reading.costs and len(self.costs) == 1:
            # 「追加で100万かかりました」 adds to the one cost said so far.
            (key,) = self.costs
            if len(unassigned) == 1:
                self.costs[key] += unassigned.pop()
        if reading.correction == "replace" and self.costs:
            # 「さっきの600万は800万の誤りでした。あと記者会見で350万」: the quoted cost is
            # corrected beside the new one.
            unassigned = self.memory.correct_by_amount(
                self.costs, unassigned, reading.retracted_amounts, quoted_only=bool(reading.costs)
            )
        self.unassigned.extend(unassigned)

    def _same_investigation(self, key: str) -> str:
        """A plain 調査 after a specific one is the same cost (「追加で調査に100万円」)."""
        if key != GENERIC_INVESTIGATION or key in self.costs:
            return key
        specific = [k for k in (CostKey.INVESTIGATION, CostKey.ACCESS_RESPONSE) if k in self.costs]
        return specific[0] if len(specific) == 1 else key

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
            "cost_topic": self.cost_topic,
            "memory": self.memory.to_json(),
            "doubted_attack": self.doubted_attack,
            "generic_type": self.generic_type,
            "stolen": self.stolen,
            "stolen_evidence": (
                None if self.stolen_evidence is None else self.stolen_evidence.to_json()
            ),
            "withheld_evidence": (
                None if self.withheld_evidence is None else self.withheld_evidence.to_json()
            ),
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
            doubted_attack=data.get("doubted_attack"),
            generic_type=bool(data.get("generic_type", False)),
            # Absent in states saved before a theft was told from a loss.
            stolen=bool(data.get("stolen", False)),
            stolen_evidence=(
                None if (said := data.get("stolen_evidence")) is None else Evidence.from_json(said)
            ),
            withheld_evidence=(
                None
                if (withheld := data.get("withheld_evidence")) is None
                else Evidence.from_json(withheld)
            ),
        )


def _moves_on(old: object, new: object) -> bool:
    """Whether `new` can follow `old` as the case moves on, not contradicting it.

    An announcement or the insurer's consent can come after it was said to be missing
    (「先ほど了承をもらいました」), and a later investigation can find an intrusion the
    first one missed; none of them is undone, and how the case was detected never changes.
    """
    return (old, new) in {(False, True), (Access.NOT_FOUND.value, Access.FOUND.value)}


def _plain(value: object) -> object:
    """A reading's value as the state stores it (an enum by its value)."""
    return value.value if isinstance(value, StrEnum) else value


def _overrides_type(old: object, new: IncidentType | None) -> bool:
    """A suspicion never replaces a confirmed type; nor does a second attack word.

    「ウイルス感染の疑い」→「Emotetでした」→「メールアドレスが抜かれた」 stays malware.
    """
    if new is None or old is None:
        return True
    if new is IncidentType.SUSPECTED:
        return old == IncidentType.SUSPECTED.value
    attacks = lexicon().attacks
    return not (old in attacks and new in attacks)


def _per_key(reading: Reading) -> list[tuple[str, int, str | None]]:
    """Amounts of one message summed per key (two 調査 amounts in a message are two costs)."""
    totals: dict[str, int] = {}
    modes: dict[str, str | None] = {}
    for mention in reading.costs:
        if mention.per is not None:
            continue
        totals[mention.key] = totals.get(mention.key, 0) + mention.yen
        if mention.correction is not None:
            modes[mention.key] = mention.correction
    return [(key, amount, modes.get(key)) for key, amount in totals.items()]


def facts_from_readings(readings: Iterable[Reading]) -> tuple[Facts, FactState]:
    """Fold readings in order and return the facts with the state behind them."""
    state = FactState()
    for reading in readings:
        state.apply(reading)
    return to_facts(state), state
