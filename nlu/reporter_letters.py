"""An operator writing to the company (`detection`): 「株式会社ミハリ セキュリティ監視センター
です。貴社サーバーにおいて…を検知しました」 is the operator's external report, not a finding
of the company's own. Words in `config/nlu_reporter_letters.toml`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import negations, scope_after
from nlu.reporter_kinds import CATEGORY

FILE: Final = "nlu_reporter_letters.toml"
# The words of the writer's name before the operator's: 「株式会社ミハリ」, spaces aside.
_NAME_POS: Final = frozenset({"名詞", "接頭辞", "接尾辞", "補助記号", "空白"})
# The desk of the operator named after it (「監視センター 運用窓口です」): nouns, a few words.
_DESK_POS: Final = frozenset({"名詞", "接尾辞", "空白"})
_DESK_WORDS: Final = 3


class LettersFile(config.Schema):
    """`config/nlu_reporter_letters.toml`."""

    copulas: NonEmptyWords
    findings: NonEmptyWords
    sender_keys: NonEmptyWords
    separators: NonEmptyWords


@cache
def _words() -> LettersFile:
    return config.load(FILE, LettersFile)


def operator_letter(
    doc: Doc, lex: Lexicon, every: list[Match], kind_of: Callable[[Match], Detection]
) -> list[tuple[int, Detection]]:
    """The first finding of a letter to the company whose writer introduces itself as an
    external reporter: that reporter's report.

    The introduction is a sentence of the operator's name alone, closed by a copula; the
    letter addresses the company after it. Precision first: without both, a finding word
    stays for the other readers (「SOCです。昨日検知しました」 may be our own SOC writing).
    """
    letters = lex.letter_to_us.find(doc)
    if not letters:
        return []
    words, tokens = _words(), doc.tokens
    for reporter in every:
        if CATEGORY[reporter.label] is not Detection.EXTERNAL_REPORT:
            continue
        first, last = doc.sentence_span(reporter.start)
        sender = _sender_key(doc, first, reporter.start, words)
        if sender is None and any(t.pos1 not in _NAME_POS for t in tokens[first : reporter.start]):
            continue
        at = reporter.end
        while at < last and at - reporter.end < _DESK_WORDS and tokens[at].pos1 in _DESK_POS:
            at += 1  # 「レンタルサーバー サポートです」: the operator's desk
        if sender is not None:
            # 「送信元:セキュアウォッチ24 SOCセンター」: a header line naming the sender
            # alone; the letter's address line may stand before it (「宛先:… 御中」).
            if at < last:
                continue
        else:
            if at >= last or tokens[at].surface not in words.copulas:
                continue
            if any(t.pos1 not in ("補助記号", "空白") for t in tokens[at + 1 : last]):
                continue  # 「監視センターですが、…」 goes on to say more than who writes
            if not any(m.start >= last for m in letters):
                continue
        for k in range(last, len(tokens)):
            if tokens[k].lemma not in words.findings:
                continue
            lo, hi = scope_after(doc, k + 1, extend=False)
            if negations(doc, lo, hi, lex) % 2 == 0:
                return [(k, kind_of(reporter))]
    return []


# The words of a sender's name in a header line (「セキュア|ウォッチ|24」): a 形状詞 too.
_SENDER_POS: Final = _NAME_POS | {"形状詞"}


def _sender_key(doc: Doc, first: int, start: int, words: LettersFile) -> int | None:
    """Where the name starts after a header key naming the sender (「送信元:」「差出人：」)
    that opens the sentence tokens[first:], when only name words stand from there to
    `start`; None when the sentence opens otherwise."""
    tokens = doc.tokens
    sep = next((k for k in range(first, start) if tokens[k].surface in words.separators), None)
    if sep is None or "".join(t.surface for t in tokens[first:sep]) not in words.sender_keys:
        return None
    if any(t.pos1 not in _SENDER_POS for t in tokens[sep + 1 : start]):
        return None
    return sep + 1
