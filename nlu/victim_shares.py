"""A count said as the writer's own share of a leak at another party (「うちのやかたの分は182名
だそうです」): the persons of that share are victims. Words in `config/nlu_victim_shares.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc

FILE: Final = "nlu_victim_shares.toml"


class SharesFile(config.Schema):
    """`config/nlu_victim_shares.toml`."""

    shares: NonEmptyWords
    particles: NonEmptyWords
    own: NonEmptyWords
    own_prefixes: NonEmptyWords
    reach: PositiveInt


@cache
def _file() -> SharesFile:
    return config.load(FILE, SharesFile)


def share_of(doc: Doc, count: Count) -> bool:
    """Whether a count of persons follows 「…の分は」 (the share's noun after の, then a
    particle, right before it) with the writer's own party named before it."""
    if count.kind != "individuals":
        return False
    words = _file()
    i = doc.token_at(count.start) - 1
    tokens = doc.tokens
    if i >= 0 and tokens[i].surface in words.particles:
        i -= 1
    if not (
        i >= 1
        and tokens[i].lemma in words.shares
        and tokens[i].pos1 == "名詞"
        and tokens[i - 1].surface == "の"
    ):
        return False
    # 「うちのやかたの分」「当社のお客様の分」: the writer's own party names whose share it is.
    lo = max(doc.clause_start(i), i - 1 - words.reach)
    return any(
        t.lemma in words.own or (t.pos1 == "接頭辞" and t.surface in words.own_prefixes)
        for t in tokens[lo : i - 1]
    )
