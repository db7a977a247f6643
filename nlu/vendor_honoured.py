"""A firm named by its trade and an honorific owns the attacked systems: 「システム会社さん
のサーバーに外部から侵入があった」 is an attack at a contractor of ours (`vendor_leak`), not
on us. Words in `config/nlu_vendor_honoured.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc

FILE: Final = "nlu_vendor_honoured.toml"


class HonouredFile(config.Schema):
    """`config/nlu_vendor_honoured.toml`."""

    firm_heads: NonEmptyWords
    honorifics: NonEmptyWords


@cache
def _words() -> HonouredFile:
    return config.load(FILE, HonouredFile)


def honoured_firm(doc: Doc, lo: int, end: int, systems: frozenset[str]) -> bool:
    """The owner phrase tokens[lo:end] is an honoured firm (「印刷会社さん」), or its systems
    (「業者さんのシステム」): nothing but the firm's systems after its honorific."""
    words = _words()
    tokens = doc.tokens
    for k in range(lo, end - 1):
        head = tokens[k]
        if head.lemma not in words.firm_heads and head.surface not in words.firm_heads:
            continue
        if tokens[k + 1].surface not in words.honorifics:
            continue
        rest = [t for t in tokens[k + 2 : end] if t.surface != "の"]
        return all(t.lemma in systems for t in rest)
    return False
