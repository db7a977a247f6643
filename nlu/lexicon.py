"""The NLU's vocabulary, read from `config/nlu_lexicon.toml` once per process."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import config
from coverage import IncidentType
from nlu.hedges import HedgeSet, UnlessWithin
from nlu.kana_words import Readings, loanwords, readings
from nlu.lexicon_file import (
    FILE,
    GENERIC_INVESTIGATION,
    INTENTS,
    NOT_COST,
    UNKNOWN_COST,
    AccessSection,
    AnnouncedSection,
    AnswersSection,
    ConsentSection,
    CostsSection,
    DetectionFrames,
    DetectionSection,
    LexiconFile,
    NoticeRegister,
    QuestionsSection,
    labelled,
)
from nlu.patterns import alternation
from nlu.phrases import PhraseSet

# The label of words that hold an incident cue and name no incident (新型コロナウイルス).
NOT_INCIDENT = "none"
# The label of signs of a possible attack (不審な通信, ログイン試行): said plainly, a suspicion.
SIGN = "sign"
# The label of words for data left open to view (見られる状態, 誤って公開): their type is
# read from the medium (`nlu.incident_type`).
EXPOSED = "exposed"
# The label of words that say an attack was stopped before it reached us (防御された).
BLOCKED = "blocked"
# The label of words that say a thing was stolen (盗まれた, 置き引き): see `nlu.theft`.
THEFT = "theft"

__all__ = [
    "BLOCKED",
    "EXPOSED",
    "GENERIC_INVESTIGATION",
    "INTENTS",
    "NOT_COST",
    "NOT_INCIDENT",
    "SIGN",
    "THEFT",
    "UNKNOWN_COST",
    "Lexicon",
    "lexicon",
    "parse_lexicon",
]


@dataclass(frozen=True)
class NoticeRules:
    """The limits and patterns `nlu.announced.notice_score` weighs a notice's register by
    (config [announced.notice])."""

    min_chars: int
    heading_min_chars: int
    introduction_max_chars: int
    min_score: int
    family_max_points: int
    full_date_points: int
    heading_points: int
    heading: re.Pattern[str]
    """A first line that is a notice's title: 「…について」「…について(お詫び)」."""
    full_date: re.Pattern[str]
    """A date in full: 「2024年5月21日」「令和5(2023)年11月9日」, or with the weekday,
    「5月6日(土)」."""
    date: re.Pattern[str]
    """A notice's weaker way of dating: an era's year (「令和5年度」) or a date opening a
    sentence (「6月8日、当社が…」)."""
    clock: re.Pattern[str]
    """A time of day to the minute or hour (「7時2分」「午前9時」「9時頃」「13:54」)."""
    list_item: re.Pattern[str]
    """A line that starts an item of a list: 「1. 件数」「・個人情報」「- 令和5年」."""
    plain_endings: frozenset[str]
    polite_before: frozenset[str]
    introduction_endings: frozenset[str]
    introduction_verbs: frozenset[str]
    weak_chat_points: int
    self_prefixes: frozenset[str]
    reader_suffixes: frozenset[str]
    qa_pair: re.Pattern[str]
    """A question line of a Q&A (「Q1. 何が起きたのですか。」) and the answer line after it."""
    qa_min_pairs: int


@dataclass(frozen=True)
class Frames:
    """The phrase sets of config [detection.frames] (read by `nlu.reporter_frames`)."""

    keys: PhraseSet
    separators: frozenset[str]
    self_values: PhraseSet
    own_person: frozenset[str]
    cleft_verbs: frozenset[str]
    cleft_reports: frozenset[str]
    cleft_received: frozenset[str]
    hedges_before: frozenset[str]
    hedges_after: PhraseSet
    channels: frozenset[str]
    means: PhraseSet
    own_checks: frozenset[str]
    infringements: PhraseSet
    passive_reports: frozenset[str]
    passive_lemmas: frozenset[str]


def _frames(frames: DetectionFrames) -> Frames:
    return Frames(
        keys=_one("key", frames.keys),
        separators=frozenset(frames.separators),
        self_values=_one("self", frames.self_values),
        own_person=frozenset(frames.own_person),
        cleft_verbs=frozenset(frames.cleft_verbs),
        cleft_reports=frozenset(frames.cleft_reports),
        cleft_received=frozenset(frames.cleft_received),
        hedges_before=frozenset(frames.hedges_before),
        hedges_after=_one("hedge", frames.hedges_after),
        channels=frozenset(frames.channels),
        means=_one("means", frames.means),
        own_checks=frozenset(frames.own_checks),
        infringements=_one("infringement", frames.infringements),
        passive_reports=frozenset(frames.passive_reports),
        passive_lemmas=frozenset(frames.passive_lemmas),
    )


