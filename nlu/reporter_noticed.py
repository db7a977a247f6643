"""An outsider who noticed the incident and so told the company (`detection`), said with no
から: 「保守を委託している業者が異常なアクセスに気付き判明した」, or in a vendor's letter to
its client, 「弊社が実施している貴社サイトの定期巡回において…確認いたしました」.

Words in `config/nlu_reporter_noticed.toml`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.polarity import negations, scope_after
from nlu.reporter_context import principal_words

FILE: Final = "nlu_reporter_noticed.toml"
# Words between the outsider and its が (「業者さんが」).
_SUBJECT_REACH: Final = 2
_HONORIFICS: Final = frozenset({"さん", "様", "さま"})


class NoticedFile(config.Schema):
    """`config/nlu_reporter_noticed.toml`."""

    findings: NonEmptyWords
    firms: NonEmptyWords
    work_heads: NonEmptyWords
    own_work: NonEmptyWords
    outcomes: NonEmptyWords
    writers: NonEmptyWords
    regular_checks: NonEmptyWords
    letter_findings: NonEmptyWords


@cache
def _words() -> tuple[NoticedFile, PhraseSet]:
    file = config.load(FILE, NoticedFile)
    return file, PhraseSet({"check": file.regular_checks})


def firms_by_work(doc: Doc) -> list[Match]:
    """「保守を請け負う業者」「発送を代行する会社」: a firm no reporter word names, named by
    what it does, the subject of its sentence; not 「私が勤める会社」."""
    file, _ = _words()
    surfaces = doc.surface_set()
    if "が" not in surfaces or surfaces.isdisjoint(file.work_heads):
        return []  # the loop below needs both
    tokens = doc.tokens
    found = []
    for k in range(1, len(tokens) - 1):
        token, before = tokens[k], tokens[k - 1]
        if token.surface not in file.work_heads:
            continue
        # 「保守をお願いしてる業者さんが」: the firm named politely, as MeCab cuts さん off.
        subject = k + 2 if tokens[k + 1].surface in _HONORIFICS else k + 1
        if subject >= len(tokens) or tokens[subject].surface != "が":
            continue
        if before.pos1 not in ("動詞", "助動詞"):
            continue
        # 「勤めている会社」: the clause's verb may stand before its auxiliaries.
        if any(t.lemma in file.own_work for t in tokens[max(0, k - 5) : k]):
            continue
        found.append(Match(k, k + 1, "third_party"))
    return found


def outsider_noticed(
    doc: Doc, lex: Lexicon, every: list[Match], kind_of: Callable[[Match], Detection]
) -> list[tuple[int, Detection]]:
    """「委託先が社内調査で持ち出しを把握し、同社に報告した」: an outsider named as the subject
    of a finding, then the incident came to light or was reported, in the same sentence."""
    file, _ = _words()
    lemmas = doc.lemma_set()
    if lemmas.isdisjoint(file.findings):
        return []  # no finding
    tokens = doc.tokens
    found = []
    named = {r.start for r in every}
    by_work = [m for m in firms_by_work(doc) if m.start not in named]
    for reporter in [*every, *by_work]:
        kind = Detection.THIRD_PARTY if reporter in by_work else kind_of(reporter)
        name = "".join(t.surface for t in tokens[reporter.start : reporter.end])
        if kind is Detection.THIRD_PARTY and not name.endswith(tuple(file.firms)):
            continue
        tail = tokens[reporter.end : reporter.end + _SUBJECT_REACH + 1]
        at = next((k for k, t in enumerate(tail) if t.surface == "が"), None)
        if at is None or any(t.pos1 in ("動詞", "助動詞") for t in tail[:at]):
            continue
        _, last = doc.sentence_span(reporter.start)
        start = reporter.end + at + 1
        finding = next(
            (
                k
                for k in range(start, last)
                if _predicate(tokens[k].pos1, tokens[k].lemma, file) and not _attributive(doc, k)
            ),
            None,
        )
        if finding is None or tokens[finding].lemma not in file.findings:
            continue
        rest = range(finding + 1, last)
        # 「…に気付き、当社が連絡した」: another subject's report is not the outsider's.
        outcome = next((k for k in rest if tokens[k].lemma in file.outcomes), None)
        if outcome is None:
            # 「…を見つけてくれました」: found for us, a favour that told us; its finding
            # alone (「業者が異常に気付いた」) says nothing of how we were told.
            outcome = _favour(doc, finding, last)
        if outcome is None or any(tokens[k].surface == "が" for k in range(finding, outcome)):
            continue
        if negations(doc, finding, outcome + 2, lex) == 0:
            found.append((reporter.start, kind))
    return found


# After a finding's て, a favour done to us (「見つけてくれました」「気づいてくださり」). Lemmas.
_FAVOURS: Final = frozenset({"呉れる", "下さる"})


def _favour(doc: Doc, finding: int, last: int) -> int | None:
    """Where the finding at `finding` is done as a favour to us (its くれる), or None."""
    tokens = doc.tokens
    k = finding + 1
    if k < last and tokens[k].lemma == "為る":
        k += 1  # 発見し
    if k + 1 < last and tokens[k].surface in ("て", "で") and tokens[k + 1].lemma in _FAVOURS:
        return k + 1
    return None


def _attributive(doc: Doc, k: int) -> bool:
    """「通常とは異なる通信記録を見つけ」: the verb at `k` qualifies the noun right after it,
    a clause inside the finding's object, not the outsider's own predicate."""
    tokens = doc.tokens
    if tokens[k].pos1 != "動詞" or tokens[k].lemma in _words()[0].findings:
        return False
    end = k + 1  # 「見慣れないファイル」: the clause's verbs and auxiliaries, then its noun
    while end < len(tokens) and tokens[end].pos1 in ("動詞", "助動詞"):
        end += 1
    state = end  # 「書き換えられているのを」: the clause's て-form and its いる
    while state < len(tokens) and (
        tokens[state].pos1 in ("動詞", "助動詞")
        or (tokens[state].surface in ("て", "で") and tokens[state].pos2 == "接続助詞")
    ):
        state += 1
    if state + 1 < len(tokens) and (tokens[state].surface == "の" or tokens[state].lemma == "事"):
        # 「知らない管理者ユーザーが作られてるのを見つけて」: the clause made a noun is the
        # finding's object too.
        return tokens[state + 1].surface in ("を", "に")
    return end < len(tokens) and tokens[end].pos1 == "名詞"


def _predicate(pos1: str, lemma: str, file: NoticedFile) -> bool:
    """A verb, or a finding noun that takes する (把握し, 発見し)."""
    return pos1 == "動詞" or lemma in file.findings


def vendor_letter_finding(doc: Doc, lex: Lexicon) -> list[tuple[int, Detection]]:
    """「株式会社X 御中」「弊社が実施している貴社ウェブサイトの定期巡回において…確認」: the
    writer of a letter to the company found the incident in its own regular checks."""
    file, checks = _words()
    if not checks.any(doc):
        return []  # what follows looks only after a regular check
    tokens = doc.tokens
    text = "".join(t.surface for t in tokens)
    if "御中" not in text and not any(w in text for w in principal_words()):
        return []
    found = []
    for check in checks.find(doc):
        first, last = doc.sentence_span(check.start)
        finding = next(
            (k for k in range(check.end, last) if tokens[k].lemma in file.letter_findings), None
        )
        if finding is None:
            continue
        # The statement is quoted from the writer's name: 「弊社が実施している…確認」.
        writer = next((k for k in range(first, finding) if tokens[k].surface in file.writers), None)
        if writer is not None and negations(doc, finding, last, lex) == 0:
            found.append((writer, Detection.THIRD_PARTY))
        elif writer is None and _addressed(doc, check.end, finding):
            # 「定期保守点検の際に、貴院受付のNASにおいて…検出し」: the check of the principal's
            # own things, written to it, is the writer's; said where the finding is, and
            # denied only in the finding's own clause (not by 「読み取れない状態」 after it).
            lo, hi = scope_after(doc, finding + 1, extend=False)
            if negations(doc, lo, hi, lex) == 0:
                found.append((finding, Detection.THIRD_PARTY))
    return found


def _addressed(doc: Doc, lo: int, hi: int) -> bool:
    """The principal a letter writes to (「貴院」「貴社」) is named within doc.tokens[lo:hi]."""
    text = "".join(t.surface for t in doc.tokens[lo:hi])  # MeCab cuts 貴院 as 貴 + 院
    return any(word in text for word in principal_words())
