"""A party telling through its person, or named by where it stands (`detection`): 「先方の
社長さんが電話くれて」「向こうの社長さんが親切に電話くれて分かった」「向こうさんから連絡が
あった」. Words in `config/nlu_reporter_persons.toml`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Final, NamedTuple

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.phrases import Match
from nlu.reporter_parties import governs
from nlu.reporter_roles import role_end

FILE: Final = "nlu_reporter_persons.toml"
# After 向こう: an honorific (「向こうさん」「あちら様」) or 「の方」, the same party.
_POLITE: Final = frozenset({"さん", "様", "さま"})
# Between a subject (が) and its report word, none of these particles, which would start
# another statement (「親切に電話くれて」「うちに電話くれて」 still are one).
_OTHER_CASES: Final = frozenset({"が", "を", "は"})


class PersonsFile(config.Schema):
    """`config/nlu_reporter_persons.toml`."""

    yonder: NonEmptyWords
    pointing: NonEmptyWords
    bodies: NonEmptyWords
    noticing: NonEmptyWords
    noticing_nouns: NonEmptyWords


class _Words(NamedTuple):
    yonder: frozenset[str]
    pointing: frozenset[str]
    bodies: tuple[str, ...]
    noticing: frozenset[str]
    noticing_nouns: frozenset[str]


@cache
def _words() -> _Words:
    file = config.load(FILE, PersonsFile)
    return _Words(
        frozenset(file.yonder),
        frozenset(file.pointing),
        tuple(file.bodies),
        frozenset(file.noticing),
        frozenset(file.noticing_nouns),
    )


def persons_reports(
    doc: Doc,
    reports: list[Match],
    every: list[Match],
    kind_of: Callable[[Match], Detection],
) -> list[tuple[int, Detection]]:
    """Each report word whose subject or source, in its sentence, is a reporter's person
    (「先方の社長さんが」: that reporter's kind) or the other side (「向こうの社長さんが」: the
    kind of the last reporter named before it, a third party when none was)."""
    words = _words()
    yonder = not doc.surface_set().isdisjoint(words.yonder | words.pointing)
    if not yonder and not every:
        return []
    events = []
    for report in reports:
        first, _ = doc.sentence_span(report.start)
        party = next(
            (r for r in reversed(every) if first <= r.start and _person_tells(doc, r.end, report)),
            None,
        )
        if party is not None:
            events.append((report.start, kind_of(party)))
            continue
        side = _side_before(doc, first, report.start) if yonder else None
        if side is not None:
            before = [r for r in every if r.end <= side]
            kind = kind_of(before[-1]) if before else Detection.THIRD_PARTY
            events.append((report.start, kind))
    return events


def _person_tells(doc: Doc, end: int, report: Match) -> bool:
    """The reporter ending at `end` is followed by の and a person (「先方の社長さん」), who is
    the subject or the source of the report word."""
    tokens = doc.tokens
    if end + 1 >= report.start or tokens[end].surface != "の":
        return False
    person = (
        role_end(doc, end + 1)
        or _plain_person(doc, end + 1)
        or _of_its_body(doc, end + 1, report.start)
    )
    return person is not None and person < report.start and tells(doc, person, report.start)


# How many nouns may name the reporter's body before its person (「送った先の|病院|の方」).
_BODY_REACH: Final = 3
# The plain person of such a body (「病院の方」「会社の人」), then its honorifics.
_PLAIN_PERSONS: Final = frozenset({"方", "人", "方々"})


def _plain_person(doc: Doc, at: int) -> int | None:
    """「取引先の人が」「送信先の方様が」: where the reporter's plain person at `at` ends."""
    tokens = doc.tokens
    if tokens[at].surface not in _PLAIN_PERSONS:
        return None
    return at + 1 + (at + 1 < len(tokens) and tokens[at + 1].surface in _POLITE)


def _of_its_body(doc: Doc, at: int, report: int) -> int | None:
    """「送った先の病院の方が電話をくださいました」: the reporter's body named by a noun, then
    its person (a role, or a plain 方); where that person ends, or None."""
    tokens = doc.tokens
    k = at
    while k < report and k - at < _BODY_REACH and tokens[k].pos1 in ("名詞", "接尾辞"):
        k += 1
    if k == at or k + 1 >= report or tokens[k].surface != "の":
        return None
    return role_end(doc, k + 1) or _plain_person(doc, k + 1)


def _side_before(doc: Doc, first: int, report: int) -> int | None:
    """Where the other side stands as the subject or the source of the report word at
    `report`, in tokens[first:report]; None when it does not."""
    tokens, words = doc.tokens, _words()
    for at in range(first, report):
        end = at + 1
        if tokens[at].surface in words.pointing:
            # 「別の薬局にFAXしてしまいました。その薬局さんが電話で教えてくれて」: the body
            # pointed back to, named with an honorific, is the party it was sent to.
            if end < report and tokens[end].surface == "の":
                end += 1  # 「そちらの会社様が」
            end = _polite_body(doc, end, report) or at + 1
            if end == at + 1:
                continue
        elif tokens[at].surface not in words.yonder:
            continue
        elif end < report and tokens[end].surface in _POLITE:
            end += 1
        elif end + 1 < report and tokens[end].surface == "の":
            end = (
                role_end(doc, end + 1)
                or (end + 2 if tokens[end + 1].surface == "方" else 0)
                or _polite_body(doc, end + 1, report)  # 「向こうの医院さんが」
                or end
            )
        if end < report and tells(doc, end, report):
            return at
    return None


def _polite_body(doc: Doc, at: int, report: int) -> int | None:
    """「医院さん」「薬局様」: a body (a noun run ending in one of `bodies`) at `at`, then an
    honorific; where the honorific ends, or None."""
    tokens = doc.tokens
    k = at
    while (
        k < report
        and k - at < _BODY_REACH
        and tokens[k].pos1 in ("名詞", "接尾辞")
        and tokens[k].surface not in _POLITE
    ):
        k += 1
    if k == at or k >= report or tokens[k].surface not in _POLITE:
        return None
    body = "".join(t.surface for t in tokens[at:k])
    return k + 1 if body.endswith(_words().bodies) else None


def tells(doc: Doc, end: int, report: int) -> bool:
    """The party ending at `end` is the subject (が, its report word the next predicate but
    for a noticing: 「気づいて教えてくれた」) or the source (から, より) of the report word at
    `report`."""
    tokens = doc.tokens
    particle = tokens[end].surface
    if particle in ("から", "より"):
        return governs(doc, end, report)
    return particle == "が" and not any(
        (tokens[k].pos1 == "動詞" and not _noticing(doc, k)) or tokens[k].surface in _OTHER_CASES
        for k in range(end + 1, report)
    )


def _noticing(doc: Doc, k: int) -> bool:
    """「気づいて」「発見し」 at `k`: the subject noticed it before telling."""
    words, tokens = _words(), doc.tokens
    if tokens[k].lemma in words.noticing:
        return True
    return tokens[k].lemma == "為る" and k > 0 and tokens[k - 1].lemma in words.noticing_nouns
