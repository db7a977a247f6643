"""Someone named by where they were or live, telling us (`detection`): 「同じ店内にいた方が
会話を耳にし、当院にご連絡をいただいた」 is a bystander's report, a third party. Words in
`config/nlu_reporter_bystanders.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_reporter_bystanders.toml"
# How many words after the report word its verb of receiving may come (「ご連絡をいただいた」).
_RECEIVED_REACH: Final = 4
# Particles that start another statement between the subject and its report word.
_OTHER_SUBJECTS: Final = frozenset({"が", "は"})


class BystandersFile(config.Schema):
    """`config/nlu_reporter_bystanders.toml`."""

    presence: NonEmptyWords
    residence: NonEmptyWords
    persons: NonEmptyWords
    witnessing: NonEmptyWords
    witnessing_nouns: NonEmptyWords
    received: NonEmptyWords
    ours: NonEmptyWords


@cache
def _file() -> BystandersFile:
    return config.load(FILE, BystandersFile)


def bystander_reports(doc: Doc, reports: list[Match]) -> list[tuple[int, Detection]]:
    """Each report word received whose subject or source, in its sentence, is a person named
    by where they were or live (「隣の席におった人が」「近隣にお住まいの方が」): a third party."""
    file = _file()
    if doc.lemma_set().isdisjoint([*file.presence, *file.residence]):
        return []
    events = []
    for report in reports:
        if not _received(doc, report):
            continue
        first, _ = doc.sentence_span(report.start)
        if any(_bystander_tells(doc, k, first, report.start) for k in range(first, report.start)):
            events.append((report.start, Detection.THIRD_PARTY))
    return events


def _received(doc: Doc, report: Match) -> bool:
    """「ご連絡をいただいた」「電話してきた」「お届けくださった」: a report made to us."""
    received = _file().received
    words = doc.tokens[report.start : report.end + _RECEIVED_REACH]
    return any(t.lemma in received for t in words)


def _bystander_tells(doc: Doc, at: int, first: int, report: int) -> bool:
    """A person at `at`, named by the clause before it, is the subject or the source of the
    report word at `report`."""
    file, tokens = _file(), doc.tokens
    if tokens[at].surface not in file.persons or at + 1 >= report:
        return False
    if not _named_by_place(doc, at, first):
        return False
    if any(t.surface in file.ours for t in tokens[first:at]):
        return False  # 「社内にいた人が」: one of us
    particle = tokens[at + 1].surface
    if particle in ("から", "より"):
        return True
    return particle == "が" and not any(
        tokens[k].surface in _OTHER_SUBJECTS
        or (tokens[k].pos1 == "動詞" and not _witness(doc, k) and not _attributive(doc, k))
        for k in range(at + 2, report)
    )


def _attributive(doc: Doc, k: int) -> bool:
    """「散乱していた書類を」: the verb at `k` and its endings qualify the noun right after
    them, a clause inside the object, not what the bystander did."""
    tokens = doc.tokens
    j = k + 1
    while j < len(tokens) and (tokens[j].pos1 in ("動詞", "助動詞") or tokens[j].surface == "て"):
        j += 1
    # 「拾って工場に」: a verb in its て form goes on to the next one, qualifying nothing.
    return j < len(tokens) and tokens[j].pos1 == "名詞" and tokens[j - 1].surface != "て"


def _named_by_place(doc: Doc, at: int, first: int) -> bool:
    """「店内にいた方」「近くに住む人」「近隣にお住まいの方」: the words before the person at
    `at` are a clause of being somewhere, or a residence and の."""
    file, tokens = _file(), doc.tokens
    k = at - 1
    while k > first and tokens[k].pos1 == "助動詞":
        k -= 1  # 「いた」「おった」: the verb before its た
    if k >= first and tokens[k].pos1 == "動詞" and tokens[k].lemma in file.presence:
        return True
    return (
        at - 2 >= first
        and tokens[at - 1].surface == "の"
        and tokens[at - 2].lemma in file.residence
    )


def _witness(doc: Doc, k: int) -> bool:
    """「拾って」「耳にし」「発見し」 at `k`: what the bystander did before telling."""
    file, tokens = _file(), doc.tokens
    if tokens[k].lemma in file.witnessing:
        return True
    if tokens[k].lemma != "為る" or k < 2:
        return False
    before = tokens[k - 1] if tokens[k - 1].surface != "に" else tokens[k - 2]
    return before.lemma in file.witnessing_nouns
