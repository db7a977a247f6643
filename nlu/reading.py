"""What the NLU read in one message: facts, amounts, intent; nothing guessed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from coverage import Access, Detection, Fact, IncidentType
from nlu.data_kinds import DataKind


class Intent(StrEnum):
    """What the user wants from this message."""

    REPORT = "report"
    ESTIMATE = "estimate"
    GUIDANCE = "guidance"
    CONTACTS = "contacts"
    ESCALATE = "escalate"
    HELP = "help"
    RESET = "reset"
    ANSWER = "answer"


class QuestionTopic(StrEnum):
    """What a question in the message is about, for the conversation to answer.

    Read alongside the intent, not instead of it: 「補償される？」 still asks for an
    estimate, and is also a question about coverage.
    """

    POWER_OFF = "power_off"  # 電源を切るべき？
    RANSOM = "ransom"  # 身代金は払ったほうが早い？
    ANNOUNCE = "announce"  # 公表しないといけない？
    CONSENT = "consent"  # 同意なしで払ったら？
    POLICE = "police"  # 警察に届ける？
    PPC_REPORT = "ppc_report"  # 個人情報保護委員会への報告は必要？
    APOLOGY = "apology"  # お詫び状は送ったほうがいい？
    VENDOR_CHOICE = "vendor_choice"  # 自分で業者を選んでいい？
    COVERAGE = "coverage"  # 補償される？ 1円も出ないってこと？
    DEADLINE = "deadline"  # いつまでに？
    EVIDENCE = "evidence"  # 証拠は何を残せば？
    NEXT = "next"  # 次はどうなる？
    # Told, not asked: 「相手からは削除したと連絡がありました」 (a mis-sent mail deleted).
    RECIPIENT_DELETED = "recipient_deleted"
    INSURER = "insurer"  # 保険会社に連絡したほうがいい？ 代理店に言えばいい？
    RESTORE = "restore"  # バックアップから戻していい？ データは戻る？
    INTERNAL_REPORT = "internal_report"  # 上司に報告すべき？ 情シスに言ったほうがいい？
    AV_SCAN = "av_scan"  # ウイルス対策ソフトでスキャンしていい？ 自分で駆除していい？
    HUSH = "hush"  # 社員に口止めしたほうがいい？ 黙っておいていい？


@dataclass(frozen=True)
class Evidence:
    """Where a fact, amount or count was read: which message, which words.

    Attributes:
        message: Index of the message in its conversation (0 for the first).
        start: Offset of the quoted words in the normalised message (`nlu.normalize`).
        end: Offset just past them.
        text: The quoted words, as normalised but for ①〜⑦, shown as written.
    """

    message: int
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"message": self.message, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(
            message=int(data["message"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
        )


Answer = Literal["yes", "no", "not_yet", "unknown"]
Correction = Literal["replace", "add"]


@dataclass(frozen=True)
class CostMention:
    """An amount said about one cost; `key` may be the pseudo key investigation_generic.

    `per` marks a price per victim (「見舞金は1人500円」) whose count was not said with it:
    `Fact.INDIVIDUALS` or `Fact.CORPORATIONS`.
    """

    key: str
    yen: int
    text: str
    approximate: bool = False
    range_low: int | None = None
    per_unit: int | None = None
    units: int | None = None
    correction: Correction | None = None
    per: Fact | None = None
    evidence: Evidence | None = None
    # The cost word the amount was said with (「郵送」), to tell two items of one cost apart.
    item: str = ""
    # 「駆除は1台3万円」: `yen` is each device's, no number of devices said with it; one
    # said in an earlier message multiplies it (`nlu.device_prices`).
    per_device: bool = False
    # 「1通120円」 multiplied by the 1,050 victims the message counts: (yen each, count,
    # victim kind, or the counter of a list of devices), for a later correction of that
    # count (`nlu.cost_corrections`).
    counted: tuple[int, int, str] | None = None


@dataclass(frozen=True)
class UnassignedAmount:
    """An amount whose purpose could not be told; reported, never dropped or guessed."""

    yen: int
    text: str
    approximate: bool = False
    evidence: Evidence | None = None
    # Said with a word of no coverage (「売上が300万減った」), not with no word at all.
    named: bool = False
    # 「駆除は1台あたり5万円」 with no number of devices: the cost key of a rate per device,
    # a cost once an earlier message has counted the devices (`nlu.device_prices`).
    device_cost: str | None = None
    # 「訂正です、1人1,000円でした」 with no count and no cost word: a price per victim, which
    # a correction of a cost made of such a price multiplies by the known count.
    per: Fact | None = None


@dataclass(frozen=True)
class Reading:
    """The facts stated in one message. `None` = not stated.

    `said_unknown` names facts the user explicitly said are unknown or under
    investigation (「不正アクセスの有無は調査中」): a real answer, not silence. It takes
    back a value said before only when `retracts` (「すみません、まだ調査中でした」).
    `proposed` holds costs read from a bare number in agent shorthand (「調査800」 →
    800万円): not costs until the conversation confirms them.

    `evidence` says where each fact (and each fact said to be unknown) was read, by fact
    name; each cost and unassigned amount carries its own. `question_topics` are what the
    message asks about, most specific first.
    """

    incident_type: IncidentType | None = None
    # A suspicion's one attack kind (「DDoSっぽい」), and a type read from attack words of no
    # kind alone (「攻撃を確認」): a later such confirmation confirms the kind doubted.
    doubted_attack: IncidentType | None = None
    generic_attack: bool = False
    # A bare confirmation after every doubt of the message (「ログ見た、確定」): it settles an
    # attack doubted in an earlier message (`nlu.settled`).
    settles: bool = False
    # The type read from data left open to view alone (「見られる状態でした」): after a type
    # already held it is what that incident exposed (`nlu.incident_hints.exposure_of_held`).
    exposure_only: bool = False
    # Types named only to be denied (「誤送信ではありませんでした」): a type said with them
    # corrects an earlier one, where it would otherwise be asked to confirm.
    denied_types: frozenset[IncidentType] = field(default_factory=frozenset)
    # The type read only from words that doubt or deny it (「中身は見られてないと思います」):
    # after a type already held it names no new incident (`nlu.incident_hints.doubt_of_held`).
    tentative_type: bool = False
    detection: Detection | None = None
    unauthorized_access: Access | None = None
    # A thing said to be stolen, not lost (「置き引きにあいました」: True), or said not to be
    # (「盗難ではなく置き忘れでした」: False); `nlu.theft`. No fact of the payout rules, which
    # know lost_or_stolen only: the reporting duty reads it (施行規則第7条第3号).
    stolen: bool | None = None
    # A theft only supposed (「盗まれたかもしれません」), none stated or denied: the reporting
    # duty says 第3号 may apply (`nlu.theft.theft_doubted`).
    theft_doubted: bool = False
    # Detection read only from our own staff's check that established the incident
    # (`nlu.reporter_team_checks`): it confirms, so it never overrides nor contradicts who was
    # said to tell before, and gives way to who is said to have told after it.
    detection_by_check: bool = False
    announced: bool | None = None
    # Announced read from the text's register alone (a notice is its own announcement): a
    # later message's word on the announcement outweighs it (`nlu.announced`).
    announced_by_notice: bool = False
    # The fact the message's last sentence asks the other person in the thread about
    # (「公表されました？」, `nlu.asked_across`), and what the message's opening words would
    # answer to such a question asked before it (fact, raw value; None: said unknown).
    asks_other: str | None = None
    answers_if_asked: tuple[tuple[str, str | bool | None], ...] = ()
    consent: bool | None = None
    # Consent plainly said to be missing, and money said to be spent or ordered: a refusal
    # once a conversation has said both (「同意も取ってないです」 after a list of costs).
    consent_withheld: bool = False
    spent: bool = False
    # 「まだ何も払ってません」: amounts stated before were prices, not money spent.
    unpaid: bool = False
    individuals: int | None = None
    corporations: int | None = None
    devices: int | None = None
    # 「PC25台中3台が感染」: the one number of devices hit (3), for a price per device said
    # in a later message (`nlu.device_prices`).
    devices_hit: int | None = None
    loose_count: int | None = None
    # 「確認したら2,000件だった」: the loose count is said as what was found.
    loose_found: bool = False
    # 「2社じゃなくて3社でした」: a bare number of companies, which only corrects one known.
    loose_corporations: int | None = None
    # 「件数は1万2千件って言ってた」: a message that starts with only a count of persons,
    # records or items; it answers for the victims when nothing else counts them.
    bare_count: int | None = None
    # 「社員はパート含めて214名です」: the size of a group (`sized_group`), the individuals'
    # once some message named that group's data (`data_owners`, `nlu.victim_groups`).
    group_count: int | None = None
    sized_group: str | None = None
    data_owners: frozenset[str] = field(default_factory=frozenset)
    # 「300名ではなく、法人顧客18社分でした」: the kinds of victim count the message takes back.
    retracted_counts: frozenset[str] = field(default_factory=frozenset)
    # 「4台じゃなくて3台でした」: (old, new, counter) of a count taken back for another.
    recounted: tuple[int, int, str] | None = None
    # 「30万ではなく35万でした」: the amounts the message takes back (yen).
    retracted_amounts: tuple[int, ...] = ()
    # 「さっきの300は350の誤り」: the bare numbers of a correction with no amount, in 万円;
    # they correct a known cost only if one of them is one (`nlu.facts_builder.costs`).
    bare_retake: tuple[int, ...] = ()
    costs: tuple[CostMention, ...] = ()
    unassigned: tuple[UnassignedAmount, ...] = ()
    said_unknown: frozenset[str] = field(default_factory=frozenset)
    # 「件数は不明」 with no personal data in the message: a count of no kind said unknown,
    # the individuals' once the conversation speaks of personal data (as `bare_count`).
    unknown_count: bool = False
    retracts: bool = False
    intent: Intent = Intent.REPORT
    answer: Answer | None = None
    correction: Correction | None = None
    truncated: bool = False
    negative_amounts: tuple[str, ...] = ()
    # Amounts beyond any cost (「9999999999999億円」): not taken, and the user is told.
    oversized_amounts: tuple[str, ...] = ()
    # Amounts said with a word of no cost (「偽の口座に300万円振り込んで」): not taken, and
    # the user is told, so an amount read is never silently dropped.
    not_cost_amounts: tuple[str, ...] = ()
    readable: bool = True
    data_kinds: frozenset[DataKind] = field(default_factory=frozenset)
    discovered_on: date | None = None
    # 「昨日です」「11月28日の夜」: the message is that date and nothing else, the answer to
    # when it became known.
    date_answer: bool = False
    proposed: tuple[CostMention, ...] = ()
    # 「見舞金を支払う予定です」: the one cost the message names, with no amount in it; a bare
    # amount in the next message (「1名500円、800名です」) is that cost's.
    cost_topic: str | None = None
    evidence: Mapping[str, Evidence] = field(default_factory=dict, hash=False)
    question_topics: tuple[QuestionTopic, ...] = ()
    # The message holds a sentence that asks (「これって何ですか？」), with a topic or none: a
    # question with no topic gets the answer base's fallback, not "not understood".
    asks: bool = False

    @property
    def question_topic(self) -> QuestionTopic | None:
        """The topic of the question asked, if the message asks one."""
        return self.question_topics[0] if self.question_topics else None

    def has_facts(self) -> bool:
        """Whether the message stated anything about the incident."""
        return bool(
            self.costs
            or self.unassigned
            or self.proposed
            or self.said_unknown
            or self.unknown_count
            or self.data_kinds  # the reporting duty turns on them (card numbers …)
            or self.retracted_counts
            or self.generic_attack
            or self.settles  # 「ログ見た、確定」 confirms the doubt held
            or self.theft_doubted  # 「盗まれたかも」 after a loss: 第3号 may apply
            or self.cost_topic is not None
            or any(
                value is not None
                for value in (
                    self.incident_type,
                    self.detection,
                    self.unauthorized_access,
                    self.stolen,
                    self.announced,
                    self.consent,
                    self.individuals,
                    self.corporations,
                    self.doubted_attack,
                    # Counts the conversation decides on: a bare 「48名です」 is not nothing.
                    self.loose_count,
                    self.loose_corporations,
                    self.bare_count,
                )
            )
        )
