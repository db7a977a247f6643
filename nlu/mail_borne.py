"""Malware named as the first part of a mail's compound (ウイルスメール, Emotetメール): carried
by the mail, like 「ウイルス付きのメール」, not said to have run on our machines; and an
infection got by opening a mail of ours, which is its recipient's; and a link opened (or not)
by a reader, which is no access to our systems. Words in
`config/nlu_mail_borne.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import PhraseSet

FILE: Final = "nlu_mail_borne.toml"


class MailBorneFile(config.Schema):
    """`config/nlu_mail_borne.toml`."""

    heads: NonEmptyWords
    our_sending: NonEmptyWords
    opening: NonEmptyWords
    links: NonEmptyWords


@cache
def _words() -> MailBorneFile:
    return config.load(FILE, MailBorneFile)


@cache
def _heads() -> frozenset[str]:
    return frozenset(_words().heads)


@cache
def _ours() -> PhraseSet:
    return PhraseSet({"ours": _words().our_sending})


def mail_borne(doc: Doc, end: int) -> bool:
    """Whether the malware word ending at token `end` qualifies a mail noun right after it."""
    return end < len(doc.tokens) and doc.tokens[end].lemma in _heads()


def opened_from_us(doc: Doc, start: int) -> bool:
    """「取引先が言うには、うちから来たメールの添付開いたら感染したって」: the infection word at
    `start` follows, in its sentence, a mail said to come from us and a verb of opening it:
    the opener, and so the infected, is the mail's recipient."""
    first, _ = doc.sentence_span(start)
    opening = frozenset(_words().opening)
    tokens = doc.tokens
    return any(
        any(t.lemma in opening for t in tokens[mail.end : start])
        for mail in _ours().find(doc, first, start)
    )


# Between a link and the access to it: a topic or adverb particle (「URLには」「リンクにも」)
# and an adverb (「URLには絶対にアクセスしない」, MeCab: 絶対 + に).
_TO_LINK: Final = frozenset({"に", "へ"})
_BETWEEN: Final = frozenset({"は", "も"})
_ADVERBS: Final = frozenset({"絶対", "決して", "くれぐれも", "むやみ", "安易"})
_LINK_REACH: Final = 4


def to_a_link(doc: Doc, start: int) -> bool:
    """「記載のURLにはアクセスせず削除してください」「リンク先には絶対にアクセスしないで」: the
    access word at `start` is a reader's click on a link (its target, a link noun, right
    before it with に or へ), which says nothing of an attack on our systems, done or not."""
    tokens = doc.tokens
    i = start - 1
    while i > 0 and start - i <= _LINK_REACH:
        if tokens[i].surface in _BETWEEN or tokens[i].pos1 == "副詞":
            i -= 1
        elif tokens[i].surface == "に" and tokens[i - 1].lemma in _ADVERBS:
            i -= 2
        else:
            break
    if i <= 0 or tokens[i].surface not in _TO_LINK:
        return False
    links = _links()
    last = tokens[i - 1]
    return last.lemma in links or (i > 1 and tokens[i - 2].surface + last.surface in links)


@cache
def _links() -> frozenset[str]:
    return frozenset(_words().links)
