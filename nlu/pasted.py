"""Text pasted into a Slack quote (a vendor's or a public body's mail), read as said.

A `>` block is either the bot's question quoted back, answered under it (`nlu.quotes`), or
a mail or report pasted in (「ベンダーからのメールそのまま貼ります」「> 調査の結果、…確認され
ませんでした。ってベンダーから」): the second states the facts the user is passing on.
A block with no question in it is the second kind, unless the words after it correct it
(「> 調査費用は100万円でした すみません、150万円の誤りでした」「> 見積もりは200万 110万で
再見積もらいました」): the user quotes what they said before to take it back, which states
nothing anew.
"""

from __future__ import annotations

import re

from nlu.doc import make_doc
from nlu.lexicon import Lexicon

_QUOTE = re.compile(r"^(\s*)>\s?")
# A question quoted back ends in a question mark, or in か (「公表はされましたか」).
_ASKS = re.compile(r"[?？]|か[。.]?\s*$")


def unquote_pasted(text: str, lex: Lexicon) -> str:
    """`text` with the quote marks taken off every `>` block that asks nothing and is not
    taken back after it."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    block: list[str] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and _QUOTE.match(line):
            block.append(line)
            continue
        if block:
            kept = any(_ASKS.search(_QUOTE.sub("", b)) for b in block) or _corrected(
                lines[index:], lex
            )
            out.extend(block if kept else (_QUOTE.sub(r"\1", b) for b in block))
            block = []
        if line is not None:
            out.append(line)
    return "\n".join(out)


def _corrected(after: list[str], lex: Lexicon) -> bool:
    """Whether the lines after a quote take something back (「すみません、…の誤りでした」),
    or give a fresh quote for the figure quoted (「110万で再見積もらいました」)."""
    rest = "\n".join(line for line in after if not _QUOTE.match(line))
    if not rest.strip():
        return False
    doc = make_doc(rest)
    return lex.retract.contains(doc) or any(m.label == "requote" for m in lex.correction.find(doc))
