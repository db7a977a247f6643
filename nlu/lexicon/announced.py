"""The words of the announcement ([announced], with a notice's register) and consent ([consent])."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from nlu.kana_words import Readings, readings
from nlu.lexicon.labels import one
from nlu.lexicon_file import AnnouncedSection, ConsentSection, NoticeRegister
from nlu.patterns import alternation
from nlu.phrases import PhraseSet


@dataclass(frozen=True)
class NoticeRules:
    """The limits and patterns `nlu.notice_register.notice_score` weighs a notice's register by
    (config [announced.notice])."""

    min_chars: int
    heading_min_chars: int
    introduction_max_chars: int
    min_score: int
    named_min_score: int
    named_min_families: int
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
    introduction_roles: frozenset[str]
    weak_chat_points: int
    self_prefixes: frozenset[str]
    reader_suffixes: frozenset[str]
    qa_pair: re.Pattern[str]
    """A question line of a Q&A (「Q1. 何が起きたのですか。」) and the answer line after it."""
    qa_min_pairs: int


@dataclass(frozen=True)
class AnnouncedWords:
    """What says the incident was or was not made public, and a notice's register."""

    announced_cues: PhraseSet
    announced_cue_readings: Readings
    """The cues' readings, for a cue typed in hiragana (「こうひょうはしないつもりです」)."""
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
    """Cues of a notice's written register, labelled by family (see `nlu.notice_register`)."""
    notice: NoticeRules


@dataclass(frozen=True)
class ConsentWords:
    """What says the insurer's consent was given, refused or is missing."""

    consent_cues: PhraseSet
    consent_cue_readings: Readings
    """The consent words' readings, for one typed in hiragana (「りょうかいをもらって」)."""
    consent_insurer: PhraseSet
    consent_insurer_readings: Readings
    """The insurer's names' readings (「ほけん会社」)."""
    consent_refused: PhraseSet
    consent_missing: PhraseSet
    consent_refused_if_insurer: PhraseSet
    consent_given: PhraseSet
    consent_other_parties: PhraseSet
    consent_other_acts: PhraseSet
    consent_described_persons: frozenset[str]
    """「方」「人」: a person a clause describes (「受信された方」), someone outside."""
    spent: PhraseSet
    consent_not_yet: frozenset[str]
    spent_not_yet: frozenset[str]
    spent_held: frozenset[str]
    """Lemmas in the spending word's clause that hold it off (「発注は止めています」)."""
    consent_to_come: PhraseSet
    """「これから」: consent still to come, said in the cue's sentence."""
    consent_restated: PhraseSet
    """「訂正」「の誤り」: a message that corrects an amount restates it, spent or not."""
    """Lemmas that alone, right after the cue, say it is not obtained yet (「同意：未」)."""
    consent_bare_given: frozenset[str]
    """Values right after the cue that say it is given (「同意OK」「同意yes」)."""
    consent_hedges: PhraseSet
    consent_unspent: PhraseSet
    consent_unpaid: PhraseSet
    spending_nouns: PhraseSet
    """「契約」「依頼」: spending named as a noun; said to be not yet, nothing was spent."""
    completed_lemmas: frozenset[str]
    completed_surfaces: frozenset[str]


def announced_words(announced: AnnouncedSection) -> dict[str, Any]:
    """The compiled [announced]."""
    return {
        "announced_cues": PhraseSet(
            {"announced": announced.cues, "not_announced": announced.not_cues}
        ),
        "announced_cue_readings": readings({"announced": announced.cues}),
        "announced_done": one("done", announced.done),
        "announced_posted": one("posted", announced.posted),
        "announced_events": one("event", announced.events),
        "notice_voice": one("notice", announced.notice_voice),
        "private_notice": one("private", announced.private_notice),
        "entrusted_by_reader": one("entrusted", announced.entrusted_by_reader),
        "announced_moments": one("moment", announced.moments),
        "announcing_verbs": frozenset(announced.verbs),
        "posting_verbs": frozenset(announced.posting_verbs),
        "announce_deliberating": frozenset(announced.deliberating),
        "deliberated_done": frozenset(announced.deliberated_done),
        "quoting_verbs": frozenset(announced.quoting_verbs),
        "conceding": frozenset(announced.conceding),
        "public_telling": frozenset(announced.public_telling),
        "press_reply": one("reply", announced.press_reply),
        "announced_places": one("place", announced.places),
        "site_notices": one("notice", announced.site_notices),
        "site_telling": one("told", announced.site_telling),
        "told_by": one("source", announced.told_by),
        "notice_register": PhraseSet(
            {
                "self": announced.register_self,
                "document": announced.register_document,
                "reader": announced.register_reader,
                "formal": announced.register_formal,
                "response": announced.register_response,
                "request": announced.register_request,
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
    ends = alternation(notice.heading_ends)
    note = rf"\s*[(【][^\n)】]{{0,{notice.heading_note_max_chars}}}[)】]"
    return NoticeRules(
        min_chars=notice.min_chars,
        heading_min_chars=notice.heading_min_chars,
        introduction_max_chars=notice.introduction_max_chars,
        min_score=notice.min_score,
        named_min_score=notice.named_min_score,
        named_min_families=notice.named_min_families,
        family_max_points=notice.family_max_points,
        full_date_points=notice.full_date_points,
        heading_points=notice.heading_points,
        heading=re.compile(
            rf"\A\s*(?:(?P<name>[^\n。]{{2,{notice.heading_name_max_chars}}})\n\s*)?"
            rf"(?:[^\n]{{2,{notice.heading_max_chars}}}(?:{ends})(?:{note})?[ \t]*\n"
            # A notice pasted as one line keeps its title set off by a space (NFKC made the
            # ideographic space one): a title with no space or 。 of its own, then the body.
            rf"|[^\n。 ]{{2,{notice.heading_max_chars}}}(?:{ends})(?:{note})?[ \t]+(?=\S))"
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
        introduction_roles=frozenset(notice.introduction_roles),
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


def consent_words(consent: ConsentSection) -> dict[str, Any]:
    """The compiled [consent]."""
    return {
        "consent_cues": PhraseSet({"consent": consent.cues, "not_consent": consent.not_cues}),
        "consent_cue_readings": readings({"consent": consent.cues}),
        "consent_insurer_readings": readings({"insurer": consent.insurer}),
        "consent_given": one("given", consent.given),
        "consent_other_parties": one("other", consent.other_parties),
        "consent_other_acts": one("act", consent.other_acts),
        "consent_described_persons": frozenset(consent.described_persons),
        "spent": one("spent", consent.spent),
        "consent_refused_if_insurer": one("refused", consent.refused_if_insurer),
        "consent_insurer": one("insurer", consent.insurer),
        "consent_refused": one("refused", consent.refused),
        "consent_missing": one("missing", consent.missing),
        "completed_lemmas": frozenset(consent.completed_lemmas),
        "completed_surfaces": frozenset(consent.completed_surfaces),
        "consent_not_yet": frozenset(consent.not_yet),
        "spent_not_yet": frozenset(consent.spent_not_yet),
        "spent_held": frozenset(consent.spent_held),
        "consent_to_come": one("to_come", consent.to_come),
        "consent_restated": one("restated", consent.restated),
        "consent_bare_given": frozenset(consent.bare_given),
        "consent_hedges": one("hedge", consent.hedges),
        "consent_unspent": one("unspent", consent.unspent),
        "consent_unpaid": one("unpaid", consent.unpaid),
        "spending_nouns": one("order", consent.orders),
    }
