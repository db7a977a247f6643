"""A platform's alert of an attack on the company's account there (`detection`):
「Amazonから『あなたのアカウントで不審なログイン』とメール」 is the operator of the service
reporting an attack on it, an external report [interpretation]. Not a lure in its name.

Words in `config/nlu_reporter_platforms.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_reporter_platforms.toml"
# Words between the から and the channel (the alert quoted: 「『…不審なログイン』と」).
_REACH: Final = 16


class PlatformsFile(config.Schema):
    """`config/nlu_reporter_platforms.toml`."""

    platforms: NonEmptyWords
    arrivals: NonEmptyWords
    attacks: NonEmptyWords
    channels: NonEmptyWords
    fakes: NonEmptyWords
    lures: NonEmptyWords


class _Words(NamedTuple):
    platforms: PhraseSet
    arrivals: frozenset[str]
    attacks: PhraseSet
    channels: frozenset[str]
    fakes: tuple[str, ...]
    lures: tuple[str, ...]


@cache
def _words() -> _Words:
    file = config.load(FILE, PlatformsFile)
    return _Words(
        PhraseSet({"platform": file.platforms}),
        frozenset(file.arrivals),
        PhraseSet({"attack": file.attacks}),
        frozenset(file.channels),
        tuple(file.fakes),
        tuple(file.lures),
    )


def platform_alerts(doc: Doc) -> list[tuple[int, Detection]]:
    """「Amazonから『不審なログイン』とメール、確認したらログインされてた」: the platform, then
    から, the attack on the account it names, and the channel it came by."""
    words, tokens = _words(), doc.tokens
    found = []
    for platform in words.platforms.find(doc):
        at = platform.end
        if at >= len(tokens) or tokens[at].surface not in ("から", "より"):
            continue
        first, last = doc.sentence_span(platform.start)
        channel = next(
            (
                k
                for k in range(at + 1, min(last, at + 1 + _REACH))
                if tokens[k].lemma in words.channels or tokens[k].surface in words.channels
            ),
            None,
        )
        if channel is None or not words.attacks.contains(doc, at + 1, channel):
            continue
        if not _lure(doc, first, channel, last):
            found.append((at + 1, Detection.EXTERNAL_REPORT))  # after its から: what it said
    return found


def lure_arrived(doc: Doc, report: Match) -> bool:
    """「Amazonからメールが来て、リンクを開いてしまいました」: the mail the report word
    `report` is, names or quotes is the attack, a lure whoever's name it bears, and no
    report of one."""
    words, tokens = _words(), doc.tokens
    first, last = doc.sentence_span(report.start)
    # 「不正ログインのお知らせメールが来て」「『…を検知しました』とメールが来た」: the report
    # word names or quotes the mail that arrived after it.
    arrival = next(
        (
            k
            for k in range(report.start, min(last, report.end + 8))
            if tokens[k].lemma in words.arrivals
        ),
        None,
    )
    return arrival is not None and _lure(doc, first, arrival, last)


def _lure(doc: Doc, first: int, channel: int, last: int) -> bool:
    """The mail whose channel word is at `channel`, in the sentence tokens[first:last], is
    called fake, or someone took its bait, in the sentence or the next."""
    words, tokens = _words(), doc.tokens
    _, after = doc.sentence_span(last) if last < len(tokens) else (last, last)
    said = "".join(t.surface for t in tokens[first:after])
    rest = "".join(t.surface for t in tokens[channel:after])
    return any(fake in said for fake in words.fakes) or any(lure in rest for lure in words.lures)
