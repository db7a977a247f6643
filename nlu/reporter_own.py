"""The company finding it itself (`detection` self), said other than by 「自社で気づいた」:
its own tool's alarm as the means, a loss noticed when it went to use the thing, a speaker
who looked and found it. Words in `config/nlu_reporter_own.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.polarity import negations, scope_after
from nlu.reporter_frames import means_then_finding
from nlu.reporter_intro import team_introduced
from nlu.reporter_words import the_company

FILE: Final = "nlu_reporter_own.toml"
Event = tuple[int, Detection]


class OwnFile(config.Schema):
    """`config/nlu_reporter_own.toml`."""

    tools: NonEmptyWords
    alarms: NonEmptyWords
    attempt_heads: NonEmptyWords
    requests: NonEmptyWords
    losses: NonEmptyWords
    learning: NonEmptyWords
    looking: NonEmptyWords
    arrows: NonEmptyWords
    reader_possessives: NonEmptyWords
    log_readers: NonEmptyWords
    log_words: NonEmptyWords
    log_means: NonEmptyWords
    log_sightings: NonEmptyWords
    audit_means: NonEmptyWords


class _Words(NamedTuple):
    tools: PhraseSet
    alarms: frozenset[str]
    attempt_heads: frozenset[str]
    requests: PhraseSet
    losses: PhraseSet
    learning: frozenset[str]
    looking: frozenset[str]
    arrows: tuple[str, ...]
    reader_possessives: tuple[str, ...]
    log_readers: PhraseSet
    log_words: frozenset[str]
    log_means: PhraseSet
    log_sightings: frozenset[str]
    audit_means: PhraseSet


@cache
def _words() -> _Words:
    file = config.load(FILE, OwnFile)
    return _Words(
        PhraseSet({"tool": file.tools}),
        frozenset(file.alarms),
        frozenset(file.attempt_heads),
        PhraseSet({"request": file.requests}),
        PhraseSet({"loss": file.losses}),
        frozenset(file.learning),
        frozenset(file.looking),
        tuple(file.arrows),
        tuple(file.reader_possessives),
        PhraseSet({"reader": file.log_readers}),
        frozenset(file.log_words),
        PhraseSet({"means": file.log_means}),
        frozenset(file.log_sightings),
        PhraseSet({"means": file.audit_means}),
    )


def own_discoveries(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """Our own finding, read only when nobody outside is read as telling: with a report,
    what we did checked what it told."""
    return [
        *_tool_alarms(doc, lex, every),
        *_losses_met(doc, lex, every),
        *_looked(doc, lex, every),
        *_logs_read(doc, lex, every),
        *_topic_audits(doc, lex, every),
    ]


def _denied(doc: Doc, end: int, lex: Lexicon) -> bool:
    """The predicate ending at `end` is denied in its own clause (「分からなかった」)."""
    lo, hi = scope_after(doc, end, extend=False)
    return negations(doc, lo, hi, lex) % 2 == 1


def _outsider_before(doc: Doc, every: list[Match], at: int) -> bool:
    """An outsider as a subject earlier in the sentence of `at` (「委託先の担当者が確認
    しようと」), not one the sentence only mentions (「顧客から問い合わせのあった取引」)."""
    first, _ = doc.sentence_span(at)
    return any(first <= r.start < at and _subject(doc, r.end, at) for r in every)


def _subject(doc: Doc, end: int, at: int) -> bool:
    """The outsider ending at `end` heads a subject before `at`: 「委託先の担当者が」."""
    tokens = doc.tokens
    i = end
    while (
        i < at
        and i - end < _SUBJECT_REACH
        and (tokens[i].pos1 in ("名詞", "接尾辞", "接頭辞") or tokens[i].surface == "の")
    ):
        i += 1
    return i < at and tokens[i].surface in ("が", "は")


# Words between an outsider and the が of the noun phrase it starts (「委託先の担当者が」).
_SUBJECT_REACH: Final = 5


def _tool_alarms(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """「ウイルス対策ソフトの警告により判明」「EDRの検知で発覚」: the tool's alarm, named as
    the means, then a finding."""
    words = _words()
    tokens = doc.tokens
    found = []
    predicates = lex.agent_predicates.find(doc)
    for tool in words.tools.find(doc):
        i = tool.end + (tool.end < len(tokens) and tokens[tool.end].surface == "の")
        if i >= len(tokens) or tokens[i].lemma not in words.alarms:
            continue
        first, _ = doc.sentence_span(tool.start)
        if any(first <= r.start < tool.start for r in every):
            continue  # 「監視会社のEDRのアラートで」: the operator's tool
        if means_then_finding(doc, i + 1, predicates, lex) or _chain_starts(doc, tool.start, i):
            found.append((tool.start, Detection.SELF))
    return found


def _chain_starts(doc: Doc, start: int, alarm: int) -> bool:
    """「EDRアラート→調査依頼→…」: the alarm is the first step of a chain of arrows, what
    set the rest off; or 「EDRアラート。営業部の端末1台でビーコン検知」, the headline the
    message opens with, its first sentence the alarm alone."""
    first, last = doc.sentence_span(start)
    end = doc.tokens[alarm].start + len(doc.tokens[alarm].surface)
    if first != start:
        return False
    headline = start == 0 and all(t.pos1 == "補助記号" for t in doc.tokens[alarm + 1 : last])
    return headline or doc.text[end:].lstrip(" ").startswith(_words().arrows)


def _losses_met(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """「伝票で確認しようとした際に紛失が分かった」「提出を求められて紛失が分かり」: the loss
    came to light when the company went to use or hand over the thing."""
    words = _words()
    found: list[Event] = []
    if not words.losses.any(doc):
        return found  # each occasion needs a loss after it
    occasions = [(m.start, m.end) for m in words.requests.find(doc)] + _attempts(doc)
    for start, end in occasions:
        if _outsider_before(doc, every, start):
            continue
        _, last = doc.sentence_span(start)
        loss = next((m for m in words.losses.find(doc, end, last)), None)
        if loss is None:
            continue
        learnt = next(
            (i for i in range(loss.end, last) if doc.tokens[i].lemma in words.learning), None
        )
        if learnt is not None and not _denied(doc, learnt + 1, lex):
            found.append((start, Detection.SELF))
    return found


def _attempts(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of each 「…うとした際」「…ようとしたところ」: a verb's volitional form,
    と, した, then a head of the time it happened."""
    heads = _words().attempt_heads
    tokens = doc.tokens
    found = []
    for i in range(len(tokens) - 4):
        verb = tokens[i]
        if verb.pos1 != "動詞" or not verb.surface.endswith("う"):
            continue
        if tokens[i + 1].surface != "と" or tokens[i + 2].lemma != "為る":
            continue
        rest = tokens[i + 3 : i + 5]
        if rest[0].surface == "たら":
            found.append((i, i + 4))
        elif rest[0].surface == "た" and len(rest) > 1 and rest[1].surface in heads:
            found.append((i, i + 5))
    return found


