"""A printed form's key with both of its values after it (「公表：未/済」): none chosen.

Words in `config/nlu_form_choices.toml`. A blank form pasted into a chat, or a template not
filled in, offers 未 and 済 side by side; reading the first or the last as the answer would
state what nobody said. A box ticked before one value (「公表：☑済 □未」) chooses it.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.patterns import alternation

FILE: Final = "nlu_form_choices.toml"
# A key of the next item is this many characters at most (「同意」「費用の内訳」).
_KEY_CHARS: Final = 10


class ChoicesFile(config.Schema):
    """`config/nlu_form_choices.toml`."""

    separators: NonEmptyWords
    chosen_marks: NonEmptyWords
    empty_marks: NonEmptyWords
    bullets: NonEmptyWords


class Choice(Enum):
    BLANK = "blank"  # both values printed, none chosen
    PRESENT = "present"  # 「☑済」
    ABSENT = "absent"  # 「☑未」


@cache
def _file() -> ChoicesFile:
    return config.load(FILE, ChoicesFile)


@cache
def _pattern(present: frozenset[str], absent: frozenset[str]) -> re.Pattern[str]:
    file = _file()
    marks = alternation([*file.chosen_marks, *file.empty_marks])
    value = alternation(sorted(present | absent, key=len, reverse=True))
    separator = "[" + "".join(re.escape(s) for s in file.separators) + "]"
    bullets = alternation(file.bullets)
    gap = rf"(?:[ 　]*{separator}[ 　]*|[ 　]+)"
    item = r"(?P<mark{n}>" + marks + r")?[ 　]*(?P<value{n}>" + value + ")"
    return re.compile(
        rf"[ 　]*[:：(（]?[ 　]*{item.format(n=1)}{gap}{item.format(n=2)}[ 　]*[)）]?"
        # The item ends there: the line or the sentence, an aside in brackets, or after a
        # space the next item (a key and its colon, or a bullet).
        rf"(?=$|[\n。、)）]|[ 　]*[(（]|[ 　]+(?:[^\s:：]{{1,{_KEY_CHARS}}}[:：]|{bullets}))",
    )


def form_choice(doc: Doc, cue_end: int, lex: Lexicon) -> Choice | None:
    """What the form says of the key ending at token `cue_end`, if its two values follow:
    BLANK when none is chosen, else the one a ticked box marks; None when no such pair
    of one present and one absent value follows."""
    if cue_end == 0 or cue_end > len(doc.tokens):
        return None
    present, absent = lex.listed_present, lex.listed_absent
    found = _pattern(present, absent).match(doc.text, doc.ends[cue_end - 1])
    if found is None:
        return None
    first, second = found.group("value1"), found.group("value2")
    if (first in present) == (second in present):
        return None  # 「有・有」: not the two values of one key
    chosen = _file().chosen_marks
    marked = [found.group("mark1") in chosen, found.group("mark2") in chosen]
    if marked.count(True) != 1:
        return Choice.BLANK
    value = first if marked[0] else second
    return Choice.PRESENT if value in present else Choice.ABSENT
