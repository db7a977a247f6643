"""The fold of a message's fact values into the state: overrides, proposals, consent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from coverage import SCALAR_FACTS, Access, Fact, IncidentType
from nlu.incident_hints import (
    carried_in_doubt,
    confirmed_by_answer,
    consequence_of_attack,
    doubt_of_held,
    exposure_of_held,
    generic_over_circumstance,
    names_the_attack,
    settled_doubt,
)
from nlu.lexicon import lexicon
from nlu.reading import Reading
from nlu.vendor_held import access_of_held_vendor, attack_of_held_vendor
from nlu.victim_groups import of_owner

if TYPE_CHECKING:
    from nlu.facts_builder.state import FactState


_OTHER_KIND: Final = {
    Fact.INDIVIDUALS: Fact.CORPORATIONS,
    Fact.CORPORATIONS: Fact.INDIVIDUALS,
}


# Facts whose contradiction without a correction word is a proposal to confirm; the
# incident type has its own rules (`_overrides_type`), the counts theirs.
PROPOSABLE = frozenset({Fact.UNAUTHORIZED_ACCESS, Fact.ANNOUNCED, Fact.CONSENT, Fact.DETECTION})


_FACT_ORDER: Final[dict[str, int]] = {fact.value: i for i, fact in enumerate(Fact)}


@dataclass(frozen=True)
class ScalarClash:
    """A value that contradicts one already known, said without a correction: ask which."""

    name: str
    old: str | bool
    new: str | bool


def fold_values(state: FactState, reading: Reading) -> None:
    corrected = reading.retracts
    held = state.values.get(Fact.INCIDENT_TYPE), state.values.get(Fact.UNAUTHORIZED_ACCESS)
    settled = settled_doubt(*held, state.doubted_attack, reading)
    # 「委託先がランサムにやられた」→「うちのデータも暗号化されたサーバーに」: theirs, held.
    vendors = access_of_held_vendor(held[0], reading)
    for name in SCALAR_FACTS:
        value = getattr(reading, name)
        if vendors and name is Fact.UNAUTHORIZED_ACCESS:
            continue
        if settled is not None and name in (Fact.INCIDENT_TYPE, Fact.UNAUTHORIZED_ACCESS):
            # 「不正ログインかも」→「ログ見た、確定」: the doubted attack, found.
            value = settled if name is Fact.INCIDENT_TYPE else Access.FOUND
        old_type = state.values.get(Fact.INCIDENT_TYPE)
        if name is Fact.INCIDENT_TYPE and reading.generic_attack and state.doubted_attack:
            value = IncidentType(state.doubted_attack)  # 「確定です、攻撃元IP数千」
        elif name is Fact.INCIDENT_TYPE and confirmed_by_answer(old_type, reading):
            value = IncidentType.UNAUTHORIZED_ACCESS
        if name is Fact.INCIDENT_TYPE and (
            not (
                _overrides_type(old_type, value)
                or names_the_attack(state.generic_type, old_type, reading)
                or carried_in_doubt(old_type, state.values.get(Fact.UNAUTHORIZED_ACCESS), reading)
            )
            or generic_over_circumstance(old_type, reading)
            or consequence_of_attack(old_type, reading)
            or exposure_of_held(old_type, reading)
            or doubt_of_held(old_type, reading)
            or attack_of_held_vendor(old_type, reading)
        ):
            continue
        if name is Fact.INCIDENT_TYPE and value is not None:
            # An answer's confirmation is of no kind too: a later kind names it.
            state.generic_type = reading.generic_attack and reading.incident_type in (value, None)
        if value is None:
            continue
        raw = value.value if hasattr(value, "value") else value
        old = state.values.get(name)
        # 「公表はしていません」 after a pasted notice read as announced by its register alone.
        by_notice = name is Fact.ANNOUNCED and state.announced_by_notice
        if name is Fact.DETECTION and old is not None and reading.detection_by_check:
            continue  # 「取引先から電話」→「情シスが調べたら感染してた」: it checked what was told
        # A value held from a notice's register or from our own check gives way to one said.
        gives_way = by_notice or (name is Fact.DETECTION and state.detection_by_check)
        if (
            (
                name in PROPOSABLE
                or (name is Fact.INCIDENT_TYPE and _another_event(old, raw, reading))
            )
            and old is not None
            and old != raw
            and not corrected
            and not gives_way
            and not _moves_on(old, raw)
        ):
            state.proposed[name] = raw  # 「不正アクセスは無かった」 after 「感染した」
            continue
        state.set_value(name, raw)
        if name is Fact.ANNOUNCED:
            state.announced_by_notice = reading.announced_by_notice
        if name is Fact.DETECTION:
            state.detection_by_check = reading.detection_by_check
    if (
        reading.loose_count is not None
        and (reading.correction == "replace" or reading.loose_found)
        and reading.individuals is None
        and Fact.INDIVIDUALS in state.values
    ):
        state.set_value(Fact.INDIVIDUALS, reading.loose_count)  # 「正確には1,250件でした」
    if (
        reading.loose_corporations is not None
        and reading.correction == "replace"
        and reading.corporations is None
        and Fact.CORPORATIONS in state.values
    ):
        state.set_value(Fact.CORPORATIONS, reading.loose_corporations)  # 「2社じゃなくて3社」
    # Card numbers and health records are persons' data too (「カード情報抜かれてた」).
    state.personal_data = state.personal_data or bool(reading.data_kinds)
    if (
        reading.bare_count is not None
        and state.personal_data
        and not {Fact.INDIVIDUALS, Fact.CORPORATIONS} & set(state.values)
    ):
        state.set_value(Fact.INDIVIDUALS, reading.bare_count)
    state.data_owners.extend(sorted(reading.data_owners - set(state.data_owners)))
    if (
        reading.group_count is not None
        and reading.sized_group is not None
        and of_owner(reading.sized_group, set(state.data_owners))
        and not {Fact.INDIVIDUALS, Fact.CORPORATIONS} & set(state.values)
    ):
        state.set_value(Fact.INDIVIDUALS, reading.group_count)  # 「社員は214名です」
    for kind, other in _OTHER_KIND.items():
        # 「300名ではなく、法人顧客18社分でした」: the victims are the other kind instead.
        retracted = kind in reading.retracted_counts and getattr(reading, kind) is None
        if retracted and getattr(reading, other) is not None:
            state.values.pop(kind, None)
            state.evidence.pop(kind, None)
    if (
        reading.unauthorized_access is Access.NOT_FOUND
        and state.values.get(Fact.UNAUTHORIZED_ACCESS) == Access.NOT_FOUND.value
        and state.values.get(Fact.INCIDENT_TYPE) in lexicon().attacks
    ):
        # 「ウイルス付きメールが届いたと言われて」→「訂正、侵入の痕跡なし」: the attack
        # named before was checked for and not found, so it was only suspected (as
        # within one message, `nlu.extract`).
        state.set_value(Fact.INCIDENT_TYPE, IncidentType.SUSPECTED.value)
    if reading.doubted_attack is not None:
        state.doubted_attack = reading.doubted_attack.value
    if reading.stolen is not None:
        state.stolen = reading.stolen
        state.stolen_evidence = reading.evidence.get("stolen") if reading.stolen else None
        state.theft_doubted = False
    elif reading.theft_doubted:
        state.theft_doubted = True
    fold_consent(state, reading)
    unknown = set(reading.said_unknown)
    counted = {Fact.INDIVIDUALS, Fact.CORPORATIONS} & set(state.values)
    if reading.unknown_count and state.personal_data and not counted:
        unknown.add(Fact.INDIVIDUALS)  # 「件数は把握できていません」 after 「顧客名簿入り」
    # In the facts' own order: the set's order follows the hash seed, and this list
    # is stored and shown.
    for said in sorted(unknown, key=_FACT_ORDER.__getitem__):
        # 「有無はまだ調査中でした」 retracts an earlier answer; a doubt said without a
        # correction (「可能性は低いと言われています」) leaves a stated value alone, and
        # 「見積もりはまだ」 leaves the costs stated (they are no fact of `values`).
        stated = said in state.values or (said == Fact.COSTS and bool(state.costs))
        # 「公表は院長判断待ちです」 after a first report read as a notice by its register alone.
        by_notice = said == Fact.ANNOUNCED and state.announced_by_notice
        if reading.retracts or not stated or by_notice:
            state.set_value(said, None, reading.evidence.get(said))
            if by_notice:
                state.announced_by_notice = False


def fold_consent(state: FactState, reading: Reading) -> None:
    """「費用の内訳です…」 then 「保険会社の同意も取ってないです」: spent without consent.

    Consent said to be missing in one message and money spent in another (either
    order) is a refusal, as when one message says both; consent stated since stands.
    """
    state.consent_withheld = state.consent_withheld or reading.consent_withheld
    if reading.consent_withheld and "consent_withheld" in reading.evidence:
        state.withheld_evidence = reading.evidence["consent_withheld"]
    # 「まだ何も払ってません」 takes back money read as spent in earlier messages.
    state.spent = (state.spent and not reading.unpaid) or reading.spent
    if reading.consent is not None:
        return
    if state.consent_withheld and state.spent and Fact.CONSENT not in state.values:
        state.set_value(Fact.CONSENT, False, state.withheld_evidence)
    elif reading.consent_withheld and Fact.CONSENT not in state.values:
        # 「同意はこれから取ります」 answers the consent question as a bare 「まだ」 does:
        # not yet, so not asked again as if nothing had been said.
        state.set_value(Fact.CONSENT, None, state.withheld_evidence)


def _moves_on(old: object, new: object) -> bool:
    """Whether `new` can follow `old` as the case moves on, not contradicting it.

    An announcement or the insurer's consent can come after it was said to be missing
    (「先ほど了承をもらいました」), and a later investigation can find an intrusion the
    first one missed; none of them is undone, and how the case was detected never changes.
    """
    return (old, new) in {(False, True), (Access.NOT_FOUND.value, Access.FOUND.value)}


def _another_event(old: object, new: object, reading: Reading) -> bool:
    """Whether `new` names an event other than `old`: a loss after an infection, a mis-sent
    mail after a loss. An attack's refinement (a contractor's leak) or a vague 「その他」 is
    no other event, and the attacks are one family (`_overrides_type` keeps the first). A
    message that denies `old` (「誤送信ではありませんでした。…乗っ取られていて」) corrects it."""
    if any(kind.value == old for kind in reading.denied_types):
        return False
    types = lexicon()
    events = {kind.value for kind in types.events}
    attacks = {kind.value for kind in types.attacks}

    def family(kind: object) -> object:
        return "attack" if kind in attacks else kind if kind in events else None

    return None not in (family(old), family(new)) and family(old) != family(new)


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