@dataclass(frozen=True)
class Lexicon:
    """Compiled phrase sets; the label of a match says what it means."""

    hedge: PhraseSet
    hedge_before: frozenset[str]
    """Lemmas of adverbs that hedge the rest of their clause (多分, 恐らく)."""
    pending: PhraseSet
    retract: PhraseSet
    whether: PhraseSet
    negation: PhraseSet
    certain: PhraseSet
    """A negation that affirms (間違いない, 疑いの余地はない): no denial, and no hedge."""
    negating: Mapping[str, str]
    """Lemma → the part of speech in which it negates (無い 形容詞, ない 助動詞 …)."""
    negating_prefixes: frozenset[str]
    # The value of a key in a list (「侵入：無」「公表：済」), compared with its surface.
    listed_absent: frozenset[str]
    listed_present: frozenset[str]
    plan: PhraseSet
    incident_order: tuple[IncidentType, ...]
    incident_cues: PhraseSet
    """Labelled by `IncidentType` value, NOT_INCIDENT for words that only hold a cue, or
    SIGN for signs of a possible attack."""
    displayed: PhraseSet
    tampering: PhraseSet
    """Attack words for a defaced or rewritten site (改ざん, 書き換えられ)."""
    relays: PhraseSet
    """A machine used against others (踏み台): a DDoS when one is named in its sentence."""
    not_lost: PhraseSet
    thefts: PhraseSet
    """Words that say a thing was stolen (盗まれ, 置き引き), labelled "theft", and words
    that hold one and say none (盗難防止), labelled NOT_INCIDENT."""
    found_again: PhraseSet
    """A matter reported before, now found (「…の件ですが、見つかりました」)."""
    lost_things: frozenset[str]
    generic_attacks: PhraseSet
    """Attack words of no kind (攻撃): they confirm the kind a doubt named."""
    """What 「見当たらない」 may deny that is no thing to lose (痕跡, 原因, 異常)."""
    ransom_notes: PhraseSet
    carried: PhraseSet
    warned: PhraseSet
    """Said after malware, a warning about it (に注意): it reached nothing."""
    outside_parties: PhraseSet
    vendor_parties: PhraseSet
    """Contractors and service providers: an attack on their systems is a vendor leak."""
    vendor_systems: frozenset[str]
    vendor_anaphors: PhraseSet
    handing_over: frozenset[str]
    """Verbs (lemmas) for giving a party our work (印刷会社に出している): a contractor."""
    entrusted_heads: frozenset[str]
    """Party nouns (lemmas) that a verb of handing over makes a contractor (委託してる会社)."""
    writer_words: PhraseSet
    entrusted: PhraseSet
    """The writer holds the addressee's data (貴社からお預かり): a contractor's report."""
    maintaining: frozenset[str]
    finding: PhraseSet
    leak_words: PhraseSet
    countermeasures: frozenset[str]
    party_particles: frozenset[str]
    carriers: frozenset[str]
    """Lemmas of what carries malware (メール): 「メール（Emotet）」 names the mail's."""
    harms: PhraseSet
    """What an attack did, said with a negation (開けない): no denial of the attack."""
    online_media: PhraseSet
    """Words for a site, a system or a cloud: data exposed there is not a visual leak."""
    physical_media: PhraseSet
    """Words for papers or a place people pass: data exposed there is a visual leak."""
    """Said of malware only carried by a mail or a file (含まれていた): it reached nothing."""
    attacks: frozenset[IncidentType]
    leak_aspects: frozenset[str]
    leak_systems: PhraseSet
    """Where a leak in doubt comes from that makes it a possible attack (サイトから流出)."""
    other_party: frozenset[str]
    posts: PhraseSet
    sending: frozenset[str]
    unconfirmed: PhraseSet
    parties: frozenset[IncidentType]
    """Types whose cue names a party or a right: never deferred for a doubt after it."""
    access_cues: PhraseSet
    access_not_cues: PhraseSet
    """Words that hold an access cue and say nothing of an attack (アクセス数, 攻撃対象)."""
    access_affirm: PhraseSet
    access_answers: PhraseSet
    doing: frozenset[str]
    neutral_heads: frozenset[str]
    sign_heads: frozenset[str]
    """Nouns after 「攻撃の」 that make it a sign of one (兆候, 予兆): a doubt, not a finding."""
    traces: frozenset[str]
    access_concluded: PhraseSet
    access_investigated: PhraseSet
    """A denial's sentence naming an investigation's outcome: the attack was suspected."""
    access_attempted: PhraseSet
    reporters: PhraseSet
    """Who told the company; labelled security, network, public or third_party."""
    own: PhraseSet
    report_words: PhraseSet
    self_words: PhraseSet
    self_weak: PhraseSet
    agent_particles: frozenset[str]
    agent_predicates: PhraseSet
    """What an agent of ours did: labelled finding (気づく) or other (確定, 調査, 変える)."""
    internal: PhraseSet
    source_particles: frozenset[str]
    source_lemmas: frozenset[str]
    outsider_reports: frozenset[str]
    third_party_reports: frozenset[str]
    received_reports: frozenset[str]
    handled_reports: PhraseSet
    acting_parties: frozenset[str]
    desk_reports: frozenset[str]
    receiving_verbs: frozenset[str]
    own_alarms: frozenset[str]
    alarm_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    staff: PhraseSet
    account_frames: PhraseSet
    pamphlet_terms: PhraseSet
    self_prefixes: frozenset[str]
    addressee_prefixes: frozenset[str]
    addressee_heads: frozenset[str]
    finding_nouns: frozenset[str]
    outgoing_verbs: frozenset[str]
    incoming_verbs: frozenset[str]
    time_words: frozenset[str]
    first_person: frozenset[str]
    own_data: PhraseSet
    learning_verbs: frozenset[str]
    matter_nouns: frozenset[str]
    name_words: frozenset[str]
    attack_origins: frozenset[str]
    attack_words: frozenset[str]
    traffic_sources: tuple[str, ...]
    impersonating: frozenset[str]
    attackers: PhraseSet
    opening_verbs: frozenset[str]
    checking_predicates: frozenset[str]
    claim_words: PhraseSet
    rights_holders: PhraseSet
    frames: Frames
    announced_cues: PhraseSet
    announced_done: PhraseSet
    announced_events: PhraseSet
    notice_voice: PhraseSet
    private_notice: PhraseSet
    entrusted_by_reader: PhraseSet
    announced_moments: PhraseSet
    announced_posted: PhraseSet
    announcing_verbs: frozenset[str]
    posting_verbs: frozenset[str]
    announce_deliberating: frozenset[str]
    deliberated_done: frozenset[str]
    quoting_verbs: frozenset[str]
    """Lemmas of saying (言う, 書く): 「公表済みって言いましたが」 quotes a claim."""
    conceding: frozenset[str]
    public_telling: frozenset[str]
    """Lemmas of telling the public (呼びかける, 謝罪する) after 「同社は」 in a story."""
    press_reply: PhraseSet
    announced_places: PhraseSet
    site_notices: PhraseSet
    site_telling: PhraseSet
    told_by: PhraseSet
    notice_register: PhraseSet
    """Cues of a notice's written register, labelled by family (see `nlu.announced`)."""
    notice: NoticeRules
    consent_cues: PhraseSet
    consent_insurer: PhraseSet
    consent_refused: PhraseSet
    consent_missing: PhraseSet
    consent_refused_if_insurer: PhraseSet
    consent_given: PhraseSet
    consent_other_parties: PhraseSet
    consent_other_acts: PhraseSet
    spent: PhraseSet
    consent_not_yet: frozenset[str]
    consent_to_come: PhraseSet
    """「これから」: consent still to come, said in the cue's sentence."""
    """Lemmas that alone, right after the cue, say it is not obtained yet (「同意：未」)."""
    consent_bare_given: frozenset[str]
    """Values right after the cue that say it is given (「同意OK」「同意yes」)."""
    consent_hedges: PhraseSet
    consent_unspent: PhraseSet
    consent_unpaid: PhraseSet
    completed_lemmas: frozenset[str]
    completed_surfaces: frozenset[str]
    victim_context: PhraseSet
    not_victims: PhraseSet
    record_units: frozenset[str]
    record_context: PhraseSet
    leaked_records: PhraseSet
    records_after: PhraseSet
    target_lemmas: frozenset[str]
    not_persons: PhraseSet
    unit_after: tuple[str, ...]
    claim_lemmas: frozenset[str]
    mixed_group: re.Pattern[str]
    """Right after a count's counter: another kind of victim lumped in (「人・団体」)."""
    stored_lemmas: frozenset[str]
    leak_lemmas: frozenset[str]
    no_leak: re.Pattern[str] | None
    """A statement that no leak is known (「漏洩は確認されておらず」); None if unconfigured."""
    leak_possible: re.Pattern[str] | None
    """A leak said to be possible all the same (「可能性を否定できない」); None if unconfigured."""
    leak_denied: re.Pattern[str] | None
    """A finding that nothing leaked (「漏えいがないことが分かりました」); None if unconfigured."""
    corporate_records: PhraseSet
    recipient_particles: frozenset[str]
    sending_lemmas: frozenset[str]
    intended_marks: frozenset[str]
    reporter_lemmas: frozenset[str]
    population: PhraseSet
    subset_mark: re.Pattern[str] | None
    subset_refs: PhraseSet
    item_units: frozenset[str]
    """A part of what was said before (「このうち」「そのうち」) at the start of a clause."""
    """Right after a count: the population it is the size of has a part (「のうち」)."""
    noun_run_max: int
    item_particles: frozenset[str]
    other_persons: PhraseSet
    conjunctions: frozenset[str]
    warnings: PhraseSet
    """Warning the persons a count names (「注意を呼びかけ」): they are not the victims."""
    containers: PhraseSet
    """What holds records (ファイル): a count right after one counts them, not persons."""
    acting_lemmas: frozenset[str]
    subject_particles: frozenset[str]
    count_hedge_links: frozenset[str]
    impact_words: frozenset[str]
    impact_links: frozenset[str]
    found_after: tuple[str, ...]
    count_includes: re.Pattern[str] | None
    bare_leads: frozenset[str]
    count_questions: re.Pattern[str]
    """A question that asks how many: the count answered under it is the victims'."""
    """What a message that is only a count may start with (「件数は」)."""
    cost_cues: PhraseSet
    cost_loanwords: Readings
    """The cost words written in katakana, heard in a message typed in hiragana."""
    correction: PhraseSet
    joiners: frozenset[str]
    minus: re.Pattern[str]
    """A minus sign at the end of the text just before an amount."""
    retracted: re.Pattern[str]
    considered: re.Pattern[str]
    """Words right after an amount that take it back."""
    superseded: re.Pattern[str]
    """Words right after an amount that say a later one replaces it (「と言いましたが」)."""
    changed_into: re.Pattern[str]
    """The whole text between an amount and the one it became (「→」)."""
    quoted_by: re.Pattern[str]
    """The whole text between an amount and the one a correction puts for it (「は」)."""
    unit_mark: re.Pattern[str]
    """The whole text between a count of one and its price."""
    everyone: re.Pattern[str]
    """A word for every victim shortly after a price."""
    separate_item: re.Pattern[str]
    """A word that opens a sentence of a cost apart from those said before (「ほかに」)."""
    qualified_heads: frozenset[str]
    """Cost words a more specific one right before them names the purpose of (「遮断の対応費」)."""
    following_count: re.Pattern[str]
    """What may stand between a price and the count it is multiplied by."""
    intent_order: tuple[str, ...]
    intents: PhraseSet
    answers: dict[str, frozenset[str]]
    """The bare answers by name, their contractions written out."""
    answer_fillers: re.Pattern[str]
    """Fillers before a bare answer, or an ending after it, to remove."""
    answer_hedges: re.Pattern[str]
    """A guess before or after a bare answer."""
    answer_contractions: tuple[tuple[str, str], ...]
    answer_knowing: frozenset[str]
    """Lemmas of verbs of knowing: 「〜ていない」 of these is "I don't know"."""
    answer_longest: int
    """Characters beyond which a message is more than a bare answer."""
    question_markers: PhraseSet
    question_particles: frozenset[str]
    question_auxiliaries: frozenset[str]
    """Auxiliaries that ask when they end a sentence (「電源切るべき」)."""
    clause_finals: frozenset[str]
    """Sentence-final particles that make the clause they end a question (「するんでしょうか」)."""
    softening_finals: frozenset[str]
    """Particles that may follow those and still ask (「ですかね」「いいかな」)."""
    interrogatives: frozenset[str]
    formal_nouns: frozenset[str]
    question_order: tuple[str, ...]
    question_topics: PhraseSet
    question_topic_readings: Readings
    """The topic words' readings, for words typed in hiragana (「でんげん」)."""
    hypothetical: PhraseSet
    hypothetical_surfaces: frozenset[str]
    asking_how: PhraseSet
    nothing_at_all: re.Pattern[str]
    """An idiom at an amount's start that makes it no amount (「1円も出ない」)."""


