"""Whether two amounts for one cost, said in different messages, are two items of it.

「コールセンター立ち上げ、委託費80万」 then 「お詫び状の印刷と郵送で12万」 are both ⑤ but
different spending, so they add up; 「窓口の費用は100万」 after 「コールセンター80万」 may be
the same item said again, and stays a clash for the user to settle (`config/nlu_cost_items.toml`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Annotated, Final

from pydantic import Field

import config
from config.types import NonEmptyWords, Word

FILE: Final = "nlu_cost_items.toml"


class CostItemsFile(config.Schema):
    """`config/nlu_cost_items.toml`."""

    items: Annotated[dict[Word, dict[Word, NonEmptyWords]], Field(min_length=1)]


@functools.cache
def _groups() -> Mapping[str, Mapping[str, str]]:
    """Cost key → cost word → the item group it names."""
    file = config.load(FILE, CostItemsFile)
    return {
        key: {word: group for group, words in groups.items() for word in words}
        for key, groups in file.items.items()
    }


def separate_items(key: str, earlier: Iterable[str], later: Iterable[str]) -> bool:
    """Whether the words a cost was named with before and those of a later amount name
    different items: every word is in a group of `key`, and no group is in both."""
    groups = _groups().get(key, {})
    before, after = list(earlier), list(later)
    if not before or not after or any(w not in groups for w in [*before, *after]):
        return False
    return not {groups[w] for w in before} & {groups[w] for w in after}
