"""Sizes of the company's groups said as facts (「顧客は全部で5万人いる」「従業員は200名の
会社です」): how many there are, not how many were hit."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc

FILE: Final = "nlu_victim_sizes.toml"


class SizesFile(config.Schema):
    """`config/nlu_victim_sizes.toml`."""

    groups: NonEmptyWords
    between: NonEmptyWords
    after: NonEmptyWords
    exist: NonEmptyWords
    sizes: NonEmptyWords
    hit: NonEmptyWords
    everyone: NonEmptyWords


@cache
def _sizes() -> SizesFile:
    return config.load(FILE, SizesFile)


def _topic_group(doc: Doc, count: Count) -> bool:
    """A group word and its topic particle right before the count (「取引先は300社」)."""
    words = _sizes()
    text = doc.text[: count.start].rstrip("、, 　")
    for word in words.between:
        if text.endswith(word):
            text = text[: -len(word)].rstrip("、, 　")
            break
    if not text.endswith(("は", "が", "も")):
        return False
    text = text[:-1]
    return any(text.endswith(group) for group in words.groups)


def _predicate(doc: Doc, count: Count) -> bool:
    """The count is said to exist, or to be the company's size (「の会社」「規模」)."""
    words = _sizes()
    i = doc.token_at(count.end - 1) + 1
    tokens = doc.tokens
    while i < len(tokens) and tokens[i].surface in words.after:
        i += 1
    if i >= len(tokens):
        return False
    if tokens[i].lemma in words.exist or tokens[i].surface in words.sizes:
        return True
    following = tokens[i + 1].surface if i + 1 < len(tokens) else ""
    return tokens[i].surface == "の" and following in words.sizes


def stated_size(doc: Doc, count: Count) -> bool:
    """「顧客は全部で5万人いる」: a group's size, in a sentence that says nothing was hit."""
    if not (_topic_group(doc, count) and _predicate(doc, count)):
        return False
    lo, hi = doc.sentence_span(doc.token_at(count.start))
    words = _sizes()
    sentence = doc.text[doc.starts[lo] : doc.ends[hi - 1]]
    if any(word in sentence for word in words.hit):
        return False
    rest = doc.text[doc.ends[hi - 1] :]
    return not any(
        any(word in part for word in words.everyone) and any(word in part for word in words.hit)
        for part in rest.split("。")
    )
