"""Posting on a social medium said with a verb of uploading (「バイトの子がレジ画面を撮って
TikTokに上げてて」): `other` (tests/data/README.md rule 2: posting on SNS), when the message
names what is confidential. Words in `config/nlu_type_uploads.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from coverage import IncidentType
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet
from nlu.type_conditions import names_confidential, social_media_names

FILE: Final = "nlu_type_uploads.toml"
_TOWARDS: Final = frozenset({"に", "へ"})
_PASSIVE: Final = frozenset({"れる", "られる"})


class TypeUploadsFile(config.Schema):
    """`config/nlu_type_uploads.toml`."""

    uploading: NonEmptyWords
    pictured: NonEmptyWords


@cache
def _file() -> TypeUploadsFile:
    return config.load(FILE, TypeUploadsFile)


@cache
def _uploading() -> frozenset[str]:
    return frozenset(_file().uploading)


@cache
def _pictured() -> PhraseSet:
    return PhraseSet({"pictured": _file().pictured})


def pictured_in_post(doc: Doc, match: Match, uploads: list[Match]) -> bool:
    """「職員がTikTokに施設の中で撮った動画を上げておりまして、利用者さんが3名映り込んでいた」:
    a visual-leak word for who or what a picture shows, in a message that says our staff
    posted it: what the post showed, so the post is the incident (`other`), no one looking
    over a shoulder."""
    return bool(uploads) and any(
        p.start <= match.start < p.end or match.start <= p.start < match.end
        for p in _pictured().find(doc)
    )


def uploaded_to_sns(doc: Doc) -> list[Match]:
    """Each 「TikTokに上げ」「インスタに写真をアップし」 not in the passive, from the medium to
    the verb, when the message names confidential data."""
    media = social_media_names(doc)
    if not media or doc.lemma_set().isdisjoint(_uploading()) or not names_confidential(doc):
        return []
    tokens = doc.tokens
    kept: list[Match] = []
    for m in media:
        if m.end >= len(tokens) or tokens[m.end].surface not in _TOWARDS:
            continue
        verb = _upload_verb(doc, m.end + 1)
        if verb is None:
            continue
        after = verb + 1 + (verb + 1 < len(tokens) and tokens[verb + 1].lemma == "為る")
        if after < len(tokens) and tokens[after].lemma in _PASSIVE:
            continue  # 上げられてた: someone else's post
        kept.append(Match(m.start, verb + 1, IncidentType.OTHER.value))
    return kept


# How many words the thing posted may run to between に and the verb (利用者 の 写真 を,
# 施設 の 中 で 撮っ た 動画 を).
_OBJECT_REACH: Final = 10


def _upload_verb(doc: Doc, start: int) -> int | None:
    """The verb of uploading at or after `start`, past the words of what was posted
    (「ツイッターに利用者の写真を載せてた」), before any other verb or mark."""
    tokens = doc.tokens
    _, last = doc.sentence_span(start - 1)
    for i in range(start, min(last, start + _OBJECT_REACH)):
        if tokens[i].lemma in _uploading():
            return i
        if tokens[i].pos1 == "動詞" and _qualifies_object(doc, i):
            continue  # 「施設の中で撮った動画を上げ」: the verb describes what was posted
        if tokens[i].pos1 in ("動詞", "補助記号"):
            return None
    return None


def _qualifies_object(doc: Doc, verb: int) -> bool:
    """「撮った動画」「録った音声」: the verb, past た, then a noun: a clause that qualifies
    the thing posted, not a verb of its own."""
    tokens = doc.tokens
    k = verb + 1
    return k + 1 < len(tokens) and tokens[k].lemma == "た" and tokens[k + 1].pos1 == "名詞"
