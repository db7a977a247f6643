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
        answer = lines[i + 1].strip()
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
        rest = head[len(word) :]
        while rest := rest.strip():
            step = next((t for t in words.trailing if rest.startswith(t)), None)
            if step is None:
                break
            rest = rest[len(step) :]
        if not rest:
            return Detection.SELF
    return None


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