@cache
def lexicon() -> Lexicon:
    """The process's lexicon, compiled on first use."""
    return parse_lexicon(config.read(FILE))


def parse_lexicon(data: Mapping[str, Any], file: str = FILE) -> Lexicon:
    """Check and compile a parsed `nlu_lexicon.toml`.

    Raises:
        ConfigError: An unknown or missing key, or a mistyped value, naming `file`.
    """
    lex = config.validate(data, LexiconFile, file)
    m, victims, costs, intents = lex.markers, lex.victims, lex.costs, lex.intents
    return Lexicon(
        hedge=HedgeSet({"hedge": m.hedge}, unless=(certain := _one("certain", m.certain))),
        hedge_before=frozenset(m.hedge_before),
        pending=_one("pending", m.pending),
        retract=UnlessWithin({"retract": m.retract}, unless=certain),
        whether=_one("whether", m.whether),
        negation=_one("negation", m.negation),
        certain=certain,
        negating=dict(m.negating),
        negating_prefixes=frozenset(m.negating_prefixes),
        listed_absent=frozenset(m.listed_absent),
        listed_present=frozenset(m.listed_present),
        plan=_one("plan", m.plan),
        incident_order=tuple(lex.incident_types.order),
        incident_cues=PhraseSet(
            {
                **labelled(lex.incident_types.cues),
                NOT_INCIDENT: lex.incident_types.not_cues,
                SIGN: lex.incident_types.signs,
                EXPOSED: lex.incident_types.exposed,
            }
        ),
        displayed=_one("displayed", lex.incident_types.displayed),
        tampering=_one("tampering", lex.incident_types.tampering),
        relays=_one("relay", lex.incident_types.relays),
        not_lost=_one("not_lost", lex.incident_types.not_lost),
        thefts=PhraseSet(
            {THEFT: lex.incident_types.thefts, NOT_INCIDENT: lex.incident_types.not_thefts}
        ),
        found_again=_one("found_again", lex.incident_types.found_again),
        lost_things=frozenset(lex.incident_types.lost_things),
        generic_attacks=_one("generic", lex.incident_types.generic_attacks),
        ransom_notes=_one("ransom_notes", lex.incident_types.ransom_notes),
        carried=_one("carried", lex.incident_types.carried),
        warned=_one("warned", lex.incident_types.warned),
        outside_parties=_one("party", lex.incident_types.outside_parties),
        vendor_parties=_one("vendor", lex.incident_types.vendor_parties),
        vendor_systems=frozenset(lex.incident_types.vendor_systems),
        vendor_anaphors=_one("anaphor", lex.incident_types.vendor_anaphors),
        handing_over=frozenset(lex.incident_types.handing_over),
        entrusted_heads=frozenset(lex.incident_types.entrusted_heads),
        writer_words=_one("writer", lex.incident_types.writer_words),
        entrusted=_one("entrusted", lex.incident_types.entrusted),
        maintaining=frozenset(lex.incident_types.maintaining),
        finding=_one("finding", lex.incident_types.finding),
        leak_words=_one("leak", lex.incident_types.leak_words),
        countermeasures=frozenset(lex.incident_types.countermeasures),
        party_particles=frozenset(lex.incident_types.party_particles),
        carriers=frozenset(lex.incident_types.carriers),
        harms=_one("harm", lex.incident_types.harms),
        online_media=_one("online", lex.incident_types.online_media),
        physical_media=_one("physical", lex.incident_types.physical_media),
        attacks=frozenset(lex.incident_types.attacks),
        leak_aspects=frozenset(lex.incident_types.leak_aspects),
        leak_systems=_one("leak_systems", lex.incident_types.leak_systems),
        other_party=frozenset(lex.incident_types.other_party),
        posts=_one("posts", lex.incident_types.posts),
        sending=frozenset(lex.incident_types.sending),
        unconfirmed=_one("unconfirmed", lex.incident_types.unconfirmed),
        parties=frozenset(lex.incident_types.parties),
        **_access(lex.access),
        **_detection(lex.detection),
        **_announced(lex.announced),
        **_consent(lex.consent),
        victim_context=_one("victims", victims.context),
        not_victims=_one("ours", victims.not_victims),
        record_units=frozenset(victims.record_units),
        record_context=_one("records", victims.record_context),
        leaked_records=_one("leaked", victims.leaked_records),
        records_after=_one("records_after", victims.records_after),
        target_lemmas=frozenset(victims.target_lemmas),
        not_persons=_one("not_persons", victims.not_persons),
        unit_after=tuple(victims.unit_after),
        claim_lemmas=frozenset(victims.claim_lemmas),
        mixed_group=re.compile(
            rf"(?:[・/]|及び|および)(?:{alternation(victims.mixed_groups)})"
            r"(?![^、。,\n]{0,10}?[0-9〇一二三四五六七八九十百千])"
        ),
        stored_lemmas=frozenset(victims.stored_lemmas),
        leak_lemmas=frozenset(victims.leak_lemmas),
        no_leak=re.compile(alternation(victims.no_leak)) if victims.no_leak else None,
        leak_possible=(
            re.compile(alternation(victims.leak_possible)) if victims.leak_possible else None
        ),
        leak_denied=(re.compile(alternation(victims.leak_denied)) if victims.leak_denied else None),
        corporate_records=_one("corporate", victims.corporate_records),
        recipient_particles=frozenset(victims.recipient_particles),
        sending_lemmas=frozenset(victims.sending_lemmas),
        intended_marks=frozenset(victims.intended_marks),
        reporter_lemmas=frozenset(victims.reporter_lemmas),
        population=_one("population", victims.population),
        item_units=frozenset(victims.item_units),
        item_particles=frozenset(victims.item_particles),
        other_persons=_one("other_persons", victims.other_persons),
        conjunctions=frozenset(victims.conjunctions),
        subset_refs=_one("subset_refs", victims.subset_refs),
        subset_mark=(
            re.compile(rf" ?(?:{alternation(victims.subset_marks)})")
            if victims.subset_marks
            else None
        ),
        noun_run_max=victims.noun_run_max,
        warnings=_one("warning", victims.warnings),
        containers=_one("container", victims.containers),
        acting_lemmas=frozenset(victims.acting_lemmas),
        subject_particles=frozenset(victims.subject_particles),
        count_hedge_links=frozenset(victims.hedge_links or ()),
        impact_words=frozenset(victims.impact_words or ()),
        impact_links=frozenset(victims.impact_links or ()),
        found_after=tuple(victims.found_after or ()),
        count_includes=re.compile(alternation(victims.includes)) if victims.includes else None,
        bare_leads=frozenset(victims.bare_leads),
        count_questions=re.compile(alternation(victims.count_questions)),
        **_costs(costs),
        intent_order=tuple(intents.order),
        intents=PhraseSet({name: getattr(intents, name) for name in INTENTS}),
        **_answers(lex.answers),
        **_questions(lex.questions),
    )


