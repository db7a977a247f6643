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
    spaced_honorifics: NonEmptyWords
    addressee_line_max: PositiveInt
    drafts: NonEmptyWords
    draft_of: NonEmptyWords
    letter_names: NonEmptyWords
    sent_only: NonEmptyWords
    sending: NonEmptyWords
    sent_gap_max: PositiveInt
    paste_lines: NonEmptyWords
    name_placeholders: NonEmptyWords


@cache
def _file() -> UnpublishedFile:
    return config.load(FILE, UnpublishedFile)


def unpublished(doc: Doc) -> bool:
    """Whether the text is a letter to one addressee, a letter that says it was sent only to
    some, a draft or an internal paper, or another's mail pasted under the writer's line."""
    text = doc.text
    return (
        addressed_letter(text)
        or _sent_only_to_some(text)
        or any(w in text for w in _file().drafts)
        or _pasted_below(text)
    )


def _pasted_below(text: str) -> bool:
    """「ベンダーからこんなメール来ました」 as the text's first line: what follows is the sender's
    mail, pasted in, whose voice is its own notice to its customers, not the writer's."""
    first = text.lstrip().split("\n", 1)[0]
    return any(w in first for w in _file().paste_lines)


@cache
def _sent_only_pattern() -> re.Pattern[str]:
    file = _file()
    names, only, sending = (
        "|".join(map(re.escape, words))
        for words in (file.letter_names, file.sent_only, file.sending)
    )
    gap = file.sent_gap_max
    return re.compile(rf"(?:{names})(?:は|を)[^。]{{0,{gap}}}?(?:{only})[^。]{{0,2}}?(?:{sending})")


def _sent_only_to_some(text: str) -> bool:
    """「本状は、…お取引先様に個別にお送りしております」: the letter names itself and says it
    went to its readers one by one, or only to some: the victims notified, no announcement."""
    return _sent_only_pattern().search(text) is not None


def addressed_letter(text: str) -> bool:
    """Whether the text's head (its lines before the first sentence) names one addressee:
    a line ending in 御中 or ご担当様, a person's name and a spaced 様, or 「宛先:」."""
    file = _file()
    keys = tuple(f"{key}:" for key in file.addressee_keys)
    for line in _head(text, file.head_lines):
        bare = _SPACES.sub("", line).lstrip(">")
        if bare.endswith(tuple(file.addressee_ends)) or bare.startswith(keys):
            return True
        if _named_person(line.strip(), file) or _placeholder_name(bare, file):
            return True
    return False


def _named_person(line: str, file: UnpublishedFile) -> bool:
    """「山本　様」「院長 佐藤 様」: a short line of a name, a space, then an honorific; the
    letter is to that one person (「保護者の皆様」 has no space before its 様)."""
    if not line or len(line) > file.addressee_line_max:
        return False
    for honorific in file.spaced_honorifics:
        name = line.removesuffix(honorific)
        if name != line and name[-1:].isspace() and name.strip() and ":" not in name:
            return True
    return False


def _placeholder_name(bare: str, file: UnpublishedFile) -> bool:
    """「〇〇様」「○○ ○○ 様」 (spaces dropped): a mail merge's name field, then an honorific; the
    letter goes to each person on its list, one by one."""
    for honorific in file.spaced_honorifics:
        name = bare.removesuffix(honorific)
        if name != bare and name and all(c in file.name_placeholders for c in name):
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
