"""Reports the company says it made: to the police, to 個人情報保護委員会, to JPCERT/CC.

「警察に被害届を出しました（受理番号 第123号）」 → police, damage report, 第123号;
「個情委に速報済み 受付番号A-1234」 → ppc, 速報, A-1234. A clause is read as a report only
when it names the authority and says it was done, never when it plans, asks or denies
(「警察に相談しようと思う」「個情委への報告は必要？」). The words are in
`config/nlu_reports.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords, Words
from nlu.normalize import normalize
from nlu.patterns import alternation

FILE: Final = "nlu_reports.toml"
# Where one statement ends: a report and its number are said in one clause.
_CLAUSE_END = re.compile(r"[。！!\n]")


class Authority(StrEnum):
    """Whom a report went to."""

    POLICE = "police"
    PPC = "ppc"
    JPCERT = "jpcert"
    IPA = "ipa"


class ReportKind(StrEnum):
    """What was filed."""

    DAMAGE_REPORT = "damage_report"  # 被害届
    PRELIMINARY = "preliminary"  # 速報
    FINAL = "final"  # 確報
    CONSULTATION = "consultation"  # 相談
    REPORT = "report"  # any other report or notice


@dataclass(frozen=True)
class ReportMention:
    """A report the message says was made, with its receipt number when given."""

    authority: Authority
    kind: ReportKind
    receipt: str | None = None


class _Authorities(config.Schema):
    police: NonEmptyWords
    ppc: NonEmptyWords
    jpcert: NonEmptyWords
    ipa: NonEmptyWords


class _Kinds(config.Schema):
    damage_report: NonEmptyWords
    preliminary: NonEmptyWords
    final: NonEmptyWords
    consultation: NonEmptyWords
    report: NonEmptyWords


class _Cues(config.Schema):
    done: NonEmptyWords
    not_done: Words


class _Receipt(config.Schema):
    labels: NonEmptyWords
    prefixes: Words
    suffixes: Words


class ReportsFile(config.Schema):
    """`config/nlu_reports.toml`."""

    authorities: _Authorities
    kinds: _Kinds
    cues: _Cues
    receipt: _Receipt


@dataclass(frozen=True)
class _Vocabulary:
    authorities: tuple[tuple[Authority, tuple[str, ...]], ...]
    kinds: tuple[tuple[ReportKind, tuple[str, ...]], ...]
    done: tuple[str, ...]
    not_done: tuple[str, ...]
    receipt: re.Pattern[str]


def folded(words: list[str]) -> tuple[str, ...]:
    """The words as the text is compared, NFKC and case folded: 「ＪＰＣＥＲＴ」 and 「jpcert」
    are one word."""
    return tuple(normalize(word).casefold() for word in words)


def _alternatives(words: list[str]) -> str:
    return alternation(folded(words))


@cache
def _vocabulary() -> _Vocabulary:
    file = config.load(FILE, ReportsFile)
    receipt = file.receipt
    prefix = f"(?:{_alternatives(receipt.prefixes)})?" if receipt.prefixes else ""
    suffix = f"(?:{_alternatives(receipt.suffixes)})?" if receipt.suffixes else ""
    pattern = (
        rf"(?:{_alternatives(receipt.labels)})\s*(?:[:は]\s*)?"
        rf"({prefix}[0-9a-z][0-9a-z\-]*{suffix})"
    )
    return _Vocabulary(
        authorities=tuple((Authority(name), folded(words)) for name, words in file.authorities),
        kinds=tuple((ReportKind(name), folded(words)) for name, words in file.kinds),
        done=folded(file.cues.done),
        not_done=folded(file.cues.not_done),
        receipt=re.compile(pattern),
    )


def read_reports(text: str) -> tuple[ReportMention, ...]:
    """The reports `text` says were made, one per authority, in the order said.

    Each sentence is cut where an authority is named, so 「警察に被害届を出し、個情委にも
    速報済み」 is two reports; a receipt number said in the next sentence without an
    authority of its own (「確報を提出しました。受付番号: BX-99」) belongs to the report
    before it.

    Args:
        text: A message as the user wrote it (normalised here).
    """
    v = _vocabulary()
    found: dict[Authority, ReportMention] = {}
    last: ReportMention | None = None
    for sentence in _CLAUSE_END.split(normalize(text).casefold()):
        segments = _segments(sentence, v)
        if not segments:
            receipt = v.receipt.search(sentence)
            if last is not None and last.receipt is None and receipt is not None:
                last = replace(last, receipt=receipt.group(1).upper())
                found[last.authority] = last
            continue
        for authority, segment in segments:
            mention = _report(authority, segment, v)
            if mention is not None and authority not in found:
                found[authority] = last = mention
    return tuple(found.values())


def _segments(sentence: str, v: _Vocabulary) -> list[tuple[Authority, str]]:
    """The sentence cut at each authority named: (authority, its words up to the next)."""
    starts: list[tuple[int, int, Authority]] = []
    for authority, words in v.authorities:
        for word in words:
            at = sentence.find(word)
            while at >= 0:
                starts.append((at, -len(word), authority))
                at = sentence.find(word, at + len(word))
    starts.sort()
    kept: list[tuple[int, Authority]] = []
    end = -1
    for at, negative_length, authority in starts:
        if at >= end:  # 「個人情報保護委員会」 holds 「保護委員会」: the longer word only
            kept.append((at, authority))
            end = at - negative_length
    cuts = [0 if i == 0 else at for i, (at, _) in enumerate(kept)]
    return [
        (authority, sentence[cut : cuts[i + 1] if i + 1 < len(cuts) else len(sentence)])
        for i, ((_, authority), cut) in enumerate(zip(kept, cuts, strict=True))
    ]


def _report(authority: Authority, segment: str, v: _Vocabulary) -> ReportMention | None:
    receipt = v.receipt.search(segment)
    # The receipt's own words (受理番号) must not count as the report being done.
    rest = v.receipt.sub("", segment)
    if not any(cue in rest for cue in v.done) and receipt is None:
        return None
    if any(cue in rest for cue in v.not_done):
        return None
    kind = next((k for k, words in v.kinds if any(w in segment for w in words)), ReportKind.REPORT)
    return ReportMention(authority, kind, receipt.group(1).upper() if receipt else None)