def _one(label: str, words: list[str]) -> PhraseSet:
    """A phrase set whose every phrase means one thing."""
    return PhraseSet({label: words})


def _access(access: AccessSection) -> dict[str, Any]:
    return {
        "access_cues": _one("access", access.cues),
        "access_not_cues": _one("none", access.not_cues),
        "access_affirm": _one("affirm", access.affirm),
        "access_answers": PhraseSet(
            {"found": access.found_words, "not_found": access.not_found_words}
        ),
        "doing": frozenset(access.doing),
        "neutral_heads": frozenset(access.neutral_heads),
        "sign_heads": frozenset(access.sign_heads),
        "traces": frozenset(access.traces),
        "access_concluded": _one("concluded", access.concluded),
        "access_investigated": _one("investigated", access.investigated),
        "access_attempted": PhraseSet({"attempted": access.attempted, BLOCKED: access.blocked}),
    }


def _detection(detection: DetectionSection) -> dict[str, Any]:
    return {
        "reporters": PhraseSet(labelled(detection.reporters)),
        "own": _one("own", detection.own),
        "report_words": PhraseSet(
            {"report": detection.report_words, "not_report": detection.not_report_words}
        ),
        "self_words": _one("self", detection.self_words),
        "self_weak": _one("self", detection.self_weak),
        "agent_particles": frozenset(detection.agent_particles),
        "agent_predicates": PhraseSet(
            {"finding": detection.finding_predicates, "other": detection.other_predicates}
        ),
        "internal": _one("internal", detection.internal),
        "source_particles": frozenset(detection.source_particles),
        "source_lemmas": frozenset(detection.source_lemmas),
        "outsider_reports": frozenset(detection.outsider_reports),
        "third_party_reports": frozenset(detection.third_party_reports),
        "received_reports": frozenset(detection.received_reports),
        "handled_reports": _one("handled", detection.handled_reports),
        "acting_parties": frozenset(detection.acting_parties),
        "desk_reports": frozenset(detection.desk_reports),
        "receiving_verbs": frozenset(detection.receiving_verbs),
        "own_alarms": frozenset(detection.own_alarms),
        "alarm_verbs": frozenset(detection.alarm_verbs),
        "arrival_verbs": frozenset(detection.arrival_verbs),
        "staff": _one("staff", detection.staff),
        "account_frames": _one("account", detection.account_frames),
        "pamphlet_terms": _one("external", detection.pamphlet_terms),
        "self_prefixes": frozenset(detection.self_prefixes),
        "addressee_prefixes": frozenset(detection.addressee_prefixes),
        "addressee_heads": frozenset(detection.addressee_heads),
        "finding_nouns": frozenset(detection.finding_nouns),
        "outgoing_verbs": frozenset(detection.outgoing_verbs),
        "incoming_verbs": frozenset(detection.incoming_verbs),
        "time_words": frozenset(detection.time_words),
        "first_person": frozenset(detection.first_person),
        "own_data": _one("own_data", detection.own_data),
        "learning_verbs": frozenset(detection.learning_verbs),
        "matter_nouns": frozenset(detection.matter_nouns),
        "name_words": frozenset(detection.name_words),
        "attack_origins": frozenset(detection.attack_origins),
        "attack_words": frozenset(detection.attack_words),
        "traffic_sources": tuple(detection.traffic_sources),
        "impersonating": frozenset(detection.impersonating),
        "attackers": _one("attacker", detection.attackers),
        "opening_verbs": frozenset(detection.opening_verbs),
        "checking_predicates": frozenset(detection.checking_predicates),
        "claim_words": _one("claim", detection.claim_words),
        "rights_holders": _one("rights", detection.rights_holders),
        "frames": _frames(detection.frames),
    }


