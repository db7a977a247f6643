"""Counts of records said kept but not leaked, or in a text that found nothing leaked, and
figures quoted to be corrected: no number of victims (`nlu.victims` asks). Words in
`config/nlu_victim_denials.toml`."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import PhraseSet
from nlu.tokens import Token
from nlu.victim_recipients import recipients

DENIALS: Final = "nlu_victim_denials.toml"


def stored_not_leaked(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「サーバーには8万5000人分の患者情報が記録されており」 in a text that says no leak is known.

    The count is of records kept somewhere, not of persons whose data leaked.
    """
    if lex.no_leak is None or lex.no_leak.search(doc.text) is None:
        return False
    if lex.leak_possible is not None and lex.leak_possible.search(doc.text) is not None:
        return False  # 「確認されておりませんが、その可能性を否定できない」
    lo, hi = doc.sentence_span(doc.token_at(count.start))
    if _affected().contains(doc, lo, hi):
        return False  # 「対象となるお客様は246名で、氏名…が記載」: said as the ones it hit
    if _damaged(doc, lo, hi, lex):
        return False
    # 「…会員2,000名分の情報がありますが、流出は確認されておりません」: the leak word of the
    # finding itself says no leak; only the words outside it may say one.
    denial = {
        i
        for m in lex.no_leak.finditer(doc.text, doc.starts[lo], doc.ends[hi - 1])
        for i in range(doc.token_at(m.start()), doc.token_at(m.end() - 1) + 1)
    }
    lemmas = {t.lemma for i, t in enumerate(doc.tokens[lo:hi], lo) if i not in denial}
    if lemmas & _disposed():
        return False  # 「廃棄された書類には…約420名の氏名…が記載」: lost, though not leaked
    return bool(lemmas & lex.stored_lemmas) and not lemmas & lex.leak_lemmas


def _damaged(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「暗号化されたサーバーには…約1万2千人分の診療情報が保存」 after a ransomware attack: the
    records kept were damaged (毀損), so they are victims' records though none leaked."""
    if lex.damaged_stores is None or lex.encrypting_attacks is None:
        return False
    if lex.encrypting_attacks.search(doc.text) is None:
        return False
    if lex.damaged_stores.search(doc.text, doc.starts[lo], doc.ends[hi - 1]) is not None:
        return True
    return _store_said_encrypted(doc, lo, hi, lex)


def _store_said_encrypted(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「サーバーのファイルが暗号化されている…」 then 「サーバーには…約300名の…情報が保存」: the
    store the count's sentence opens with (a noun, then に or には) was said encrypted, in a
    clause of its own elsewhere in the text."""
    if lex.damaged_stores is None:
        return False
    tokens = doc.tokens
    found = next(
        (
            i
            for i in range(lo, min(hi, lo + _STORE_REACH))
            if tokens[i].pos1 == "名詞" and i + 1 < hi and tokens[i + 1].surface == "に"
        ),
        None,
    )
    if _store_named_back(doc, lo, hi):
        return any(
            not lo <= doc.token_at(m.start()) < hi for m in lex.damaged_stores.finditer(doc.text)
        )
    if found is None:
        return False
    store = tokens[found].lemma
    for match in lex.damaged_stores.finditer(doc.text):
        at = doc.token_at(match.start())
        if not lo <= at < hi and any(t.lemma == store for t in tokens[doc.clause_start(at) : at]):
            return True
    return False


def _store_named_back(doc: Doc, lo: int, hi: int) -> bool:
    """「調査の結果、当該サーバーには…保存」: the store the attack was said to hit, named back
    (当該, 同 right before a noun and に), anywhere in the count's sentence."""
    tokens = doc.tokens
    return any(
        tokens[i].surface in _denials().same_store
        and tokens[i + 1].pos1 == "名詞"
        and tokens[i + 2].surface == "に"
        for i in range(lo, hi - 2)
    )


# How many tokens into its sentence the store a count's records are kept on may be named.
_STORE_REACH = 4


def denied(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """In a text that found nothing leaked, a count hedged or said without a leak.

    「1件が漏えいした可能性…調査の結果、漏えいがないことが分かりました」「1719人に誤って
    送った…個人情報は含まれていない」: what might have been exposed, not victims.
    """
    if lex.leak_denied is None:
        return False
    found = [m.group() for m in lex.leak_denied.finditer(doc.text)]
    if count.kind == "corporations":
        # 「取引先様1社の製品情報…個人情報は含まれておりません」: no person's data, a company's.
        found = [m for m in found if not m.startswith(_persons_only())]
    if not found:
        return False
    token = doc.token_at(count.start)
    clause_end = doc.clause_end(token)
    clause = doc.tokens[doc.clause_start(token) : clause_end]
    leaked = any(t.lemma in lex.leak_lemmas for t in clause)
    own = doc.ends[clause_end - 1]
    if _included_in_next(doc, clause):
        # 「フォームから送信された情報(約420件)を含め、個人情報の漏えいはございません」: the
        # count is part of what the finding after it, in its sentence, is about.
        own = doc.ends[doc.sentence_span(token)[1] - 1]
    return (
        not leaked
        # 「会員約2万人の情報は流出していないことを確認」: the finding is about this count
        or any(count.end <= m.start() < own for m in lex.leak_denied.finditer(doc.text))
        or lex.hedge.contains(doc, *doc.sentence_span(token))
        or recipients(doc, count, lex)  # a mail that held no one else's data
    )


def _included_in_next(doc: Doc, clause: Sequence[Token]) -> bool:
    """A clause that ends 「…を含め、」: what it names is part of what the next one says."""
    words = [t for t in clause if t.pos1 != "補助記号"]
    return bool(words) and words[-1].lemma in _INCLUDING


_INCLUDING = frozenset({"含める", "含む"})


class DenialsFile(config.Schema):
    """`config/nlu_victim_denials.toml`."""

    persons_only: NonEmptyWords
    quoted: NonEmptyWords
    same_store: NonEmptyWords
    affected: NonEmptyWords
    disposed: NonEmptyWords


@cache
def _denials() -> DenialsFile:
    return config.load(DENIALS, DenialsFile)


@cache
def _affected() -> PhraseSet:
    return PhraseSet({"affected": _denials().affected})


@cache
def _disposed() -> frozenset[str]:
    return frozenset(_denials().disposed)


def _persons_only() -> tuple[str, ...]:
    return tuple(_denials().persons_only)


def quoted_before(doc: Doc, count: Count) -> bool:
    """「最初1,500件と言いましたが」「「約2,000件」とお知らせいたしました」: the earlier figure."""
    at = count.end + (1 if doc.text.startswith("」", count.end) else 0)
    return doc.text.startswith(tuple(_denials().quoted), at)
