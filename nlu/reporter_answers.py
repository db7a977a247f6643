"""A bare answer to a quoted question about who found it (`detection`): 「> 最初に気づいた
のは誰ですか？」 answered 「保護者さん」. Words in `config/nlu_reporter_answers.toml`."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import make_doc
from nlu.lexicon import Lexicon
from nlu.reporter_kinds import CATEGORY

FILE: Final = "nlu_reporter_answers.toml"
_QUOTE: Final = re.compile(r"^\s*>\s?(.*)$")


class AnswersFile(config.Schema):
    """`config/nlu_reporter_answers.toml`."""

    questions: NonEmptyWords
    trailing: NonEmptyWords
    ourselves: NonEmptyWords
    clause_ends: NonEmptyWords


@cache
def _words() -> AnswersFile:
    return config.load(FILE, AnswersFile)


def answered_finder(text: str, lex: Lexicon) -> Detection | None:
    """The outsider a bare answer names, under a quoted question about who found it.

    Only an answer that is the party's name alone (「保護者さん」「取引先です」) counts: a
    sentence is read as any other statement, and 「わからない」 names nobody.
    """
    words = _words()
    lines = text.split("\n")
    found = None
    for i, line in enumerate(lines[:-1]):
        quoted = _QUOTE.match(line)
        if not quoted or not any(q in quoted.group(1) for q in words.questions):
            continue
        answer = _past_when(lines[i + 1].strip(), lex)
        if not answer or _QUOTE.match(answer):
            continue
        kind = _named_alone(answer, lex, tuple(words.trailing)) or _ourselves(answer, words)
        if kind is not None:
            found = kind
    return found


def _ourselves(answer: str, words: AnswersFile) -> Detection | None:
    """「自分です、朝イチで開いたら。」「うちです」: the answer's first clause names the writer
    or the company alone, so we found it ourselves; what follows only tells how."""
    cut = min((at for end in words.clause_ends if (at := answer.find(end)) >= 0), default=None)
    head = answer if cut is None else answer[:cut]
    for word in words.ourselves:
        if not head.startswith(word):
            continue
        rest = _past_gloss(head[len(word) :])
        while rest := rest.strip():
            step = next((t for t in words.trailing if rest.startswith(t)), None)
            if step is None:
                break
            rest = rest[len(step) :]
        if not rest:
            return Detection.SELF
    return None


# Around a gloss of who the writer is (「自分(総務)です」), as normalised (NFKC).
_GLOSS_OPEN: Final = "("
_GLOSS_CLOSE: Final = ")"
# What a when-clause holds beside time words and numbers (「今朝8時半頃、」「昨日の夜、」).
_WHEN_PARTS: Final = frozenset({"の", "に", "頃", "ごろ", "半", "過ぎ"})


def _past_gloss(rest: str) -> str:
    """「(総務)です」: past a gloss in brackets right after the word, which says who we are."""
    stripped = rest.lstrip()
    if stripped.startswith(_GLOSS_OPEN) and _GLOSS_CLOSE in stripped:
        return stripped[stripped.index(_GLOSS_CLOSE) + 1 :]
    return rest


def _past_when(answer: str, lex: Lexicon) -> str:
    """「今朝、自分(総務)です」: past a first clause saying only when, as a question asking
    when and who (「いつ、誰が気づきましたか？」) is answered; the rest says who."""
    head, comma, rest = answer.partition("、")
    if not comma or not rest.strip():
        return answer
    tokens = make_doc(head).tokens
    when = bool(tokens) and all(
        t.lemma in lex.time_words or t.pos2 == "数詞" or t.surface in _WHEN_PARTS for t in tokens
    )
    return rest.strip() if when else answer


def _named_alone(answer: str, lex: Lexicon, trailing: tuple[str, ...]) -> Detection | None:
    """The category of the one outsider `answer` names, when nothing but `trailing` follows."""
    doc = make_doc(answer)
    named = [r for r in lex.reporters.find(doc) if r.label in CATEGORY]
    if len(named) != 1 or named[0].start != 0:
        return None
    rest = doc.text[doc.ends[named[0].end - 1] :]
    while rest := rest.strip():
        step = next((t for t in trailing if rest.startswith(t)), None)
        if step is None:
            return None
        rest = rest[len(step) :]
    return CATEGORY[named[0].label]
