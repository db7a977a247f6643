"""Texts written like a notice that are no announcement: a letter to one addressee
(「株式会社○○ 御中」), a draft or an internal paper (「プレスリリース案」「社外秘」).

Words in `config/nlu_unpublished_notices.toml`. Such a text's voice (「お詫び申し上げます」)
is not the announcement (labelling rule 5: notifying those concerned individually, a
contractor's report, a draft are unknown); what it says of announcing still counts.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.doc import Doc

FILE: Final = "nlu_unpublished_notices.toml"
_SPACES: Final = re.compile(r"\s+")


class UnpublishedFile(config.Schema):
    """`config/nlu_unpublished_notices.toml`."""

    head_lines: PositiveInt
    addressee_ends: NonEmptyWords
    addressee_keys: NonEmptyWords
    drafts: NonEmptyWords
    draft_of: NonEmptyWords


@cache
def _file() -> UnpublishedFile:
    return config.load(FILE, UnpublishedFile)


def unpublished(doc: Doc) -> bool:
    """Whether the text is a letter to one addressee, a draft or an internal paper."""
    return addressed_letter(doc.text) or any(w in doc.text for w in _file().drafts)


def addressed_letter(text: str) -> bool:
    """Whether the text's head (its lines before the first sentence) names one addressee:
    a line ending in 御中 or ご担当様, or opening 「宛先:」."""
    file = _file()
    keys = tuple(f"{key}:" for key in file.addressee_keys)
    for line in _head(text, file.head_lines):
        bare = _SPACES.sub("", line).lstrip(">")
        if bare.endswith(tuple(file.addressee_ends)) or bare.startswith(keys):
            return True
    return False


def _head(text: str, most: int) -> list[str]:
    """The text's first lines up to the first that holds 。, at most `most` of them."""
    lines = []
    for line in text.split("\n")[:most]:
        if "。" in line:
            break
        lines.append(line)
    return lines


def drafted(doc: Doc, end: int) -> bool:
    """Whether the word ending before token `end` names a draft of itself
    (「プレスリリース案」「リリース原稿」): the release is not out."""
    return end < len(doc.tokens) and doc.tokens[end].surface in _file().draft_of
