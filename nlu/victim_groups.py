"""A count said as the size of a group whose data an earlier message said was hit:
「当社社員の情報も漏れた」 then 「社員はパート含めて２１４名です」. Each message names the
groups whose data it speaks of (`data_owners`) and the group whose size is its only count
(`sized_group`); the fold (`nlu.facts_builder.values`) joins them. Words in
`config/nlu_victim_groups.toml`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.data_kinds import data_word_in
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.loose_counts import hedged_number

FILE: Final = "nlu_victim_groups.toml"

# How many tokens after 「<group>の」 may name the data (「滞納者の部屋番号と氏名」).
_DATA_AFTER = 4
# How many tokens may stand between 「<group>は」 and the count (「パート含めて」).
_BETWEEN_MAX = 4
_NOUN_RUN = frozenset({"名詞", "接頭辞", "接尾辞"})


class GroupsFile(config.Schema):
    """`config/nlu_victim_groups.toml`."""

    between: NonEmptyWords
    tail: NonEmptyWords


@cache
def _words() -> GroupsFile:
    return config.load(FILE, GroupsFile)


def _run_before(doc: Doc, end: int, lo: int) -> int:
    """Where the run of nouns ending right before token `end` starts (not before `lo`)."""
    i = end
    while i > lo and doc.tokens[i - 1].pos1 in _NOUN_RUN:
        i -= 1
    return i


def data_owners(doc: Doc, lex: Lexicon) -> frozenset[str]:
    """The groups (their written nouns) whose data the message names: 「当社社員の情報」
    gives 当社社員, 「滞納者の部屋番号と氏名」 滞納者."""
    owners: set[str] = set()
    for i, token in enumerate(doc.tokens):
        if token.surface != "の" or i == 0:
            continue
        start = _run_before(doc, i, 0)
        hi = min(len(doc.tokens), i + 1 + _DATA_AFTER)
        if start < i and (
            data_word_in(doc, i + 1, hi) or lex.record_context.contains(doc, i + 1, hi)
        ):
            owners.add(doc.text[doc.starts[start] : doc.ends[i - 1]])
    return frozenset(owners)


def sized_group(doc: Doc, counts: Sequence[Count], lex: Lexicon) -> tuple[str, int] | None:
    """(group, count) when a sentence is only 「<group>は[…]N名です」 with a count of persons,
    not hedged: the group's size, which counts victims if their data was said hit."""
    words = _words()
    for count in counts:
        if count.kind != "individuals" or hedged_number(doc, count, lex):
            continue
        token = doc.token_at(count.start)
        lo, hi = doc.sentence_span(token)
        topic = next(
            (i for i in range(lo + 1, token) if doc.tokens[i].surface == "は"),
            None,
        )
        if topic is None or _run_before(doc, topic, lo) != lo:
            continue
        between = doc.tokens[topic + 1 : token]
        if len(between) > _BETWEEN_MAX or any(t.lemma not in words.between for t in between):
            continue
        tail = doc.tokens[doc.token_at(count.end - 1) + 1 : hi]
        if all(t.pos1 == "補助記号" or t.lemma in words.tail for t in tail):
            return doc.text[doc.starts[lo] : doc.ends[topic - 1]], count.value
    return None


def of_owner(group: str, owners: frozenset[str] | set[str]) -> bool:
    """Whether `group` names one of the `owners` (社員 names 当社社員)."""
    return any(owner.endswith(group) for owner in owners)
