"""A form's line of checkboxes after a key (「公表:□済 ■未 □予定なし」): only the ticked
option is what the form says. Words in `config/nlu_checkbox_forms.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.polarity import UNKNOWN, Unknown

FILE: Final = "nlu_checkbox_forms.toml"


class AnnouncedOptions(config.Schema):
    """[announced]: what the ticked option of the announcement's key says."""

    done: NonEmptyWords
    none: NonEmptyWords
    not_yet: NonEmptyWords
    open: NonEmptyWords


class CheckboxFile(config.Schema):
    """`config/nlu_checkbox_forms.toml`."""

    unticked: NonEmptyWords
    ticked: NonEmptyWords
    key_marks: NonEmptyWords
    announced: AnnouncedOptions


@dataclass(frozen=True)
class Options:
    """The options of one checkbox line: the ticked ones and the others offered."""

    ticked: tuple[str, ...]
    offered: tuple[str, ...]


@cache
def _file() -> tuple[CheckboxFile, re.Pattern[str]]:
    file = config.load(FILE, CheckboxFile)
    marks = "".join(re.escape(m) for m in (*file.unticked, *file.ticked))
    option = re.compile(rf"([{marks}])[ \t]*([^{marks}\s]+)")
    return file, option


def options_after(doc: Doc, key_end: int) -> Options | None:
    """The checkbox options on the rest of the line after the key ending before token
    `key_end`, or None when that is no line of checkboxes (one unticked box at least)."""
    file, option = _file()
    if key_end == 0 or key_end > len(doc.tokens):
        return None
    start = doc.ends[key_end - 1]
    end = doc.text.find("\n", start)
    rest = doc.text[start : len(doc.text) if end < 0 else end]
    body = rest.lstrip().lstrip("".join(file.key_marks))
    found = option.findall(body)
    # Everything on the line is options: nothing else said between or around them.
    if not found or option.sub("", body).strip():
        return None
    ticked = tuple(text for mark, text in found if mark in file.ticked)
    offered = tuple(text for mark, text in found if mark in file.unticked)
    if not offered:
        return None
    return Options(ticked, offered)


def announced_ticked(options: Options) -> bool | Unknown | None:
    """What the ticked option says of the announcement: True (済, 予定), False (予定なし;
    未 with no 予定なし offered), unknown (未定; 未 beside 予定なし), None when none or several
    are ticked or the option is none of these."""
    words = _file()[0].announced
    if len(options.ticked) != 1:
        return None
    value = options.ticked[0]
    if value in words.done:
        return True
    if value in words.none:
        return False
    if value in words.not_yet:
        return UNKNOWN if any(o in words.none for o in options.offered) else False
    if value in words.open:
        return UNKNOWN
    return None
