"""An insider taking our data away, said with no cue word of its own: data of persons sold,
or our data moved to a private place (a private cloud, mail or USB). Both are `other`
(tests/data/README.md rule 2: insider theft). Words in `config/nlu_type_insider.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_type_insider.toml"
# Words a sale reaches past its data (名簿のファイル → 名簿 の ファイル).
_NOUN_PHRASE = frozenset({"名詞", "接尾辞", "接頭辞"})
# How far after a private place its moving verb may stand (「私用のクラウドストレージへ
# アップロード」).
_TRANSFER_REACH = 4


class TypeInsiderFile(config.Schema):
    """`config/nlu_type_insider.toml`."""

    sold_data: NonEmptyWords
    sale_lemmas: NonEmptyWords
    private_storage: NonEmptyWords
    transfer_lemmas: NonEmptyWords
    insiders: NonEmptyWords
    outsiders: NonEmptyWords
    plain_access: NonEmptyWords


@cache
def _words() -> TypeInsiderFile:
    return config.load(FILE, TypeInsiderFile)


@cache
def _sets() -> tuple[PhraseSet, PhraseSet]:
    words = _words()
    return PhraseSet({"data": words.sold_data}), PhraseSet({"private": words.private_storage})


def insider_cues(doc: Doc) -> list[Match]:
    """「顧客名簿のファイル持ち帰ってネットで売ってた」「私用のクラウドストレージへアップロード
    していた」: `other` cues spanning the data or the place up to the verb, so that what is
    said after the verb (a denial, a doubt) is read of them."""
    return [*_sold(doc), *_moved_private(doc)]


def _sold(doc: Doc) -> list[Match]:
    sales = frozenset(_words().sale_lemmas)
    tokens = doc.tokens
    kept: list[Match] = []
    for data in _sets()[0].find(doc):
        _, last = doc.sentence_span(data.start)
        i = data.end
        while i < last and (tokens[i].pos1 in _NOUN_PHRASE or tokens[i].surface == "の"):
            i += 1  # 「名簿のファイル」
        i += i < last and tokens[i].surface == "を"
        for k in range(i, min(last, i + 10)):
            if tokens[k].surface == "を":
                break  # another thing is what is sold
            if tokens[k].lemma in sales:
                if not _passive(doc, k + 1):
                    kept.append(Match(data.start, k + 1, IncidentType.OTHER.value))
                break
    return kept


def _moved_private(doc: Doc) -> list[Match]:
    moves = frozenset(_words().transfer_lemmas)
    tokens = doc.tokens
    kept: list[Match] = []
    for place in _sets()[1].find(doc):
        _, last = doc.sentence_span(place.start)
        i = place.end
        while i < last and tokens[i].pos1 in _NOUN_PHRASE:
            i += 1  # 「私用のクラウドストレージ」
        verb = next(
            (k for k in range(i, min(last, i + _TRANSFER_REACH)) if tokens[k].lemma in moves),
            None,
        )
        if verb is not None:
            kept.append(Match(place.start, verb + 1, IncidentType.OTHER.value))
    return kept


def _passive(doc: Doc, i: int) -> bool:
    """「顧客情報がネットで売られてる」「売却されていた」: sold by someone unknown, the outcome
    of a leak whose cause is not said, not an insider selling."""
    after = [t.lemma for t in doc.tokens[i : i + 2]]
    if after[:1] == ["為る"]:
        after = after[1:]
    return after[:1] in (["れる"], ["られる"])


@cache
def _people() -> PhraseSet:
    words = _words()
    return PhraseSet({"insider": words.insiders, "outsider": words.outsiders})


_SUBJECT_PARTICLES: Final = frozenset({"は", "が"})
_BRACKETS: Final = {"(": ")", "（": "）"}


def insiders_access(doc: Doc, match: Match) -> bool:
    """「元従業員は…顧客データベースにアクセスし、…持ち出していた」: a plain access word, said
    actively, with our staff as its sentence's subject before it and no outsider named in
    the sentence, is the staff's own use of their access (rule 2: insider theft), no attack."""
    tokens = doc.tokens
    if match.end - match.start != 1 or tokens[match.start].lemma not in _words().plain_access:
        return False
    if match.start and tokens[match.start - 1].surface == "不正":
        return False
    if any(t.lemma in ("れる", "られる") for t in tokens[match.end : match.end + 3]):
        return False  # 「外部からアクセスされ」: done to us
    first, last = doc.sentence_span(match.start)
    people = _people().find(doc, first, last)
    if any(m.label == "outsider" for m in people):
        return False
    return any(
        m.label == "insider" and m.end < match.start and _subject_after(doc, m.end, match.start)
        for m in people
    )


def _subject_after(doc: Doc, i: int, limit: int) -> bool:
    """Whether は/が follows token i, past an aside in brackets (「元従業員（保守担当）は」)."""
    tokens = doc.tokens
    if i < limit and tokens[i].surface in _BRACKETS:
        close = _BRACKETS[tokens[i].surface]
        i = next((k + 1 for k in range(i, limit) if tokens[k].surface == close), limit)
    return i < limit and tokens[i].surface in _SUBJECT_PARTICLES
