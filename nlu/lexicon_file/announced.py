"""The shape of [announced] (with a notice's register) and [consent]."""

from __future__ import annotations

from pydantic import NonNegativeInt, PositiveInt

import config
from config.types import NonEmptyWords, Words


class NoticeRegister(config.Schema):
    """How `nlu.notice_register` weighs a notice's register into a score."""

    min_chars: NonNegativeInt
    heading_min_chars: NonNegativeInt
    introduction_max_chars: NonNegativeInt
    min_score: PositiveInt
    named_min_score: PositiveInt
    named_min_families: PositiveInt
    family_max_points: PositiveInt
    full_date_points: PositiveInt
    heading_points: PositiveInt
    heading_max_chars: PositiveInt
    heading_name_max_chars: NonNegativeInt
    heading_note_max_chars: NonNegativeInt
    # Each of these is a required part of its pattern: empty, it would match anywhere.
    heading_ends: NonEmptyWords
    eras: NonEmptyWords
    first_year: NonEmptyWords
    weekdays: NonEmptyWords
    clock_before: NonEmptyWords
    clock_after: NonEmptyWords
    list_numbers: NonEmptyWords
    list_bullets: NonEmptyWords
    plain_endings: Words
    polite_before: Words
    introduction_endings: Words
    introduction_verbs: Words
    introduction_roles: Words
    weak_chat_points: NonNegativeInt
    self_prefixes: Words
    reader_suffixes: Words
    question_marks: NonEmptyWords
    answer_marks: NonEmptyWords
    qa_separators: NonEmptyWords
    qa_min_pairs: PositiveInt


class AnnouncedSection(config.Schema):
    cues: Words
    not_cues: Words
    posted: Words
    events: Words
    moments: Words
    notice_voice: Words
    private_notice: Words
    entrusted_by_reader: Words
    done: Words
    verbs: Words
    posting_verbs: Words
    deliberating: Words
    deliberated_done: Words
    quoting_verbs: Words
    conceding: Words
    public_telling: Words
    press_reply: Words
    places: Words
    site_notices: Words
    site_telling: Words
    told_by: Words
    register_self: Words
    register_document: Words
    register_reader: Words
    register_formal: Words
    register_response: Words
    register_request: Words
    register_chat: Words
    register_chat_weak: Words
    register_chat_relayed: Words
    notice: NoticeRegister


class ConsentSection(config.Schema):
    cues: Words
    not_cues: Words
    given: Words
    insurer: Words
    other_parties: Words
    other_acts: Words
    described_persons: Words
    spent: Words
    refused: Words
    missing: Words
    refused_if_insurer: Words
    completed_lemmas: Words
    completed_surfaces: Words
    not_yet: Words
    spent_not_yet: Words
    spent_held: Words
    to_come: Words
    restated: Words
    bare_given: Words
    hedges: Words
    unspent: Words
    unpaid: Words
    orders: Words
