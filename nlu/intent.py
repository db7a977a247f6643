"""What a message asks for, and whether it is a bare answer to the last question."""

from __future__ import annotations

import re

from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.reading import Answer, Intent

_TRIM = re.compile(r"[\s。、.,!?！？…ー〜~]+")
_READABLE = re.compile(r"[0-9A-Za-z\u3040-\u30ff\u3400-\u9fff]")


def read_answer(text: str, lex: Lexicon) -> Answer | None:
    """「はい」「いいえ」「わからない」 alone (maybe with です) answer the last question."""
    core = _TRIM.sub("", text).lower()
    fillers = lex.answer_fillers
    for candidate in (core, fillers.sub("", core), fillers.sub("", fillers.sub("", core))):
        if not candidate:
            continue
        names: tuple[Answer, ...] = ("unknown", "no", "yes")
        for name in names:
            if candidate in lex.answers[name]:
                return name
    return None


def is_readable(text: str) -> bool:
    """Whether `text` holds any letter, kana, kanji or digit (not only emoji or punctuation)."""
    return _READABLE.search(text) is not None


def read_intent(doc: Doc, lex: Lexicon, answer: Answer | None) -> Intent:
    """The first configured intent whose phrase appears; a bare answer; else a report."""
    if not is_readable(doc.text):
        return Intent.HELP  # only emoji or punctuation: show what the bot can do
    labels = {m.label for m in lex.intents.find(doc)}
    for name in lex.intent_order:
        if name in labels:
            return Intent(name)
    if answer is not None:
        return Intent.ANSWER
    return Intent.REPORT
