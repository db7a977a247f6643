"""Counts typed in hiragana (「２めいぶん」「ひとり500円」) rewritten with their kanji counter.

Typed on a phone without conversion, a counter comes out in kana and MeCab cuts it into
other words, so neither the count parser nor the per-person price sees it. The words are
in `config/nlu_normalize.toml` ([kana_counts]).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Annotated

from pydantic import Field

import config
from config.types import NonEmptyWords, Word
from nlu.patterns import alternation


class KanaCounts(config.Schema):
    """[kana_counts] of `nlu_normalize.toml`."""

    after_digit: Annotated[dict[Word, Word], Field(min_length=1)]
    not_before: NonEmptyWords
    persons: Annotated[dict[Word, Word], Field(min_length=1)]
    persons_before: NonEmptyWords
    shares: Annotated[dict[Word, Word], Field(min_length=1)]
    groups: Annotated[dict[Word, Word], Field(min_length=1)]


class KanaRewriter:
    """The compiled rewrite of one [kana_counts] table."""

    def __init__(self, table: KanaCounts) -> None:
        self._after_digit: Mapping[str, str] = dict(table.after_digit)
        self._persons: Mapping[str, str] = dict(table.persons)
        self._groups: Mapping[str, str] = dict(table.groups)
        self._shares: Mapping[str, str] = dict(table.shares)
        # 「３めいる」 is a mail, 「３しゃしん」 photos, not three persons or companies: a kana
        # counter ends before more kana of the same word.
        self._digit_pattern = re.compile(
            rf"(?<=[0-9])(?P<kana>{alternation(self._after_digit)})"
            rf"(?!{alternation(table.not_before)})"
        )
        self._person_pattern = re.compile(
            rf"(?P<kana>{alternation(self._persons)})"
            rf"(?=[0-9]|{alternation(table.persons_before)})"
        )
        # 「りようしゃさん ひとりぶんの ないよう」: one person's share, wherever it stands.
        self._share_pattern = re.compile(rf"(?P<kana>{alternation(self._shares)})")
        # 「こじん３００めい、ほうじん２しゃ」: the name of a group right before its number.
        self._group_pattern = re.compile(
            rf"(?<![ぁ-ゖ])(?P<kana>{alternation(self._groups)})(?= ?[0-9])"
        )

    def rewrite(self, text: str) -> str:
        text = self._digit_pattern.sub(lambda m: self._after_digit[m.group("kana")], text)
        text = self._group_pattern.sub(lambda m: self._groups[m.group("kana")], text)
        text = self._share_pattern.sub(lambda m: self._shares[m.group("kana")], text)
        return self._person_pattern.sub(lambda m: self._persons[m.group("kana")], text)
