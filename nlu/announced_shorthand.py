"""A key's value said in shorthand right after 公表: 「公表no」「公表無」 with no colon, and
「公表：未、同意：済」, whose item ends at the comma however the clause runs on."""

from __future__ import annotations

from nlu.doc import Doc
from nlu.lexicon import Lexicon


def bare_value(doc: Doc, cue_end: int, lex: Lexicon) -> bool | None:
    """「公表no」「公表はyes」「公表無」: a listed value in English or 無/有 (`listed_present` /
    `listed_absent`) right after the cue with no colon, ending its clause: shorthand for the
    key's value."""
    tokens = doc.tokens
    i = cue_end
    if i < len(tokens) and tokens[i].surface in ("も", "は"):
        i += 1
    if i >= len(tokens):
        return None
    # 「公表無/窓口開設済」: MeCab tags a 無 before a mark as a prefix, so no negation reads it.
    listed = tokens[i].surface in _LISTED_MARKS
    if not listed and not (tokens[i].surface.isascii() and tokens[i].surface.isalpha()):
        return None
    value = tokens[i].surface
    if value not in lex.listed_present and value not in lex.listed_absent:
        return None
    for k in range(i + 1, len(tokens)):
        if doc.clause_of[k] != doc.clause_of[i]:
            break
        if tokens[k].pos1 != "補助記号" or tokens[k].surface in ("?", "？"):
            return None
    return value in lex.listed_present


_LISTED_MARKS = frozenset({"無", "有"})
_COLONS = frozenset({":", "："})
# What may end a listed value's item in the text: the next item starts after it.
_ITEM_ENDS = frozenset({"、", ",", "，", "。", "\n", " ", "　", "\t"})


def listed_alone(doc: Doc, cue_end: int, lex: Lexicon) -> bool | None:
    """「公表：未、同意：済」「公表：済 同意：未」: the key's listed value after a colon, ended
    by a comma, a space or the line, with the next key after it. The clause would run on
    into the next item (its 済 would read as this one's), so the value is read alone."""
    tokens = doc.tokens
    at = cue_end + 1
    if at >= len(tokens) or tokens[cue_end].surface not in _COLONS:
        return None
    value = tokens[at].surface
    if value not in lex.listed_present and value not in lex.listed_absent:
        return None
    end = doc.ends[at]
    if end < len(doc.text) and doc.text[end] not in _ITEM_ENDS:
        return None
    return value in lex.listed_present