def _announced(announced: AnnouncedSection) -> dict[str, Any]:
    return {
        "announced_cues": PhraseSet(
            {"announced": announced.cues, "not_announced": announced.not_cues}
        ),
        "announced_done": _one("done", announced.done),
        "announced_posted": _one("posted", announced.posted),
        "announced_events": _one("event", announced.events),
        "notice_voice": _one("notice", announced.notice_voice),
        "private_notice": _one("private", announced.private_notice),
        "entrusted_by_reader": _one("entrusted", announced.entrusted_by_reader),
        "announced_moments": _one("moment", announced.moments),
        "announcing_verbs": frozenset(announced.verbs),
        "posting_verbs": frozenset(announced.posting_verbs),
        "announce_deliberating": frozenset(announced.deliberating),
        "deliberated_done": frozenset(announced.deliberated_done),
        "quoting_verbs": frozenset(announced.quoting_verbs),
        "conceding": frozenset(announced.conceding),
        "public_telling": frozenset(announced.public_telling),
        "press_reply": _one("reply", announced.press_reply),
        "announced_places": _one("place", announced.places),
        "site_notices": _one("notice", announced.site_notices),
        "site_telling": _one("told", announced.site_telling),
        "told_by": _one("source", announced.told_by),
        "notice_register": PhraseSet(
            {
                "self": announced.register_self,
                "document": announced.register_document,
                "reader": announced.register_reader,
                "formal": announced.register_formal,
                "chat": announced.register_chat,
                "chat_weak": announced.register_chat_weak,
                "chat_relayed": announced.register_chat_relayed,
            }
        ),
        "notice": _notice_rules(announced.notice),
    }


