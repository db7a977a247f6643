"""The one who received what was sent by mistake, named by that (`detection`): 「受け取った
スタッフさんがLINEで教えてくれて気づきました」 is the recipient's report, a third party.
Words in `config/nlu_reporter_recipients.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.reporter_persons import tells

FILE: Final = "nlu_reporter_recipients.toml"
# The words of the person named after the clause.
_PERSON_POS: Final = frozenset({"名詞", "接尾辞", "接頭辞"})


class RecipientsFile(config.Schema):
    """`config/nlu_reporter_recipients.toml`."""

    receiving: NonEmptyWords
    closings: NonEmptyWords
    reach: int
    ours: NonEmptyWords
    own_people: NonEmptyWords
    attack_mails: NonEmptyWords


@cache
def _file() -> RecipientsFile:
    return config.load(FILE, RecipientsFile)


@cache
def _own_people() -> PhraseSet:
    return PhraseSet({"own": _file().own_people})


@cache
def _attack_mails() -> PhraseSet:
    return PhraseSet({"attack": _file().attack_mails})


def recipient_reports(doc: Doc, reports: list[Match], lex: Lexicon) -> list[tuple[int, Detection]]:
    """Each report word whose subject or source, in its sentence, is a person named as the
    one who received it (「受け取った方が」「受信した会社から」): a third party."""
    file = _file()
    if doc.lemma_set().isdisjoint(file.receiving):
        return []
    events = []
    for report in reports:
        first, _ = doc.sentence_span(report.start)
        if any(_recipient_tells(doc, k, report.start, lex) for k in range(first, report.start)):
            events.append((report.start, Detection.THIRD_PARTY))
    return events


def _recipient_tells(doc: Doc, at: int, report: int, lex: Lexicon) -> bool:
    """A receiving clause at `at`, then the person it names, who tells at `report`."""
    file, tokens = _file(), doc.tokens
    if tokens[at].lemma not in file.receiving:
        return False
    k = at + 1
    while k < report and tokens[k].surface in file.closings:
        k += 1
    if k == at + 1 or tokens[k - 1].surface != "た":
        return False  # 「受け取ったら」「受信して」: no clause naming a person
    start = k
    while k < report and k - start < file.reach and tokens[k].pos1 in _PERSON_POS:
        k += 1
    if k == start or k >= report or _own_people().contains(doc, start, k):
        return False  # 「受け取った部長から」: it stayed inside
    if any(t.surface in file.ours for t in tokens[start:k]):
        return False
    if _attack_received(doc, at) and lex.staff.contains(doc, start, k):
        return False  # 「不審なメールを受け取った社員から」: the attack reached our own staff
    return tells(doc, k, report)


def _attack_received(doc: Doc, at: int) -> bool:
    """What was received, in the clause before the receiving verb at `at`, is an attack's
    mail (「不審なメールを受け取った」), which came to us, not a mail we sent by mistake."""
    return _attack_mails().contains(doc, doc.clause_start(at), at)
