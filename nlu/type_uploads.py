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
from nlu.phrases import Match
from nlu.type_conditions import names_confidential, social_media_names

FILE: Final = "nlu_type_uploads.toml"
_TOWARDS: Final = frozenset({"に", "へ"})
_PASSIVE: Final = frozenset({"れる", "られる"})


class TypeUploadsFile(config.Schema):
    """`config/nlu_type_uploads.toml`."""

    uploading: NonEmptyWords


@cache
def _uploading() -> frozenset[str]:
    return frozenset(config.load(FILE, TypeUploadsFile).uploading)


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


# How many words the thing posted may run to between に and the verb (利用者 の 写真 を).
_OBJECT_REACH: Final = 8


def _upload_verb(doc: Doc, start: int) -> int | None:
    """The verb of uploading at or after `start`, past the words of what was posted
    (「ツイッターに利用者の写真を載せてた」), before any other verb or mark."""
    tokens = doc.tokens
    _, last = doc.sentence_span(start - 1)
    for i in range(start, min(last, start + _OBJECT_REACH)):
        if tokens[i].lemma in _uploading():
            return i
        if tokens[i].pos1 in ("動詞", "補助記号"):
            return None
    return None
