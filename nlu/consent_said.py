"""The insurer's consent said as its own words, with no word of receiving it.

「保険会社OKです」 and 「進めてOKと言われました」 are the insurer's answer passed on;
「費用の支出に同意いたします」 signed by 日新火災 is its letter. The consent reader finds
consent received (同意を得た, 了承もらった); these say it as given (labelling rule 6). The
insurer must be named: 「同意します」 alone is anyone's. Words in `config/nlu_consent_said.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_consent_said.toml"
# The words that are themselves consent given when the insurer says them (OK, オッケー).
_VALUES: Final = frozenset({"OK", "ok", "Ok", "オッケー", "オーケー"})
# The nouns, said by the insurer with a copula or a verb: bare (「☐ 保険会社同意」) they are a
# form's label, not an answer.
_NOUNS: Final = frozenset({"了承", "同意", "承認", "承諾"})


class ConsentSaidFile(config.Schema):
    """`config/nlu_consent_said.toml`."""

    agreeing: NonEmptyWords
    passed_on: NonEmptyWords
    closing: NonEmptyWords


@cache
def _file() -> ConsentSaidFile:
    return config.load(FILE, ConsentSaidFile)


def insurer_said(doc: Doc, cue: Match, insurer_before: bool, insurer_anywhere: bool) -> bool:
    """Whether the consent word `cue` is the insurer's own: OK said right after the insurer
    (`insurer_before`: named earlier in the cue's sentence) and passed on or ending the
    statement, or 同意いたします in a message that names the insurer."""
    words = _file()
    written = doc.text[doc.starts[cue.start] : doc.ends[cue.end - 1]]
    if written not in _VALUES | _NOUNS:
        return False
    rest = doc.text[doc.ends[cue.end - 1] :]
    verb = next((v for v in words.agreeing if rest.startswith(v)), None)
    if verb is not None:
        # 「同意いたします」: the insurer's own letter, signed anywhere in it.
        return insurer_anywhere and _ends(rest[len(verb) :], words, bare=True)
    return insurer_before and _ends(rest, words, bare=written in _VALUES)


def _ends(rest: str, words: ConsentSaidFile, bare: bool = False) -> bool:
    """Nothing but closing words, then a word passing it on or the end of the statement;
    never a question or a supposition (「OKですか」「OKなら」). `bare`: the end of the line
    may follow right away."""
    rest = rest.lstrip(" 　")
    while True:
        if any(rest.startswith(w) for w in words.passed_on):
            return True
        closing = next((c for c in words.closing if rest.startswith(c)), None)
        if closing is None:
            return bare and (rest == "" or rest[0] == "\n")
        bare = True
        rest = rest[len(closing) :].lstrip(" 　")
        if closing in ("。", "！", "!"):
            return True
