"""「同課からの連絡」: a body named again by 同 and the head of its name (`detection`).

A news story names the police unit once in full (「警視庁サイバー犯罪対策課は…」) and then
「同課」; a notice names 「○○警察署」, then 「同署」. The teller is the reporter whose name
ends in that head, the last one named before; its category is the teller's. The company's own
同- names (同社, 同法人 …) are read by `nlu.reporter_anaphora`, which knows whose they are.
"""

from __future__ import annotations

from typing import Final

from nlu.doc import Doc
from nlu.phrases import Match
from nlu.reporter_context import other_party_names

_SAME: Final = "同"
_NAME_POS: Final = frozenset({"名詞", "接尾辞", "接頭辞"})


def same_named(doc: Doc, at: int, every: list[Match]) -> Match | None:
    """The reporter a 同- word just before token `at` (its から) names again, if any."""
    tokens = doc.tokens
    for width in (1, 2):
        if at - width < 0:
            break
        word = "".join(t.surface for t in tokens[at - width : at])
        if not word.startswith(_SAME) or len(word) < 2:
            continue
        if word in other_party_names():
            return None
        head = word[len(_SAME) :]
        named = [r for r in every if r.end <= at - width and _full_name(doc, r).endswith(head)]
        return named[-1] if named else None
    return None


def _full_name(doc: Doc, reporter: Match) -> str:
    """「警視庁サイバー犯罪対策課」: the reporter with the nouns that run on from it."""
    end = reporter.end
    while end < len(doc.tokens) and doc.tokens[end].pos1 in _NAME_POS:
        end += 1
    return "".join(t.surface for t in doc.tokens[reporter.start : end])
