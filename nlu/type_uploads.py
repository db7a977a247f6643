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
from nlu.lexicon import EXPOSED, SIGN, Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.type_conditions import names_confidential, social_media_names
from nlu.type_posters import posted_from_outside

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


def holds_upload(doc: Doc, match: Match) -> bool:
    """Whether the cue `match` holds a verb of uploading (「写真をあげ」「SNSに投稿」)."""
    return any(t.lemma in _uploading() for t in doc.tokens[match.start : match.end])


def medium_named_only(doc: Doc, match: Match) -> bool:
    """「インスタのDMで連絡がありました」「インスタを見たお客様から」: an `other` cue that is a
    social medium's name alone (インスタ, ストーリーに), with no verb of uploading after it in
    its sentence, or only one in the passive or an outsider's: the medium named, no post of
    ours. A cue that holds its own verb (写真をあげ, SNSに投稿) is left to its own reading."""
    tokens = doc.tokens
    if holds_upload(doc, match):
        return False
    named = any(m.start < match.end and match.start < m.end for m in social_media_names(doc))
    if not named and not any(t.lemma in _MEDIUM_PARTS for t in tokens[match.start : match.end]):
        return False
    _, last = doc.sentence_span(match.start)
    for verb in range(match.end, last):
        if tokens[verb].lemma not in _uploading():
            continue
        after = verb + 1 + (verb + 1 < len(tokens) and tokens[verb + 1].lemma == "為る")
        passive = after < len(tokens) and tokens[after].lemma in _PASSIVE
        if not passive and not posted_from_outside(doc, match.start):
            return False
    return True


# Parts of a social medium's page named as where a post went (「ストーリーに」).
_MEDIUM_PARTS: Final = frozenset({"ストーリー", "ストーリーズ"})


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
        if posted_from_outside(doc, m.start):
            continue
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


def no_post_of_ours(doc: Doc, match: Match, cues: list[Match], lex: Lexicon) -> bool:
    """Whether the `other` cue `match` of posting on SNS is no post of our staff's: an
    outsider's (`_posted_by_others`), the account attacked (`_account_attacked`), or the
    medium only named (`medium_named_only`)."""
    return (
        _posted_by_others(doc, match, lex)
        or _account_attacked(doc, match, cues, lex)
        or medium_named_only(doc, match)
    )


def _posted_by_others(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「画面を撮影され…SNSに投稿されました」: a post said in the passive, or with an outsider
    as its subject, is an outsider's, the outcome of the leak (a shot, an overheard talk),
    not our staff posting."""
    if not lex.posts.contains(doc, match.start, match.end):
        # 「通行人がインスタに写真を上げていた」: an outsider said as the poster.
        return holds_upload(doc, match) and posted_from_outside(doc, match.start)
    after = [t.lemma for t in doc.tokens[match.end : match.end + 2]]
    if after and after[0] == "為る":  # 投稿 + さ + れる
        after = after[1:]
    return after[:1] in (["れる"], ["られる"]) or posted_from_outside(doc, match.start)


# Between an account's medium and the attack on it (「インスタ（のアカウント）が乗っ取られ」).
_ACCOUNT_LINKS: Final = frozenset({"が", "を", "は", "も", "の", "アカウント", "垢"})


def _account_attacked(doc: Doc, match: Match, cues: list[Match], lex: Lexicon) -> bool:
    """「公式インスタ乗っ取られたっぽい」: an `other` cue of posting on SNS (インスタ) right before
    an attack word is the account attacked, not a post of ours."""
    i = match.end
    while i < len(doc.tokens) and i - match.end < 3 and doc.tokens[i].surface in _ACCOUNT_LINKS:
        i += 1
    return any(
        m.start == i and m.label not in (SIGN, EXPOSED) and IncidentType(m.label) in lex.attacks
        for m in cues
    )
