"""A provider whose service we use, named as the owner of the attacked system: a vendor leak.

「当社ECサイトが導入していた株式会社ショーケースのサービスが不正アクセスを受け」 names the
attacked service by its provider, a company we use; 「顧客管理システムを提供する△△社が
ランサムウェア攻撃を受け…□□生命は△△社から報告を受けた」 names the provider by what it
provides and has it report to us. Either way the attack reached the provider's systems, not
ours (tests/data/README.md rule 2). Words in `config/nlu_vendor_users.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.type_conditions import forwarded_from

FILE: Final = "nlu_vendor_users.toml"
# Tokens that only carry the tense or aspect of the verb before them (導入し・てい・た).
_AUXILIARY = frozenset({"為る", "居る", "て", "た", "おる", "ます"})
# Marks inside a name (「△△社」「Ａ社」): not a break between words.
_PUNCTUATION = frozenset({"、", "。", "「", "」", "（", "）", "(", ")", "・", "，", "．"})


class UsersFile(config.Schema):
    """`config/nlu_vendor_users.toml`."""

    using: NonEmptyWords
    using_verbs: NonEmptyWords
    providing: NonEmptyWords
    companies: NonEmptyWords
    outside: NonEmptyWords
    agents: NonEmptyWords


@cache
def _words() -> UsersFile:
    return config.load(FILE, UsersFile)


def used_provider(doc: Doc, lo: int, end: int, lex: Lexicon) -> bool:
    """Whether the owner phrase tokens[lo:end] of an attack word is a provider's system we use
    (「導入していたA社のサービス」) or a provider that reported its attack to us."""
    tokens = doc.tokens
    lo = _name_start(doc, lo)
    if _used_company(doc, lo, end):
        return True
    verb = _qualifying_verb(doc, lo)
    if verb is None or lex.writer_words.contains(doc, lo, end):
        return False
    words = _words()
    if tokens[verb].lemma in words.using:
        if tokens[end - 1].lemma not in (*lex.vendor_systems, "サービス", "プログラム"):
            return False
        # 「利用している外部サービス」: a system said to be outside ours.
        if tokens[lo].lemma in words.outside:
            return True
        # A company, then の and its system: 「A社のサービス」, not 「当社の…システム」.
        cut = next((i for i in range(lo, end) if tokens[i].surface == "の"), None)
        name = "".join(t.surface for t in tokens[lo:cut]) if cut is not None else ""
        return any(t.lemma in words.companies for t in tokens[lo : cut or lo]) or name.endswith(
            tuple(words.companies)
        )
    if tokens[verb].lemma in words.providing and tokens[end - 1].lemma in words.companies:
        return _reported_by(doc, lo, end)
    return False


def _used_company(doc: Doc, lo: int, end: int) -> bool:
    """「うちで使ってる勤怠管理クラウドの会社が」: a company (the phrase's last word) qualified
    by a verb of using (「使ってる」「利用している」) is one whose service we use."""
    tokens = doc.tokens
    if lo >= end or tokens[end - 1].lemma not in _words().companies:
        return False
    i = lo - 1
    while i >= 0 and (tokens[i].lemma in _AUXILIARY or tokens[i].pos1 == "助動詞"):
        i -= 1
    return i >= 0 and tokens[i].lemma in _words().using_verbs


def _name_start(doc: Doc, lo: int) -> int:
    """Back over marks written inside a name (「△△社」 begins at the first △)."""
    tokens = doc.tokens
    while lo > 0 and tokens[lo - 1].pos1 == "補助記号":
        if tokens[lo - 1].surface in _PUNCTUATION:
            break
        lo -= 1
    return lo


def _qualifying_verb(doc: Doc, lo: int) -> int | None:
    """The noun of the verb (導入 in 導入していた) qualifying the phrase starting at `lo`."""
    tokens = doc.tokens
    i = lo - 1
    while i >= 0 and tokens[i].lemma in _AUXILIARY and tokens[i].pos1 != "名詞":
        i -= 1
    if i < 0 or i == lo - 1 or tokens[i].pos1 != "名詞":
        return None
    return i


def _reported_by(doc: Doc, lo: int, end: int) -> bool:
    """Whether the name tokens[lo:end] is said again as a report's source (「△△社から報告」)."""
    tokens = doc.tokens
    name = [t.surface for t in tokens[lo:end]]
    size = len(name)
    for i in range(len(tokens) - size):
        if (
            i != lo
            and [t.surface for t in tokens[i : i + size]] == name
            and forwarded_from(doc, i, i + size)
        ):
            return True
    return False


def told_of_its_own(doc: Doc, lo: int, end: int, lex: Lexicon) -> bool:
    """「ショーケース社から、同社のプログラムが不正アクセスを受けたと連絡」: the owner phrase
    tokens[lo:end] names, by 同社 or 先方, a company that is the source (から, より) of what
    its sentence says: the company reporting an attack on its own systems."""
    if not lex.vendor_anaphors.contains(doc, lo, end):
        return False
    tokens = doc.tokens
    first, _ = doc.sentence_span(lo)
    companies = _words().companies
    for i in range(first + 1, lo):
        if tokens[i].surface not in ("から", "より") or tokens[i - 1].lemma not in companies:
            continue
        start = _name_start(doc, _noun_start(doc, i - 1))
        if lex.writer_words.contains(doc, start, i) or lex.outside_parties.contains(doc, start, i):
            continue
        return True
    return False


def _noun_start(doc: Doc, last: int) -> int:
    """Where the nouns ending at token `last` begin."""
    tokens = doc.tokens
    i = last
    while i - 1 >= 0 and tokens[i - 1].pos1 in ("名詞", "接尾辞", "接頭辞"):
        i -= 1
    return i


def agent_named(doc: Doc, lo: int, end: int) -> bool:
    """Whether tokens[lo:end] name who attacked (「第三者の不正アクセス」), not whose it was."""
    return "".join(t.surface for t in doc.tokens[lo:end]) in _words().agents
