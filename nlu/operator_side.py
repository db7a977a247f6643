"""Whether a network or hosting operator, named as a reporter, tells of an attack on its
own systems (a contractor reporting its own leak: third party) rather than on the
service it runs for the company (an external report). Words in
`config/nlu_operator_side.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.mentions import NOUN_PHRASE_POS, noun_phrase_start
from nlu.phrases import Match, PhraseSet

FILE: Final = "nlu_operator_side.toml"
# Between the owner and the attack word: its things and particles (「同社のサーバーが外部
# から不正アクセスを受け」), never a verb, which would start another statement.
_SUBJECT: Final = frozenset({"が", "は"})
_NOT_VERBS: Final = frozenset({"名詞", "助詞", "接尾辞", "接頭辞", "補助記号", "記号", "形状詞"})
# 「同社のシステムが第三者による不正アクセスを受け」: the verb of 「による」 names the attacker,
# a part of the attack's noun phrase, not another statement. Lemmas.
_BY: Final = frozenset({"因る"})


class SideFile(config.Schema):
    """`config/nlu_operator_side.toml`."""

    sides: NonEmptyWords
    anaphors: NonEmptyWords
    contracted: NonEmptyWords
    places: NonEmptyWords
    happened: NonEmptyWords
    services: NonEmptyWords


@cache
def _phrases() -> tuple[PhraseSet, PhraseSet, PhraseSet]:
    file = config.load(FILE, SideFile)
    return (
        PhraseSet({"side": file.sides}),
        PhraseSet({"anaphor": file.anaphors}),
        PhraseSet({"contracted": file.contracted}),
    )


@cache
def _places() -> tuple[PhraseSet, PhraseSet]:
    file = config.load(FILE, SideFile)
    return PhraseSet({"place": file.places}), PhraseSet({"happened": file.happened})


@cache
def _services() -> PhraseSet:
    return PhraseSet({"service": config.load(FILE, SideFile).services})


def attacked_itself(doc: Doc, reporter: Match, lex: Lexicon) -> bool:
    """「提供事業者より、同社のサーバーがランサムウェアによる攻撃を受け」: the attack told, in
    the reporter's sentence after it, is said of the reporter's own side."""
    sides, anaphors, contracted = _phrases()
    _, last = doc.sentence_span(reporter.start)
    owners = list(sides.find(doc, reporter.end, last))
    named = noun_phrase_start(doc, reporter.start)  # 「委託先のデータセンター事業者」
    if contracted.contains(doc, named, reporter.end) or lex.vendor_parties.contains(
        doc, named, reporter.end
    ):
        owners += anaphors.find(doc, reporter.end, last)
        end = reporter.end
        while end < last and doc.tokens[end].pos1 in NOUN_PHRASE_POS:
            end += 1  # 「データセンター」+「事業者」
        if end < last and doc.tokens[end].surface in _SUBJECT:
            # 「任せているSaaS事業者がランサムウェア攻撃を受け…とのお知らせ」: the contractor
            # is itself the one attacked.
            owners.append(Match(reporter.start, end + 1, "side"))
        elif (at := _place_of_attack(doc, end, last)) is not None:
            owners.append(Match(reporter.start, at, "side"))  # 「提供事業者において発生した」
    attacks = {t.value for t in lex.attacks}
    if named < reporter.end and _told_before(doc, reporter, named, lex, attacks):
        return True
    if not owners:
        return False
    cues = [m for m in lex.incident_cues.find(doc, reporter.end, last) if m.label in attacks]
    return any(
        owner.end <= cue.start
        and all(t.pos1 in _NOT_VERBS or t.lemma in _BY for t in doc.tokens[owner.end : cue.start])
        for owner in owners
        for cue in cues
    )


def _told_before(doc: Doc, reporter: Match, named: int, lex: Lexicon, attacks: set[str]) -> bool:
    """「利用している外部サービスにおいて不正アクセスが発生し…との連絡を、サービス提供会社より
    受けました」: what a provider told, said before it, is an attack at the outside service it
    runs, its own systems. Only for a provider or contractor (`vendor_parties`, `contracted`)."""
    sides, _, contracted = _phrases()
    if not (
        contracted.contains(doc, named, reporter.end)
        or lex.vendor_parties.contains(doc, named, reporter.end)
    ):
        return False
    first, _ = doc.sentence_span(reporter.start)
    cues = [m for m in lex.incident_cues.find(doc, first, named) if m.label in attacks]
    if not cues:
        return False
    for owner in [*_services().find(doc, first, named), *sides.find(doc, first, named)]:
        at = _place_of_attack(doc, owner.end, named)
        if at is None and owner.end < named and doc.tokens[owner.end].surface in _SUBJECT:
            at = owner.end + 1
        if at is not None and any(
            at <= cue.start
            and all(t.pos1 in _NOT_VERBS or t.lemma in _BY for t in doc.tokens[at : cue.start])
            for cue in cues
        ):
            return True
    return False


def _place_of_attack(doc: Doc, end: int, last: int) -> int | None:
    """「提供事業者において発生した不正アクセス」「提供事業者への不正アクセス」: the party ending
    at `end` is where the attack happened or what it was aimed at; where the attack may be
    named, or None."""
    places, happened = _places()
    place = next((m for m in places.find(doc, end, last) if m.start == end), None)
    if place is None:
        return None
    then = next((m for m in happened.find(doc, place.end, last) if m.start == place.end), None)
    return then.end if then is not None else place.end
