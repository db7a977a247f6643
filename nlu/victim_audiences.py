"""Counts of persons that are no victims because of what they count: an account's audience
(「フォロワー2000人くらいいる」) and a rate per period (「外来患者は1日平均約600人」). Words in
`config/nlu_victim_audiences.toml`."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.patterns import alternation

FILE: Final = "nlu_victim_audiences.toml"
# How many characters before a count its audience or period words may start.
_REACH: Final = 16


class AudiencesFile(config.Schema):
    """`config/nlu_victim_audiences.toml`."""

    audiences: NonEmptyWords
    between: NonEmptyWords
    periods: NonEmptyWords
    period_links: NonEmptyWords
    rates: NonEmptyWords


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    file = config.load(FILE, AudiencesFile)
    audience = re.compile(rf"(?:{alternation(file.audiences)})(?:{alternation(file.between)})*$")
    period = re.compile(
        rf"(?<![0-9一-九十百千月])[1一](?:{alternation(file.periods)})"
        rf"(?:{alternation(file.period_links)})+$|(?:{alternation(file.rates)})$"
    )
    return audience, period


def _before(doc: Doc, count: Count) -> str:
    """The text right before the count in its sentence, spaces dropped."""
    first = doc.starts[doc.sentence_span(doc.token_at(count.start))[0]]
    return re.sub(r"\s+", "", doc.text[max(first, count.start - _REACH) : count.start])


def audience(doc: Doc, count: Count) -> bool:
    """「フォロワー2000人」「フォロワーの皆様（約450名）」: an account's audience; not
    「フォロワー2000人分のリスト」, records about them."""
    if count.kind != "individuals" or count.text.endswith("分"):
        return False
    return _patterns()[0].search(_before(doc, count)) is not None


def per_period(doc: Doc, count: Count) -> bool:
    """「1日平均約600人」「年間1万人」: how many a period sees, not how many were hit."""
    if count.kind != "individuals" or count.text.endswith("分"):
        return False
    return _patterns()[1].search(_before(doc, count)) is not None


def counts_no_victims(doc: Doc, count: Count) -> bool:
    """An audience or a rate: a count of persons no message's count of victims can be."""
    return audience(doc, count) or per_period(doc, count)
