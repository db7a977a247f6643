"""An account taken over, told by what the user sees: its credentials changed by someone else
(「パスワードとメアド変えられてて」), or abusive mail sent from it (「そのアカウントから…詐欺
メールが送信されていた」). Words in `config/nlu_type_takeover.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_takeover.toml"
# The passive right after a verb of changing or sending (変え・られ, 変更・さ・れ).
_PASSIVE: Final = frozenset({"れる", "られる"})
_DOING: Final = "為る"
# Joining two credentials (「パスワードとメアド」「ID・パスワード」), or marking the one changed.
_JOINS: Final = frozenset({"と", "・", "や", "、"})
_MARKS: Final = frozenset({"を", "が", "も", "は"})


class TypeTakeoverFile(config.Schema):
    """`config/nlu_type_takeover.toml`."""

    credentials: NonEmptyWords
    changes: NonEmptyWords
    accounts: NonEmptyWords
    abused_mails: NonEmptyWords
    sending: NonEmptyWords


@cache
def _words() -> TypeTakeoverFile:
    return config.load(FILE, TypeTakeoverFile)


@cache
def _mails() -> PhraseSet:
    return PhraseSet({"mail": _words().abused_mails})


def takeover_cues(doc: Doc) -> list[Match]:
    """`unauthorized_access` cues: a credential changed in the passive, and an abusive mail
    sent in the passive from an account, each spanning up to its passive (what follows is
    read for doubts and denials as after any cue)."""
    words = _words()
    lemmas = doc.lemma_set()
    kept: list[Match] = []
    if not lemmas.isdisjoint(words.credentials):
        kept += _changed(doc)
    if not lemmas.isdisjoint(words.accounts) and _mails().any(doc):
        kept += _sent_from(doc)
    return kept


def _changed(doc: Doc) -> list[Match]:
    """「パスワードとメアド変えられてて」「PWを変更されていた」; not 「パスワードを変更された
    お客様」 (a noun after: honorific, the customer changed it)."""
    words = _words()
    credentials, changes = frozenset(words.credentials), frozenset(words.changes)
    tokens = doc.tokens
    kept: list[Match] = []
    i = 0
    while i < len(tokens):
        if tokens[i].lemma not in credentials:
            i += 1
            continue
        j = i + 1
        while (
            j + 1 < len(tokens)
            and tokens[j].surface in _JOINS
            and tokens[j + 1].lemma in credentials
        ):
            j += 2  # 「パスワードとメアド」
        if j < len(tokens) and tokens[j].surface in _MARKS:
            j += 1
        passive = _passive_after(doc, j, changes)
        if passive is not None and not _qualifies_noun(doc, passive):
            kept.append(Match(i, passive + 1, IncidentType.UNAUTHORIZED_ACCESS.value))
        i = j
    return kept


def _sent_from(doc: Doc) -> list[Match]:
    """「そのアカウントから支援者さん宛に詐欺メールが送信されていた」: an account as the source
    (から), an abusive mail and a passive verb of sending after it in its sentence."""
    words = _words()
    accounts, sending = frozenset(words.accounts), frozenset(words.sending)
    tokens = doc.tokens
    kept: list[Match] = []
    for i, token in enumerate(tokens[:-1]):
        if token.lemma not in accounts or tokens[i + 1].surface != "から":
            continue
        _, last = doc.sentence_span(i)
        mails = _mails().find(doc, i + 2, last)
        if not mails:
            continue
        for k in range(mails[0].end, last):
            passive = _passive_after(doc, k, sending)
            if passive is not None:
                kept.append(Match(i, passive + 1, IncidentType.UNAUTHORIZED_ACCESS.value))
                break
    return kept


def _passive_after(doc: Doc, k: int, verbs: frozenset[str]) -> int | None:
    """Where the passive ends when token k is one of `verbs` said in the passive (変え・られ,
    変更・さ・れ), else None."""
    tokens = doc.tokens
    if k >= len(tokens) or tokens[k].lemma not in verbs:
        return None
    k += 1
    if k < len(tokens) and tokens[k].lemma == _DOING:
        k += 1
    return k if k < len(tokens) and tokens[k].lemma in _PASSIVE else None


def _qualifies_noun(doc: Doc, passive: int) -> bool:
    """「変更された方」: the passive, then た, then a noun (or an honorific prefix)."""
    tokens = doc.tokens
    k = passive + 1
    if k < len(tokens) and tokens[k].surface == "た":
        k += 1
    return k < len(tokens) and tokens[k].pos1 in ("名詞", "接頭辞")
