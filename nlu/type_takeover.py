"""An account taken over, told by what the user sees: its credentials changed by someone else
(「パスワードとメアド変えられてて」), abusive mail sent from it (「そのアカウントから…詐欺
メールが送信されていた」), a login from outside said to have succeeded (「外部IPからの
ログイン成功を確認済」), or a machine operated by someone else (「画面を勝手に動かされて」).
Words in `config/nlu_type_takeover.toml`."""

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
    logins: NonEmptyWords
    successes: NonEmptyWords
    outsiders: NonEmptyWords
    remotely: NonEmptyWords
    operating: NonEmptyWords


@cache
def _words() -> TypeTakeoverFile:
    return config.load(FILE, TypeTakeoverFile)


@cache
def _mails() -> PhraseSet:
    return PhraseSet({"mail": _words().abused_mails})


def takeover_cues(doc: Doc) -> list[Match]:
    """`unauthorized_access` cues: a credential changed in the passive, an abusive mail
    sent in the passive from an account, and an outsider's login said to succeed, each
    spanning up to its passive or its 成功 (what follows is read for doubts and denials as
    after any cue)."""
    words = _words()
    lemmas = doc.lemma_set()
    kept: list[Match] = []
    if not lemmas.isdisjoint(words.credentials):
        kept += _changed(doc)
    if not lemmas.isdisjoint(words.accounts) and _mails().any(doc):
        kept += _sent_from(doc)
    if not lemmas.isdisjoint(words.successes) and _logins().any(doc):
        kept += _outsider_logged_in(doc)
    if not lemmas.isdisjoint(words.remotely) and not lemmas.isdisjoint(words.operating):
        kept += _operated(doc)
    return kept


# Between 勝手・遠隔 and the verb: its particle (勝手 + に, read as だ; 遠隔 + で).
_MANNER_LINKS: Final = frozenset({"に", "で"})


def _operated(doc: Doc) -> list[Match]:
    """「画面を勝手に動かされて」「パソコンを遠隔で操作されていた」: a verb of operating, done
    勝手に or from afar, said in the passive: someone else works our machine (a hijacked PC);
    「マウスが勝手に動いて」 (no one does it) and 「リモートで操作してもらった」 are not."""
    words = _words()
    remotely, operating = frozenset(words.remotely), frozenset(words.operating)
    tokens = doc.tokens
    kept: list[Match] = []
    for i, token in enumerate(tokens[:-2]):
        if token.lemma not in remotely:
            continue
        k = i + 1 + (tokens[i + 1].surface in _MANNER_LINKS)
        passive = _passive_after(doc, k, operating)
        if passive is not None:
            kept.append(Match(i, passive + 1, IncidentType.UNAUTHORIZED_ACCESS.value))
    return kept


@cache
def _logins() -> PhraseSet:
    return PhraseSet({"login": _words().logins})


@cache
def _outsiders() -> PhraseSet:
    return PhraseSet({"outsider": _words().outsiders})


# Between a login and its success (「ログインに成功」「ログインが成功」「ログインの成功」).
_SUCCESS_LINKS: Final = frozenset({"に", "が", "は", "の", "も"})


def _outsider_logged_in(doc: Doc) -> list[Match]:
    """「管理者アカウントでの外部IPからのログイン成功×2を確認済」「攻撃者がVPNへのログインに
    成功していた」: a login, then 成功 right after it (past a particle), with an outsider named
    before it in its sentence; 「ログインに成功しました」 of no outsider is anyone's login."""
    successes = frozenset(_words().successes)
    tokens = doc.tokens
    kept: list[Match] = []
    for login in _logins().find(doc):
        i = login.end
        if i < len(tokens) and tokens[i].surface in _SUCCESS_LINKS:
            i += 1
        if i >= len(tokens) or tokens[i].lemma not in successes:
            continue
        first, _ = doc.sentence_span(login.start)
        if _outsiders().contains(doc, first, login.start):
            kept.append(Match(login.start, i + 1, IncidentType.UNAUTHORIZED_ACCESS.value))
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
