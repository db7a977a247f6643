"""A notice's heading naming its writer (「理事会からのお知らせ」), read as no report
(labelling rule 3). Words in `config/nlu_reporter_headings.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_reporter_headings.toml"


class HeadingsFile(config.Schema):
    """`config/nlu_reporter_headings.toml`."""

    nouns: NonEmptyWords
    closings: NonEmptyWords


@cache
def _file() -> HeadingsFile:
    return config.load(FILE, HeadingsFile)


def notice_heading(doc: Doc, report: Match) -> bool:
    """「理事会からのお知らせ　居住者名簿の紛失について」: the report word at `report` is the
    noun of a heading 「Xからのお知らせ」 that ends its line, the writer's own notice."""
    file = _file()
    tokens = doc.tokens
    lo = tokens[report.start].start
    # The noun as written, with its honorific prefix (お, ご) if MeCab cut it off.
    if report.start and tokens[report.start - 1].pos1 == "接頭辞":
        lo = tokens[report.start - 1].start
    hi = tokens[report.end - 1].end
    if doc.text[lo:hi] not in file.nouns:
        return False
    if not doc.text[:lo].endswith(("からの", "よりの")):
        return False
    after = doc.text[hi : hi + 1]
    return after == "" or after.isspace() or after in file.closings
