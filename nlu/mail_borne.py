"""Malware named as the first part of a mail's compound (ウイルスメール, Emotetメール): carried
by the mail, like 「ウイルス付きのメール」, not said to have run on our machines. Words in
`config/nlu_mail_borne.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc

FILE: Final = "nlu_mail_borne.toml"


class MailBorneFile(config.Schema):
    """`config/nlu_mail_borne.toml`."""

    heads: NonEmptyWords


@cache
def _heads() -> frozenset[str]:
    return frozenset(config.load(FILE, MailBorneFile).heads)


def mail_borne(doc: Doc, end: int) -> bool:
    """Whether the malware word ending at token `end` qualifies a mail noun right after it."""
    return end < len(doc.tokens) and doc.tokens[end].lemma in _heads()
