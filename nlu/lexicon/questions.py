"""The words of what a message asks or answers: [intents], [answers] and [questions]."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from nlu.kana_words import Readings, readings
from nlu.lexicon.labels import one
from nlu.lexicon_file import INTENTS, AnswersSection, IntentsSection, QuestionsSection, labelled
from nlu.normalize import normalize
from nlu.patterns import alternation
from nlu.phrases import PhraseSet

# How far a written opener (「仮に」) may stand before the conditional that closes it.
_SUPPOSED_CHARS = 40


@dataclass(frozen=True)
class IntentWords:
    """What a user asks the bot to do (reset, escalate …), in the order tried."""

    intent_order: tuple[str, ...]
    intents: PhraseSet
    guidance_unless_topic: PhraseSet
    """Asking what to do only when no topic is asked about (「どうすればいい？」)."""
    guidance_alone: frozenset[str]
    """The whole message, less one of `guidance_alone_endings`: it asks for the steps."""
    reset_alone: frozenset[str]
    """The whole message, less one of `reset_alone_endings`: it asks to start over."""
    estimate_alone: frozenset[str]
    """The whole message, less one of `guidance_alone_endings`: it asks for the estimate."""
    contacts_alone: frozenset[str]
    """The whole message, less one of `guidance_alone_endings`: it asks for the contacts."""


@dataclass(frozen=True)
class AnswerWords:
    """Bare answers (はい, まだ, わからない) and what may surround them."""

    answers: dict[str, frozenset[str]]
    """The bare answers by name, their contractions written out."""
    answer_fillers: re.Pattern[str]
    """Fillers before a bare answer, or an ending after it, to remove."""
    answer_hedges: re.Pattern[str]
    """A guess before or after a bare answer."""
    answer_contractions: tuple[tuple[str, str], ...]
    answer_knowing: frozenset[str]
    """Lemmas of verbs of knowing: 「〜ていない」 of these is "I don't know"."""
    answer_happenings: frozenset[str]
    """Lemmas of verbs of the incident's course: 「〜ていない」 of these answers no question."""
    answer_longest: int
    """Characters beyond which a message is more than a bare answer."""


@dataclass(frozen=True)
class QuestionWords:
    """What makes a message a question, and the topics it can be about."""

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
    supposing: re.Pattern[str]
    """Wishes, regrets and suppositions, which state nothing in a statement either."""
    supposing_surfaces: frozenset[str]
    supposing_opened: re.Pattern[str]
    """「仮に…として」: an opener written, closed by a conditional within the sentence."""
    doubting_adverbs: re.Pattern[str]
    """Adverbs of doubt that hold a supposition's letters (もしかしたら, ひょっとしたら)."""
    regret_finals: tuple[str, ...]
    met_endings: tuple[str, ...]
    """Endings of a clause after 「たら」 that tell what was met (「出てて」): no supposition."""
    asking_how: PhraseSet
    nothing_at_all: re.Pattern[str]
    """An idiom at an amount's start that makes it no amount (「1円も出ない」)."""


def intent_words(intents: IntentsSection) -> dict[str, Any]:
    """The compiled [intents]."""
    return {
        "intent_order": tuple(intents.order),
        "intents": PhraseSet({name: getattr(intents, name) for name in INTENTS}),
        "guidance_unless_topic": one("guidance", intents.guidance_unless_topic),
        "guidance_alone": frozenset(
            normalize(word + ending).casefold()
            for word in intents.guidance_alone
            for ending in ("", *intents.guidance_alone_endings)
        ),
        "estimate_alone": frozenset(
            normalize(word + ending).casefold()
            for word in intents.estimate_alone
            for ending in ("", *intents.guidance_alone_endings)
        ),
        "contacts_alone": frozenset(
            normalize(word + ending).casefold()
            for word in intents.contacts_alone
            for ending in ("", *intents.guidance_alone_endings)
        ),
        "reset_alone": frozenset(
            normalize(word + ending).casefold()
            for word in intents.reset_alone
            for ending in ("", *intents.reset_alone_endings)
        ),
    }


def answer_words(answers: AnswersSection) -> dict[str, Any]:
    """The compiled [answers]."""
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
        "answer_happenings": frozenset(answers.happenings),
        "answer_longest": answers.longest,
    }


def question_words(questions: QuestionsSection) -> dict[str, Any]:
    """The compiled [questions]."""
    return {
        "question_markers": one("asks", questions.markers),
        "question_particles": frozenset(questions.final_particles),
        "question_auxiliaries": frozenset(questions.final_auxiliaries),
        "clause_finals": frozenset(questions.clause_finals),
        "softening_finals": frozenset(questions.softening_finals),
        "interrogatives": frozenset(questions.interrogatives),
        "formal_nouns": frozenset(questions.formal_nouns),
        "question_order": tuple(questions.order),
        "question_topics": PhraseSet(labelled(questions.topics)),
        "question_topic_readings": readings(labelled(questions.topics)),
        "hypothetical": one("hypothetical", questions.hypothetical),
        "hypothetical_surfaces": frozenset(questions.hypothetical_surfaces),
        # 「ログインしようとしたら」: a volitional う before と is an attempt that was made
        # (when I tried to), no supposition.
        "supposing": re.compile(rf"(?<!う)(?:{alternation(questions.supposing)})"),
        "supposing_surfaces": frozenset(questions.supposing_surfaces),
        "supposing_opened": re.compile(
            rf"(?:{alternation(questions.supposing_openers)})"
            rf"[^。！？!?\n]{{0,{_SUPPOSED_CHARS}}}?(?:{alternation(questions.supposing_closers)})"
        ),
        "doubting_adverbs": re.compile(alternation(questions.doubting_adverbs)),
        "regret_finals": tuple(questions.regret_finals),
        "met_endings": tuple(questions.met_endings),
        "asking_how": one("how", questions.asking_how),
        "nothing_at_all": re.compile(alternation(questions.nothing_at_all)),
    }