def _notice_rules(notice: NoticeRegister) -> NoticeRules:
    era = rf"(?:{alternation(notice.eras)})(?:\d+|{alternation(notice.first_year)})"
    weekday = alternation(notice.weekdays)
    before, after = alternation(notice.clock_before), alternation(notice.clock_after)
    numbers, bullets = alternation(notice.list_numbers), alternation(notice.list_bullets)
    return NoticeRules(
        min_chars=notice.min_chars,
        heading_min_chars=notice.heading_min_chars,
        introduction_max_chars=notice.introduction_max_chars,
        min_score=notice.min_score,
        family_max_points=notice.family_max_points,
        full_date_points=notice.full_date_points,
        heading_points=notice.heading_points,
        heading=re.compile(
            rf"\A\s*[^\n]{{2,{notice.heading_max_chars}}}(?:{alternation(notice.heading_ends)})"
            r"(?:\s*[(【][^\n)】]{0,6}[)】])?[ \t]*\n"
        ),
        full_date=re.compile(
            rf"(?:\d{{4}}|{era})(?:\(\d{{4}}\))?年(?:度)?\d+月\d+日"
            rf"|\d+月\d+日\s*\((?:{weekday})"
        ),
        date=re.compile(rf"{era}年|(?:^|[。\n])\s*\d+月\d+日、"),
        clock=re.compile(
            rf"\d+時\d+分|(?:{before})\d+時|\d+時(?:{after})|(?<![\d:])\d{{1,2}}:\d{{2}}(?![\d:])"
        ),
        list_item=re.compile(rf"(?:^|\n)\s*(?:\d+(?:{numbers})|(?:{bullets}))"),
        plain_endings=frozenset(notice.plain_endings),
        polite_before=frozenset(notice.polite_before),
        introduction_endings=frozenset(notice.introduction_endings),
        introduction_verbs=frozenset(notice.introduction_verbs),
        weak_chat_points=notice.weak_chat_points,
        self_prefixes=frozenset(notice.self_prefixes),
        reader_suffixes=frozenset(notice.reader_suffixes),
        qa_pair=_qa_pair(notice),
        qa_min_pairs=notice.qa_min_pairs,
    )


