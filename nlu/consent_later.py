"""The insurer to be told only later, said with words between the two (「保険会社にはこれから
代理店経由で連絡します」): consent not obtained, as 「これから連絡」 is in [consent]. Words in
`config/nlu_consent_later.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc

FILE: Final = "nlu_consent_later.toml"


class ConsentLaterFile(config.Schema):
    """`config/nlu_consent_later.toml`."""

    later: NonEmptyWords
    telling: NonEmptyWords


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    file = config.load(FILE, ConsentLaterFile)
    return frozenset(file.later), frozenset(file.telling)


# 「連絡します」「ご報告いたします」: the verb that makes a noun of telling the writer's act.
_DOING: Final = frozenset({"為る", "致す"})


def _done_by_writer(doc: Doc, k: int) -> bool:
    """The telling at token k is done (「連絡します」「伝えます」), not received: 「保険会社から
    後で連絡が来る」 is the insurer calling back."""
    token = doc.tokens[k]
    if token.pos1 == "動詞":
        return True
    return k + 1 < len(doc.tokens) and doc.tokens[k + 1].lemma in _DOING


def told_later(doc: Doc) -> list[int]:
    """The tokens where a "later" word opens a clause that tells someone later in it; the
    caller checks that the sentence names the insurer and asks nothing."""
    later, telling = _words()
    tokens = doc.tokens
    found = []
    for word in later:
        at = doc.text.find(word)
        while at >= 0:
            i = doc.token_at(at)
            clause = doc.clause_of[i]
            for k in range(i + 1, len(tokens)):
                if doc.clause_of[k] != clause:
                    break
                if tokens[k].lemma in telling and _done_by_writer(doc, k):
                    found.append(i)
                    break
            at = doc.text.find(word, at + len(word))
    return found
