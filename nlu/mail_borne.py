"""Malware named as the first part of a mail's compound (ウイルスメール, Emotetメール): carried
by the mail, like 「ウイルス付きのメール」, not said to have run on our machines; and an
infection got by opening a mail of ours, which is its recipient's. Words in
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
