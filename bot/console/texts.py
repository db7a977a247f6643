"""The console's own words, from `config/console.toml`."""

from __future__ import annotations

from functools import cache

import config
from config.types import NonEmptyWords, Text


class ConsoleTexts(config.Schema):
    """The prompt, how to leave, and why `cyberbot run` opened the console."""

    prompt: str
    quit_hint: Text
    quit_words: NonEmptyWords
    card_words: NonEmptyWords
    breakdown_words: NonEmptyWords
    done_words: NonEmptyWords
    take_words: NonEmptyWords
    reopen_words: NonEmptyWords
    no_such_step: Text
    no_slack: Text


@cache
def console_texts() -> ConsoleTexts:
    """Load `config/console.toml` once, checking every key."""
    return config.load("console.toml", ConsoleTexts)
