"""Text as it may come from Slack or a terminal, made safe to read, store and echo."""

from __future__ import annotations

import re
from functools import cache

import config
from config.types import NonEmptyWords
from nlu.normalize import normalize

# A surrogate in a Python str is always a lone one (pairs decode to one code point); it
# cannot be encoded to UTF-8, so it would break saving and every reply that echoes it.
# Control characters other than tab and newlines carry nothing a person wrote.
_ODD = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")


def clean_text(text: str) -> str:
    """`text` without lone surrogates and control characters (tab and newlines stay)."""
    return _ODD.sub("", text)


class _Words(config.Schema):
    thanks: NonEmptyWords
    # Characters a thanks may carry around it (「ありがとうございます！」「助かりました🙏」).
    trim: str
    trouble: NonEmptyWords
    found_again: NonEmptyWords
    found_denied: NonEmptyWords
    under_way: NonEmptyWords


@cache
def _words() -> _Words:
    return config.load("conversation.toml", _Words)


def is_thanks(text: str) -> bool:
    """Whether the message is only a thanks (then a short acknowledgement is the reply)."""
    words = _words()
    core = re.sub(r":[a-z0-9_+-]+:", "", text).strip(words.trim + " \n\t")
    return any(
        core == word or (core.startswith(word) and len(core) <= len(word) + 6)
        for word in words.thanks
    )


def speaks_of_trouble(text: str) -> bool:
    """Whether the message says something went wrong (「やられた」「サイトが落ちてる」),
    whatever the NLU read from it."""
    return _says(normalize(text).lower(), _words().trouble)


def speaks_of_finding(text: str) -> bool:
    """Whether the message says a lost thing turned up (「あ、ありました！カバンの底に」),
    and not that it is still missing (「まだ見つかりません」)."""
    said = normalize(text).lower()
    words = _words()
    return not _says(said, words.found_denied) and _says(said, words.found_again)


def speaks_of_work_under_way(text: str) -> bool:
    """Whether the message says a check or an answer is still to come (「情シスが確認中です」),
    whatever the NLU read from it."""
    return _says(normalize(text).lower(), _words().under_way)


def _says(said: str, words: list[str]) -> bool:
    """Whether the normalised, lower-cased `said` holds one of `words`, in any case."""
    return any(word.lower() in said for word in words)
