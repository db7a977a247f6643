"""Answer-base topics said in two parts with words between them: 「お客さん**には**知らせた
ほうがいい？」 (a notice to the persons), 「相手からは削除したと連絡がありました」 (the
recipient deleted a mis-sent mail). Words in `config/nlu_topic_pairs.toml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords, Words
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.lexicon_file.questions import QUESTION_TOPICS
from nlu.phrases import PhraseSet
from nlu.polarity import Polarity, polarity, scope_after
from nlu.reading import QuestionTopic

FILE: Final = "nlu_topic_pairs.toml"


class _Pair(config.Schema):
    topic: str
    told: bool
    parties: NonEmptyWords
    particles: Words
    acts: NonEmptyWords


class TopicPairsFile(config.Schema):
    """`config/nlu_topic_pairs.toml`."""

    honorifics: Words
    pairs: list[_Pair]


@dataclass(frozen=True)
class _Compiled:
    topic: QuestionTopic
    told: bool
    parties: PhraseSet
    particles: frozenset[str]
    acts: PhraseSet
    honorifics: frozenset[str]


@cache
def _pairs() -> tuple[_Compiled, ...]:
    file = config.load(FILE, TopicPairsFile)
    found = []
    for i, pair in enumerate(file.pairs):
        if pair.topic not in QUESTION_TOPICS:
            raise config.ConfigError(FILE, f"pairs[{i}].topic", f"{pair.topic!r} is no topic")
        found.append(
            _Compiled(
                QuestionTopic(pair.topic),
                pair.told,
                PhraseSet({"party": pair.parties}),
                frozenset(pair.particles),
                PhraseSet({"act": pair.acts}),
                frozenset(file.honorifics),
            )
        )
    return tuple(found)


def paired_topics(
    doc: Doc, lex: Lexicon, asking: set[int]
) -> tuple[frozenset[QuestionTopic], frozenset[QuestionTopic]]:
    """The topics of pairs in the sentences that ask (`asking`, by number), and those of
    `told` pairs in the others."""
    asked: set[QuestionTopic] = set()
    told: set[QuestionTopic] = set()
    for pair in _pairs():
        for sentence in _sentences_with(doc, pair, lex, asking):
            if sentence in asking:
                asked.add(pair.topic)
            elif pair.told:
                told.add(pair.topic)
    return frozenset(asked), frozenset(told)


def _sentences_with(doc: Doc, pair: _Compiled, lex: Lexicon, asking: set[int]) -> set[int]:
    tokens = doc.tokens
    parties: dict[int, int] = {}  # sentence → end of its first party
    for match in pair.parties.find(doc):
        after = match.end
        while after < len(tokens) and tokens[after].surface in pair.honorifics:
            after += 1
        following = tokens[after].lemma if after < len(tokens) else None
        if pair.particles and following not in pair.particles:
            continue
        parties.setdefault(doc.sentence_of[match.start], match.end)
    found = set()
    for act in pair.acts.find(doc):
        sentence = doc.sentence_of[act.start]
        if sentence not in parties or act.start < parties[sentence]:
            continue
        if sentence in asking:
            # 「お客さんに連絡しないといけない？」 asks about the notice all the same.
            found.add(sentence)
            continue
        # 「相手は削除していない」: an act denied is none done.
        scope = scope_after(doc, act.end, extend=False)
        if polarity(doc, *scope, lex, affirm_if=False) is Polarity.NEGATED:
            continue
        found.add(sentence)
    return found
