"""A report made by dialling an emergency number (`detection`): 「すぐに110番通報した」 is a
call to the police, never a report the company received. Words in
`config/nlu_reporter_dialled.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_reporter_dialled.toml"
# 「110番に通報」「110番で通報」: a particle may stand between the number and the report word.
_BETWEEN = frozenset({"に", "で", "へ", "の"})


class DialledFile(config.Schema):
    """`config/nlu_reporter_dialled.toml`."""

    numbers: NonEmptyWords


@cache
def _numbers() -> frozenset[str]:
    return frozenset(config.load(FILE, DialledFile).numbers)


def dialled(doc: Doc, report: Match) -> bool:
    """The report word at `report` follows an emergency number and its counter: a call out."""
    i = report.start - 1
    if i >= 0 and doc.tokens[i].surface in _BETWEEN:
        i -= 1
    if i < 1 or doc.tokens[i].surface != "番":
        return False
    return doc.tokens[i - 1].surface in _numbers()
