"""The shape of [intents], [answers] and [questions]: what a message asks or answers."""

from __future__ import annotations

from typing import Final

from pydantic import Field, PositiveInt, field_validator

import config
from config.types import NonEmptyWords, Words

INTENTS: Final = ("reset", "escalate", "contacts", "help", "estimate", "guidance")

# The topics a question can be about (`nlu.reading.QuestionTopic`; a test holds the two
# in step).
QUESTION_TOPICS: Final = (
    "power_off",
    "ransom",
    "police",
    "ppc_report",
    "apology",
    "vendor_choice",
    "consent",
    "evidence",
    "announce",
    "deadline",
    "coverage",
    "next",
    "recipient_deleted",
    "insurer",
    "restore",
    "internal_report",
    "av_scan",
    "hush",
)


class IntentsSection(config.Schema):
    order: list[str]
    reset: Words
    escalate: Words
    contacts: Words
    help: Words
    estimate: Words
    guidance: Words
    guidance_unless_topic: Words
    guidance_alone: Words
    guidance_alone_endings: Words
    reset_alone: Words
    estimate_alone: Words
    contacts_alone: Words
    reset_alone_endings: Words

    @field_validator("order")
    @classmethod
    def _every_intent_once(cls, order: list[str]) -> list[str]:
        # An intent left out would never be read; one listed twice hides a typo.
        if sorted(order) != sorted(INTENTS):
            raise ValueError(f"must list exactly {', '.join(INTENTS)}")
        return order


class AnswersSection(config.Schema):
    yes: Words
    no: Words
    not_yet: Words
    unknown: Words
    hedges: Words
    fillers: NonEmptyWords
    endings: NonEmptyWords
    contractions: dict[str, str]
    knowing: Words
    happenings: Words
    longest: PositiveInt


class QuestionTopicWords(config.Schema):
    """Topic words by `QuestionTopic` value; every topic has its words."""

    power_off: NonEmptyWords
    ransom: NonEmptyWords
    police: NonEmptyWords
    ppc_report: NonEmptyWords
    apology: NonEmptyWords
    vendor_choice: NonEmptyWords
    consent: NonEmptyWords
    evidence: NonEmptyWords
    announce: NonEmptyWords
    deadline: NonEmptyWords
    coverage: NonEmptyWords
    next: NonEmptyWords
    insurer: NonEmptyWords
    restore: NonEmptyWords
    av_scan: NonEmptyWords
    hush: NonEmptyWords
    # Said mostly as a party and its act (config/nlu_topic_pairs.toml: 「上司には報告すべき？」).
    internal_report: Words = Field(default_factory=list)
    # Read from its pairs (config/nlu_topic_pairs.toml); phrases of its own are optional.
    recipient_deleted: Words = Field(default_factory=list)


class QuestionsSection(config.Schema):
    markers: NonEmptyWords
    final_particles: Words
    final_auxiliaries: Words
    clause_finals: Words
    softening_finals: Words
    interrogatives: Words
    formal_nouns: Words
    order: list[str]
    hypothetical: Words
    hypothetical_surfaces: Words
    supposing: Words
    supposing_surfaces: Words
    supposing_openers: Words
    supposing_closers: Words
    doubting_adverbs: Words
    regret_finals: Words
    met_endings: Words
    asking_how: Words
    # A required part of its pattern: empty, it would match anywhere.
    nothing_at_all: NonEmptyWords
    topics: QuestionTopicWords

    @field_validator("order")
    @classmethod
    def _every_topic_once(cls, order: list[str]) -> list[str]:
        if sorted(order) != sorted(QUESTION_TOPICS):
            raise ValueError(f"must list exactly {', '.join(QUESTION_TOPICS)}")
        return order