def _qa_pair(notice: NoticeRegister) -> re.Pattern[str]:
    # 「Q1.」「Q:」, or the mark and a space (「Q1 何が…」「A 当社の…」).
    separator = rf"\d*(?:\s*(?:{alternation(notice.qa_separators)})|[ \t]+)"
    return re.compile(
        rf"^[ \t]*(?:{alternation(notice.question_marks)}){separator}[^\n]*\n"
        rf"(?=[ \t]*(?:{alternation(notice.answer_marks)}){separator})",
        re.MULTILINE,
    )


def _consent(consent: ConsentSection) -> dict[str, Any]:
    return {
        "consent_cues": PhraseSet({"consent": consent.cues, "not_consent": consent.not_cues}),
        "consent_given": _one("given", consent.given),
        "consent_other_parties": _one("other", consent.other_parties),
        "consent_other_acts": _one("act", consent.other_acts),
        "spent": _one("spent", consent.spent),
        "consent_refused_if_insurer": _one("refused", consent.refused_if_insurer),
        "consent_insurer": _one("insurer", consent.insurer),
        "consent_refused": _one("refused", consent.refused),
        "consent_missing": _one("missing", consent.missing),
        "completed_lemmas": frozenset(consent.completed_lemmas),
        "completed_surfaces": frozenset(consent.completed_surfaces),
        "consent_not_yet": frozenset(consent.not_yet),
        "consent_to_come": _one("to_come", consent.to_come),
        "consent_bare_given": frozenset(consent.bare_given),
        "consent_hedges": _one("hedge", consent.hedges),
        "consent_unspent": _one("unspent", consent.unspent),
        "consent_unpaid": _one("unpaid", consent.unpaid),
    }


