"""A company named by the product it provides us (「予約システムの会社」): a contractor when a
letter of its own about our data is forwarded from it. Words in
`config/nlu_vendor_providers.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.mentions import noun_phrase_start
from nlu.type_conditions import forwarded_from

FILE: Final = "nlu_vendor_providers.toml"


class ProvidersFile(config.Schema):
    """`config/nlu_vendor_providers.toml`."""

    heads: NonEmptyWords
    products: NonEmptyWords


@cache
def _words() -> ProvidersFile:
    return config.load(FILE, ProvidersFile)


def provider_forwarded(doc: Doc) -> bool:
    """「予約システムの会社からこんなメールが来ました」: a report forwarded from a company
    whose name says what system or service it provides."""
    words = _words()
    for i, token in enumerate(doc.tokens):
        if token.lemma not in words.heads:
            continue
        lo = noun_phrase_start(doc, i)
        if any(t.lemma in words.products for t in doc.tokens[lo:i]) and forwarded_from(
            doc, lo, i + 1
        ):
            return True
    return False
