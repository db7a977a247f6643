"""An attack cue that is the means of our own measure: 「遠隔操作による端末ロックを実施」
「遠隔操作でデータを消去しました」 tell how a lost device was locked or wiped, no machine
hijacked; 「遠隔操作でファイルを消去された」 is done to us and stays an attack. Words in
`config/nlu_remote_measures.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc

FILE: Final = "nlu_remote_measures.toml"
# How far past the means word the act may stand (「遠隔操作により|当該端末の|データを|消去」).
_REACH: Final = 6
_BREAKS: Final = frozenset({"、", "。", ",", "，"})


class RemoteFile(config.Schema):
    """`config/nlu_remote_measures.toml`."""

    tools: NonEmptyWords
    means: NonEmptyWords
    acts: NonEmptyWords
    passives: NonEmptyWords


@cache
def _words() -> RemoteFile:
    return config.load(FILE, RemoteFile)


def remote_measure(doc: Doc, end: int) -> bool:
    """Whether the cue ending at `end` is a tool of remote control (遠隔操作) followed by a
    means word (に, で) and, within its clause, by an act of ours (ロック, 消去) not said in
    the passive."""
    words = _words()
    tokens = doc.tokens
    if "".join(t.surface for t in tokens[max(0, end - 2) : end]) not in words.tools:
        return False
    if end >= len(tokens) or tokens[end].lemma not in words.means:
        return False
    for k in range(end + 1, min(end + 1 + _REACH, len(tokens))):
        if tokens[k].surface in _BREAKS:
            return False
        if tokens[k].lemma in words.acts:
            return not _passive_after(doc, k + 1)
    return False


def _passive_after(doc: Doc, i: int) -> bool:
    """Whether the verb after the act at `i` (消去・さ・れ) is passive."""
    tokens = doc.tokens
    while i < len(tokens) and tokens[i].pos1 in ("接尾辞", "動詞", "助動詞"):
        if tokens[i].lemma in _words().passives:
            return True
        i += 1
    return False