def _costs(costs: CostsSection) -> dict[str, Any]:
    joiner, party = alternation(costs.count_joiners), alternation(costs.counted_parties)
    return {
        "cost_cues": PhraseSet(labelled(costs.cues)),
        "cost_loanwords": loanwords(labelled(costs.cues)),
        "correction": PhraseSet(labelled(costs.correction)),
        "joiners": frozenset(costs.joiners),
        # NFKC has made − and － into -.
        "minus": re.compile(rf"(?:{alternation(costs.minus)})\s*$"),
        "retracted": re.compile(rf"\s*(?:{alternation(costs.retracted)})"),
        "superseded": re.compile(rf"\s*(?:{alternation(costs.superseded)})"),
        "changed_into": re.compile(rf"\s*(?:{alternation(costs.changed_into)})\s*"),
        "quoted_by": re.compile(rf"\s*(?:{alternation(costs.quoted_by)})\s*"),
        # 「個人1,000円、法人3万円で検討中」: only an option being weighed.
        "considered": re.compile(rf"\s*(?:{alternation(costs.considered)})"),
        # 「1通あたり郵送費140円」: a unit mark, or none, then at most a short word.
        "unit_mark": re.compile(rf"^\s*(?:{alternation(costs.unit_marks)})?[^\d、。,]{{0,4}}$"),
        "everyone": re.compile(rf"^[^、。]{{0,12}}(?:{alternation(costs.everyone)})"),
        "separate_item": re.compile(rf"\s*(?:{alternation(costs.separate_items)})"),
        "qualified_heads": frozenset(costs.qualified_heads),
        # 「500円を2,000名に」「(500円)を個人1,000名に」
        # 「500円のQUOカードを会員3,900名に」: the gift the price buys, between them.
        "following_count": re.compile(
            rf"[\s)）]*(?:の(?:{alternation(costs.gifts)}))?(?:{joiner})?\s*(?:{party})?\s*"
        ),
    }


def _questions(questions: QuestionsSection) -> dict[str, Any]:
    return {
        "question_markers": _one("asks", questions.markers),
        "question_particles": frozenset(questions.final_particles),
        "question_auxiliaries": frozenset(questions.final_auxiliaries),
        "clause_finals": frozenset(questions.clause_finals),
        "softening_finals": frozenset(questions.softening_finals),
        "interrogatives": frozenset(questions.interrogatives),
        "formal_nouns": frozenset(questions.formal_nouns),
        "question_order": tuple(questions.order),
        "question_topics": PhraseSet(labelled(questions.topics)),
        "question_topic_readings": readings(labelled(questions.topics)),
        "hypothetical": _one("hypothetical", questions.hypothetical),
        "hypothetical_surfaces": frozenset(questions.hypothetical_surfaces),
        "asking_how": _one("how", questions.asking_how),
        "nothing_at_all": re.compile(alternation(questions.nothing_at_all)),
    }


def _answers(answers: AnswersSection) -> dict[str, Any]:
    pairs = tuple(answers.contractions.items())

    def written_out(word: str) -> str:
        for short, full in pairs:
            word = word.replace(short, full)
        return word.lower()

    names = ("yes", "no", "not_yet", "unknown")
    hedges = alternation(answers.hedges)
    return {
        "answers": {
            name: frozenset(written_out(word) for word in getattr(answers, name)) for name in names
        },
        # 「うーん、いいえです」 is 「いいえ」.
        "answer_fillers": re.compile(
            rf"^(?:{alternation(answers.fillers)})+|(?:{alternation(answers.endings)})+$"
        ),
        "answer_hedges": re.compile(rf"^(?:{hedges})+|(?:{hedges})+$"),
        "answer_contractions": pairs,
        "answer_knowing": frozenset(answers.knowing),
        "answer_longest": answers.longest,
    }
