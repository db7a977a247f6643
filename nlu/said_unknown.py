"""A fact named and said to be unknown in one clause: 「人数はまだ不明」「何人分かはわかんない」
「費用は未定」「同意したかは確認中」.

The bare answer 「わかんない」 settles only the question last asked; said with the fact's
name it settles that fact whatever was asked. Words in `config/nlu_said_unknown.toml`. The
clause's rest after the name must be a bare "unknown" answer (`nlu.bare_answers`), so a
clause that states a value (「件数は300件」) or says something else (「誰も知らない」) is none,
and a question (「人数わからないとまずい？」) states nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Set
from dataclasses import dataclass
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords, Words
from coverage import Fact
from nlu.bare_answers import read_answer
from nlu.doc import Doc
from nlu.intent import asking_sentences
from nlu.lexicon import Lexicon

FILE: Final = "nlu_said_unknown.toml"
# A number of no kind (件数): the individuals' where personal data is spoken of.
COUNT: Final = "count"
_LABELS: Final = (
    Fact.INDIVIDUALS,
    Fact.CORPORATIONS,
    COUNT,
    Fact.COSTS,
    Fact.DETECTION,
    Fact.UNAUTHORIZED_ACCESS,
    Fact.CONSENT,
)
_DIGIT: Final = re.compile(r"[0-9]")
_COMMAS: Final = "、,， "


class _Topics(config.Schema):
    individuals: NonEmptyWords
    corporations: NonEmptyWords
    count: NonEmptyWords
    costs: NonEmptyWords
    detection: NonEmptyWords
    unauthorized_access: NonEmptyWords
    consent: NonEmptyWords


class _Settings(config.Schema):
    question_span: int
    particles: NonEmptyWords
    question_particles: NonEmptyWords
    costs_pending: Words


class SaidUnknownFile(config.Schema):
    """`config/nlu_said_unknown.toml`."""

    nouns: _Topics
    questions: _Topics
    settings: _Settings


@dataclass(frozen=True)
class _Topic:
    words: str
    label: str
    question: bool


@cache
def _file() -> SaidUnknownFile:
    return config.load(FILE, SaidUnknownFile)


@cache
def _topics() -> tuple[_Topic, ...]:
    """Every topic, longest first: 「何人分」 before 「何人」, 「対象件数」 before 「数」."""
    file = _file()
    found = [
        _Topic(words, label, question)
        for question, table in ((False, file.nouns), (True, file.questions))
        for label in _LABELS
        for words in getattr(table, label)
    ]
    return tuple(sorted(found, key=lambda t: -len(t.words)))


def named_unknown(
    doc: Doc, lex: Lexicon, stated: Set[str], *, personal: bool
) -> tuple[frozenset[str], bool]:
    """The facts the message names and says are unknown, none it states a value of; and
    whether it says so of a count of no kind it cannot place (no personal data in it).

    Args:
        stated: The facts the message states a value of (a count, an amount …).
        personal: Whether the message speaks of personal data, whose count 件数 is.
    """
    labels = said_unknown_topics(doc, lex)
    facts = {label for label in labels if label != COUNT}
    count = COUNT in labels and not facts & {Fact.INDIVIDUALS, Fact.CORPORATIONS}
    if count and personal:
        facts.add(Fact.INDIVIDUALS)
    if {Fact.INDIVIDUALS, Fact.CORPORATIONS} & stated:
        # 「原因は不明だが、顧客300名分」: a count stated is no count unknown.
        facts -= {Fact.INDIVIDUALS, Fact.CORPORATIONS}
        count = False
    return frozenset(facts - stated), count and not personal


def said_unknown_topics(doc: Doc, lex: Lexicon) -> frozenset[str]:
    """The facts (and `COUNT`) the message names and says are unknown."""
    asking = asking_sentences(doc, lex)
    said: set[str] = set()
    for label, rest, sentence in _named(doc):
        if sentence in asking or _DIGIT.search(rest):
            continue
        if read_answer(rest, lex) == "unknown" or (
            label == Fact.COSTS and _written_out(rest, lex) in _pending()
        ):
            said.add(label)
    return frozenset(said)


@cache
def _by_first_character() -> dict[str, tuple[_Topic, ...]]:
    """The topics by their first character, each list longest first like `_topics`: a
    token is tried only against the topics that can start there."""
    table: dict[str, list[_Topic]] = {}
    for topic in _topics():
        table.setdefault(topic.words[0], []).append(topic)
    return {first: tuple(topics) for first, topics in table.items()}


@cache
def _first_characters() -> re.Pattern[str]:
    """Any character a topic starts with."""
    return re.compile("[" + "".join(map(re.escape, _by_first_character())) + "]")


def _named(doc: Doc) -> Iterator[tuple[str, str, int]]:
    """(label, the words after the topic, sentence) for each topic at a clause's head."""
    text, starts, ends = doc.text, doc.starts, doc.ends
    table = _by_first_character()
    boundaries: set[int] | None = None
    # The places a topic can start, found at C speed: most tokens start none, and a
    # message with no such character (one in six of the labelled set) is done at once.
    for head in _first_characters().finditer(text):
        at = head.start()
        i = bisect_left(starts, at)
        if i == len(starts) or starts[i] != at:
            continue  # inside a token: a topic starts where a token does
        for topic in table[text[at]]:
            if not text.startswith(topic.words, at):
                continue
            end = at + len(topic.words)
            if boundaries is None:
                boundaries = set(starts) | set(ends)
            if end not in boundaries:
                continue
            clause_first = doc.clause_start(i)
            if _DIGIT.search(text[starts[clause_first] : at]):
                break  # 「300名のうち何人分か」: a count stated first
            past = doc.clause_end(i)
            clause_end = ends[past - 1]
            # 「人数は、まだ不明」: the rest may be the next clause of the sentence.
            sentence_end = ends[doc.sentence_span(i)[1] - 1]
            after = text[end:clause_end].rstrip(_COMMAS)
            for rest in _rests(after, topic):
                if not rest and clause_end < sentence_end:
                    rest = text[clause_end : ends[doc.clause_end(past) - 1]]
                yield topic.label, rest.strip(_COMMAS), doc.sentence_of[i]
            break


def _rests(after: str, topic: _Topic) -> Iterator[str]:
    """What may follow the topic's particle (or its か) as the clause's predicate."""
    settings = _file().settings
    if not topic.question:
        yield after
        yield from (after[len(p) :] for p in settings.particles if after.startswith(p))
        return
    for k in range(min(len(after), settings.question_span + 1)):
        if after[k] != "か":
            continue
        tail = after[k + 1 :]
        yield tail
        yield from (tail[len(p) :] for p in settings.question_particles if tail.startswith(p))


def _written_out(text: str, lex: Lexicon) -> str:
    text = re.sub(r"[\s。、.!！]+$", "", text.lower())
    for short, full in lex.answer_contractions:
        text = text.replace(short, full)
    return re.sub(r"(?:です|だ|ですね|っす)$", "", text)


@cache
def _pending() -> frozenset[str]:
    return frozenset(_file().settings.costs_pending)
