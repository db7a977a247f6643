"""One of our own people named with 本人 or ご自身 (「発見は院長ご本人」「店長ご本人が気づいた」):
the person himself, one of us, not the data subject a bare ご本人 names. Words in
`config/nlu_reporter_roles.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import PhraseSet
from nlu.reporter_context import relayed_by_agent

FILE: Final = "nlu_reporter_roles.toml"


class RolesFile(config.Schema):
    """`config/nlu_reporter_roles.toml`."""

    roles: NonEmptyWords
    persons: NonEmptyWords
    titles: NonEmptyWords
    honorifics: NonEmptyWords
    own_qualifiers: NonEmptyWords
    client_qualifiers: NonEmptyWords
    notices: NonEmptyWords


class _Words(NamedTuple):
    roles: PhraseSet
    persons: frozenset[str]
    titles: frozenset[str]
    honorifics: frozenset[str]
    qualifiers: PhraseSet
    notices: frozenset[str]


@cache
def _words() -> _Words:
    file = config.load(FILE, RolesFile)
    return _Words(
        PhraseSet({"role": file.roles}),
        frozenset(file.persons),
        frozenset(file.titles),
        frozenset(file.honorifics),
        PhraseSet({"own": file.own_qualifiers, "client": file.client_qualifiers}),
        frozenset(file.notices),
    )


def role_person(doc: Doc, start: int, end: int) -> bool:
    """doc.tokens[start:end] is (ご)本人 or (ご)自身 right after one of our own roles that
    nobody else's qualifies: 「院長ご本人」「社長本人」「当院の院長ご自身」, not 「ご本人」
    「患者ご本人」「取引先の社長ご本人」."""
    words = _words()
    tokens = doc.tokens
    if end - start not in (1, 2) or tokens[end - 1].surface not in words.persons:
        return False
    if end - start == 2 and tokens[start].surface not in words.honorifics:
        return False
    role = next((m for m in words.roles.find(doc, 0, start) if m.end == start), None)
    return role is not None and _unqualified(doc, role.start)


def notices() -> frozenset[str]:
    """The lemmas that start a system's notice (「通知メール」「アラート」)."""
    return _words().notices


def own_role_before(doc: Doc, at: int, also: PhraseSet | None = None) -> bool:
    """One of our own roles (or of `also`) ends right before `at`, with or without a title,
    and nobody else's qualifies it: 「院長から」「社長さんから」「当院の院長先生から」, not
    「取引先の社長から」「税理士の先生から」."""
    tokens = doc.tokens
    ends = {at}
    if at > 1 and tokens[at - 1].surface in _words().titles:
        ends.add(at - 1)
    found = _words().roles.find(doc, 0, at) + (also.find(doc, 0, at) if also else [])
    return any(m.end in ends and _unqualified(doc, m.start) for m in found)


def role_end(doc: Doc, at: int) -> int | None:
    """Where a role named at `at` ends, past its title (「社長さん」「担当者様」): the person of
    a party named just before it (「先方の社長さんが」); None when no role starts there."""
    role = next((m for m in _words().roles.find(doc, at, at + 4) if m.start == at), None)
    if role is None:
        return None
    end = role.end
    if end < len(doc.tokens) and doc.tokens[end].surface in _words().titles:
        end += 1
    return end


def _unqualified(doc: Doc, at: int) -> bool:
    """Nothing before the role at `at` makes it an outsider's: it starts the clause, follows
    a particle or a mark, or follows ours or the agent's client (「当院の」「お客様の」)."""
    if at == 0:
        return True
    tokens = doc.tokens
    before = at - 1 if tokens[at - 1].surface == "の" else at
    mark = next((m for m in _words().qualifiers.find(doc, 0, before) if m.end == before), None)
    if mark is not None:
        # 「お客様の社長」 is ours only as the agent's client, in the agent's message.
        return mark.label == "own" or relayed_by_agent(doc, mark)
    if before != at:
        return False  # 「取引先の社長」「A社の代表」: someone else's
    previous = tokens[at - 1]
    return previous.pos1 in ("助詞", "補助記号", "記号", "空白")
