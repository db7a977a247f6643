"""How it came to light, said as its trigger (`detection`): 「誤公開が判明したのは…、来庁者が
写しを持っていたことがきっかけです」. A trigger that is none of ours supersedes a finding of
ours told before it (「担当職員が誤りに気づいて撤去したが、課内で共有されず」), which did not
bring the incident to the company's attention. Words in `config/nlu_reporter_trigger.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.phrases import PhraseSet

FILE: Final = "nlu_reporter_trigger.toml"


class TriggerFile(config.Schema):
    """`config/nlu_reporter_trigger.toml`."""

    triggers: NonEmptyWords
    revealing: NonEmptyWords
    ours: NonEmptyWords


class _Words(NamedTuple):
    triggers: frozenset[str]
    revealing: frozenset[str]
    ours: PhraseSet


@cache
def _words() -> _Words:
    file = config.load(FILE, TriggerFile)
    return _Words(
        frozenset(file.triggers), frozenset(file.revealing), PhraseSet({"ours": file.ours})
    )


def after_outside_trigger(
    doc: Doc, events: list[tuple[int, Detection]]
) -> list[tuple[int, Detection]]:
    """`events` without our own findings told before a sentence whose trigger of coming to
    light is none of ours."""
    words, tokens = _words(), doc.tokens
    for k, token in enumerate(tokens):
        if token.lemma not in words.triggers:
            continue
        first, last = doc.sentence_span(k)
        if not any(t.lemma in words.revealing for t in tokens[first:last]):
            continue
        if words.ours.contains(doc, first, last):
            continue
        return [(at, kind) for at, kind in events if kind is not Detection.SELF or at >= first]
    return events
