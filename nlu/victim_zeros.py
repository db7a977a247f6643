"""A group of victims said to be none (「個人のお客様はいませんでした」「法人 なし」): a count of
0, read only beside a count of the other group. Words in `config/nlu_victim_zeros.toml`."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.patterns import alternation

FILE: Final = "nlu_victim_zeros.toml"

# What ends the item a word for none closes: the 0 of 「0社」 is not the start of 「0社中」.
_ITEM_END = r"(?=$|[\s、。,/)）・]|です|でした)"


class ZerosFile(config.Schema):
    """`config/nlu_victim_zeros.toml`."""

    individuals: NonEmptyWords
    corporations: NonEmptyWords
    between: NonEmptyWords
    none: NonEmptyWords


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    file = config.load(FILE, ZerosFile)
    between = rf"(?:\s|{alternation(file.between)})*"
    none = rf"(?:{alternation(file.none)}){_ITEM_END}"
    return {
        kind: re.compile(rf"(?<![ぁ-んァ-ヶ一-龠])(?:{alternation(words)}){between}{none}")
        for kind, words in (
            ("individuals", file.individuals),
            ("corporations", file.corporations),
        )
    }


def said_none(text: str, kind: str) -> bool:
    """Whether `text` says there are no victims of `kind` (individuals or corporations)."""
    return _patterns()[kind].search(text) is not None
