"""The addresses an attacker's mail went to (「約4,000件のアドレスに対して迷惑メールが送信
されました」): they received spam from our hijacked account, no data of theirs leaked.
Words in `config/nlu_victim_attack_mail.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import PhraseSet

FILE: Final = "nlu_victim_attack_mail.toml"


class AttackMailFile(config.Schema):
    """`config/nlu_victim_attack_mail.toml`."""

    mails: NonEmptyWords
    addresses: NonEmptyWords


@cache
def _words() -> AttackMailFile:
    return config.load(FILE, AttackMailFile)


@cache
def _mails() -> PhraseSet:
    return PhraseSet({"mails": _words().mails})


def attack_mail_recipients(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """Whether the count (maybe with 「のアドレス」) is followed by a recipient's particle and
    its sentence then says spam was sent (a spam word, then a sending verb)."""
    end = doc.token_at(count.end - 1) + 1
    hi = doc.sentence_span(end - 1)[1]
    at = doc.ends[end - 1]
    if doc.text.startswith("の", at):
        address = next((w for w in _words().addresses if doc.text.startswith(w, at + 1)), None)
        if address is None:
            return False
        end = doc.token_at(at + len(address)) + 1
    if end >= hi or doc.tokens[end].surface not in lex.recipient_particles:
        return False
    return any(
        any(doc.tokens[i].lemma in lex.sending_lemmas for i in range(m.end, hi))
        for m in _mails().find(doc, end, hi)
    )