def _looked(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """「ログ見たら外部から入られてた」「車に戻ったらバッグが消えていた」: the speaker looked or
    came back, then met the incident (a loss, an attack or another incident named)."""
    words = _words()
    found: list[Event] = []
    lemmas, surfaces = doc.lemma_set(), doc.surface_set()
    if lemmas.isdisjoint(words.looking) or surfaces.isdisjoint(_CONDITIONAL_HEADS):
        return found
    tokens = doc.tokens
    for i in range(1, len(tokens) - 1):
        # `_conditional`'s first test, inline: this runs for every token of every message.
        if tokens[i].surface not in _CONDITIONAL_HEADS:
            continue
        verb = tokens[i - 2] if tokens[i - 1].lemma == "為る" and i >= 2 else tokens[i - 1]
        if not _conditional(doc, i) or verb.lemma not in words.looking:
            continue
        if _outsider_before(doc, every, i):
            continue
        lo = i + 1 if tokens[i].surface == "たら" else i + 2
        _, last = doc.sentence_span(i)
        met = (
            words.losses.contains(doc, lo, last)
            or any(m.label != "suspected" for m in lex.incident_cues.find(doc, lo, last))
            or lex.access_cues.contains(doc, lo, last)
        )
        if met and negations(doc, lo, last, lex) % 2 == 0:  # 「見たら侵入はなかった」
            found.append((i, Detection.SELF))
    return found


# The tokens a 「見たら」「戻ったら」 ends in: 「たら」, or 「た」「だ」 before 「ら」.
_CONDITIONAL_HEADS: Final = frozenset({"たら", "た", "だ"})


def _conditional(doc: Doc, i: int) -> bool:
    """Token `i` is 「たら」 (or 「た」「ら」) after a verb: 「見たら」「戻ったら」."""
    tokens = doc.tokens
    if tokens[i].surface == "たら":
        return tokens[i - 1].pos1 == "動詞" or tokens[i - 1].pos1 == "名詞"
    return (
        tokens[i].surface in ("た", "だ")
        and tokens[i + 1].surface == "ら"
        and tokens[i - 1].pos1 in ("動詞", "名詞")
    )


# How far back the noun phrase of a tool may run (「お使い|の|端末|の|ウイルス対策ソフト」).
_PHRASE_REACH: Final = 10
# Inside that phrase, the devices may be listed (「お使いのパソコンやスマートフォンの
# セキュリティソフトで」, スマート a 形状詞 to UniDic): the list still belongs to the reader.
_LINKS: Final = frozenset({"の", "や", "・"})
_PHRASE_POS: Final = frozenset({"名詞", "接頭辞", "接尾辞", "形状詞"})


def readers_tool(doc: Doc, match: Match) -> bool:
    """「念のためお使いの端末のウイルス対策ソフトでチェックを」: the tool at `match` is the
    reader's, named so in a notice asking readers to check their own machines, not ours."""
    tokens = doc.tokens
    i = match.start
    while (
        i > 0
        and match.start - i < _PHRASE_REACH
        and (tokens[i - 1].pos1 in _PHRASE_POS or tokens[i - 1].surface in _LINKS)
    ):
        i -= 1
    if i == match.start:
        return False
    phrase = "".join(t.surface for t in tokens[i : match.start])
    return any(p in phrase for p in _words().reader_possessives)


def _logs_read(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """「情シスの佐藤です。M365のサインインログに、海外IPからのサインイン試行が大量に出て
    います」「情シス課長の森です。FWログで…記録されているのを確認しました」: our IT team,
    writing, saw it in our own logs (labelling rule 3: self). Read only when the writer
    introduces themselves as that team; a bare 「ログに海外IPから…」 says nothing of who."""
    words, tokens = _words(), doc.tokens
    if doc.surface_set().isdisjoint(words.log_words):
        return []
    team = next(iter(words.log_readers.find(doc)), None)
    if team is None or not team_introduced(doc, team):
        return []
    found: list[Event] = []
    for means in words.log_means.find(doc):
        if means.start == 0 or tokens[means.start - 1].surface not in words.log_words:
            continue
        if _outsider_before(doc, every, means.start):
            continue
        _, last = doc.sentence_span(means.start)
        seen = next(
            (k for k in range(means.end, last) if tokens[k].lemma in words.log_sightings), None
        )
        if seen is None or _denied(doc, seen + 1, lex) or _done(doc, seen):
            continue
        found.append((means.start - 1, Detection.SELF))
    return found


# After a sighting, the words that make it a check done on what was known (surface forms).
_DONE: Final = frozenset({"済", "済み", "ずみ"})


def _done(doc: Doc, seen: int) -> bool:
    """「監査ログで…不正サインインを確認済」: 確認済 confirms what was already known, as
    「CSIRTで確認済み」 does (`[detection] other_predicates`), no finding of how it came up."""
    after = doc.tokens[seen + 1 : seen + 2]
    return bool(after) and after[0].surface in _DONE


def _topic_audits(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """「当院では電子カルテの閲覧履歴を定期的に監査しており、8月の監査において不審な閲覧
    記録を確認し」: the organisation itself, the sentence's topic, found it in its own
    regular check, named as the means, with no outsider in the sentence."""
    words, tokens = _words(), doc.tokens
    found: list[Event] = []
    checks = lex.frames.own_checks
    if doc.lemma_set().isdisjoint(checks):
        return found
    for means in words.audit_means.find(doc):
        if means.start == 0 or tokens[means.start - 1].lemma not in checks:
            continue
        first, last = doc.sentence_span(means.start)
        topic = next((k for k in range(first, means.start) if _company_topic(doc, k, lex)), None)
        if topic is None:
            continue
        predicate = next(
            (m for m in lex.agent_predicates.find(doc, means.end, last) if m.start >= means.end),
            None,
        )
        if predicate is None or predicate.label != "finding":
            continue
        if any(first <= r.start < predicate.start for r in every):
            continue  # 「委託先の監査において」: an outsider named on the way
        if not _denied(doc, predicate.end, lex):
            found.append((topic, Detection.SELF))
    return found


def _company_topic(doc: Doc, k: int, lex: Lexicon) -> bool:
    """「当院では」「当社は」: the organisation itself at `k`, as the topic (は, では)."""
    tokens = doc.tokens
    if not the_company(doc, k, lex):
        return False
    after = [t.surface for t in tokens[k + 1 : k + 3]]
    return after[:1] == ["は"] or after == ["で", "は"]
