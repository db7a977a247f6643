"""Addresses counted in a mail sent with its recipients visible (「BCCじゃなくTOで一斉送信、宛先
300件」): each is one person's. Words in `config/nlu_victim_addresses.toml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

from pydantic import PositiveInt

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.patterns import alternation

FILE: Final = "nlu_victim_addresses.toml"


class AddressesFile(config.Schema):
    """`config/nlu_victim_addresses.toml`."""

    address_words: NonEmptyWords
    links: NonEmptyWords
    links_max: PositiveInt
    visible: NonEmptyWords


@dataclass(frozen=True, slots=True)
class _Words:
    address_words: frozenset[str]
    links: frozenset[str]
    links_max: int
    visible: re.Pattern[str]


@cache
def _words() -> _Words:
    file = config.load(FILE, AddressesFile)
    return _Words(
        frozenset(file.address_words),
        frozenset(file.links),
        file.links_max,
        # A whole word: the TO of 「TOで送信」, not of 「TOKYO」.
        re.compile(rf"(?<![A-Za-z])(?:{alternation(file.visible)})(?![A-Za-z])"),
    )


def visible_addresses(doc: Doc, count: Count) -> bool:
    """Whether a record count is of addresses, named right before it, in a message that says
    the recipients saw one another's."""
    words = _words()
    if not addresses_visible(doc):
        return False
    i = doc.token_at(count.start) - 1
    lo = max(0, i - words.links_max)
    while i >= lo and doc.tokens[i].surface in words.links:
        i -= 1
    return i >= 0 and _ends_address_word(doc, i, words)


def addresses_visible(doc: Doc) -> bool:
    """Whether the message says a mail's recipients saw one another's addresses (BCC, TO …)."""
    return _words().visible.search(doc.text) is not None


def _ends_address_word(doc: Doc, i: int, words: _Words) -> bool:
    # 「宛先」 is one token, 「受信者」 two (受信+者): the word may span the last two tokens.
    last = doc.tokens[i].surface
    two = doc.tokens[i - 1].surface + last if i > 0 else last
    return last in words.address_words or two in words.address_words
