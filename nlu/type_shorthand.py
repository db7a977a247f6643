"""Attack words said in a way that names no incident type: a question about an attack's 有無,
a quoted screen text said to have come up (「…感染しています」って出て). Words in
`config/nlu_type_shorthand.toml`.

A bare presence (「不正アクセスあり」) is not among them: it names the type by its own name, as
the shared dev chats label it (c046, c047), though two of our blind sets (h17c24, h22c21) read
labelling rule 2 the other way. A key-value line (「不正アクセス：有」) is: its key is the
checklist's question of access, answered, as h24c07 labels it; the shared set's e024 names its
type on a line of its own (「事故種別: 不正アクセス」)."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_type_shorthand.toml"


class TypeShorthandFile(config.Schema):
    """`config/nlu_type_shorthand.toml`."""

    whether_words: NonEmptyWords
    asking_words: NonEmptyWords
    question_marks: NonEmptyWords
    quote_display_verbs: NonEmptyWords
    key_marks: NonEmptyWords
    presence_values: NonEmptyWords


@cache
def shorthand() -> TypeShorthandFile:
    """The file, loaded and validated once."""
    return config.load(FILE, TypeShorthandFile)


# How far past 有無 a request or a question mark still asks about it.
_ASK_REACH: Final = 6
_QUOTING: Final = frozenset({"って", "と"})


def asked_whether(doc: Doc, match: Match) -> bool:
    """「検知経路と侵入の有無を教えてください」: the attack word's 有無 asked about."""
    words = shorthand()
    tokens = doc.tokens
    _, last = doc.sentence_span(match.start)
    i = match.end
    if i < last and tokens[i].surface == "の":
        i += 1
    if i >= last or tokens[i].lemma not in words.whether_words:
        return False
    j = i + 1
    if j < len(tokens) and tokens[j].surface == "は":
        j += 1
    if j < len(tokens) and tokens[j].surface in words.question_marks:
        return True
    return any(t.lemma in words.asking_words for t in tokens[i + 1 : min(last, i + 1 + _ASK_REACH)])


def shown_after_quote(doc: Doc, close: int) -> bool:
    """「「ういるすにかんせんしています」ってでて」: the quote closing at `close` came up on a
    screen, said by its quoting particle and a verb of showing."""
    tokens = doc.tokens
    i = close + 1
    if i < len(tokens) and tokens[i].surface in _QUOTING:
        i += 1
    else:
        return False
    return i < len(tokens) and tokens[i].lemma in shorthand().quote_display_verbs


def keyed_presence(doc: Doc, match: Match) -> bool:
    """「②不正アクセス：有」: the attack word is a line's key, its value a bare presence."""
    words = shorthand()
    tokens = doc.tokens
    i = match.end
    if i + 1 >= len(tokens) or tokens[i].surface not in words.key_marks:
        return False
    value = tokens[i + 1]
    if value.surface not in words.presence_values and value.lemma not in words.presence_values:
        return False
    # The value ends there: 「侵入: あり（ランサムウェア感染）」 goes on to name the attack.
    _, last = doc.sentence_span(i + 1)
    return i + 2 >= last or tokens[i + 2].pos1 != "名詞"
