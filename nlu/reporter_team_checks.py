"""Our own IT staff's check that established the incident (`detection` self): 「情シスが調べ
たら、ファイルが全部暗号化されていて」「情シスの木村さんに見てもらいました、ランサムで確定」
「情シスの田中です。確認しましたがランサムウェアでした」. Words in
`config/nlu_reporter_team_checks.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final, NamedTuple

import config
from config.types import NonEmptyWords
from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match, PhraseSet
from nlu.polarity import negations, scope_after
from nlu.reporter_intro import team_introduced
from nlu.reporter_staff import ours

FILE: Final = "nlu_reporter_team_checks.toml"
Event = tuple[int, Detection]

# How many nouns a person's name after the team may take (「情シスの木村さん」).
_NAME_TOKENS: Final = 3
# Before the writer's own check, in its sentence, only a few words with no particle
# (「確認しましたが」「さっき一通り確認しました」): a check with its own agent or object
# (「ログで確認」「取引先の連絡を受けて確認」) is another statement.
_LEAD_TOKENS: Final = 3
_QUESTION_MARKS: Final = frozenset({"?", "？"})


class TeamChecksFile(config.Schema):
    """`config/nlu_reporter_team_checks.toml`."""

    teams: NonEmptyWords
    checks: NonEmptyWords
    person_suffixes: NonEmptyWords
    favours: NonEmptyWords
    done: NonEmptyWords
    ongoing: NonEmptyWords
    already: NonEmptyWords
    advice: NonEmptyWords
    not_found_labels: NonEmptyWords


class _Words(NamedTuple):
    teams: PhraseSet
    checks: frozenset[str]
    person_suffixes: frozenset[str]
    favours: frozenset[str]
    done: frozenset[str]
    ongoing: frozenset[str]
    already: frozenset[str]
    advice: frozenset[str]
    not_found_labels: frozenset[str]


@cache
def _words() -> _Words:
    file = config.load(FILE, TeamChecksFile)
    return _Words(
        PhraseSet({"team": file.teams}),
        frozenset(file.checks),
        frozenset(file.person_suffixes),
        frozenset(file.favours),
        frozenset(file.done),
        frozenset(file.ongoing),
        frozenset(file.already),
        frozenset(file.advice),
        frozenset(file.not_found_labels),
    )


def team_checks(doc: Doc, lex: Lexicon, every: list[Match]) -> list[Event]:
    """「情シスが調べたら…暗号化されていて」「情シスの田中です。確認しましたがランサムでした」:
    our own staff, or the IT team writing, checked and named what they found: self.

    Read, as `nlu.reporter_own.own_discoveries` is, only when no report came in.
    """
    words = _words()
    if doc.lemma_set().isdisjoint(words.checks):
        return []
    found: list[Event] = []
    for staff in lex.staff.find(doc):
        check = _checked_by(doc, staff.end, words)
        if check is not None and ours(doc, staff, every, lex) and _found_what(doc, check, lex):
            found.append((staff.start, Detection.SELF))
    team = next(iter(words.teams.find(doc)), None)
    if team is not None and team_introduced(doc, team):
        found.extend(
            (i, Detection.SELF)
            for i in _writers_checks(doc, team, words)
            if _found_what(doc, i, lex)
        )
    return found


def _checked_by(doc: Doc, end: int, words: _Words) -> int | None:
    """The check done by the staff ending at `end`, as its agent: 「情シスが調べたら」
    「情シスの木村さんに見てもらいました」; the check's token, or None."""
    tokens = doc.tokens
    k = end
    if k < len(tokens) and tokens[k].surface == "の":
        name = k + 1
        while name < len(tokens) and name - k <= _NAME_TOKENS and tokens[name].pos1 == "名詞":
            name += 1
        named = k + 1 < name < len(tokens)
        if not named or tokens[name].surface not in words.person_suffixes:
            return None  # 「情シスの対応」: a thing of the team's, no person of it
        k = name + 1
    if k + 1 >= len(tokens):
        return None
    if _bare_check(doc, k, words):
        particle, check = "", k  # 「情シス確認しました」: the particle dropped, as chat does
    elif tokens[k].surface in ("が", "で", "に") and tokens[k + 1].lemma in words.checks:
        particle, check = tokens[k].surface, k + 1
    else:
        return None
    group = _verb_group(doc, check)
    lemmas = {tokens[i].lemma for i in group}
    if particle == "に" and lemmas.isdisjoint(words.favours):
        return None  # 「情シスに確認した」: we asked the team
    return check if _done(doc, check, group, words) else None


def _bare_check(doc: Doc, k: int, words: _Words) -> bool:
    """「情シス確認しました」: a checking noun right after the staff, made a verb by する."""
    tokens = doc.tokens
    return (
        tokens[k].pos1 == "名詞"
        and tokens[k].lemma in words.checks
        and k + 1 < len(tokens)
        and tokens[k + 1].lemma == "為る"
    )


def _verb_group(doc: Doc, check: int) -> range:
    """The tokens of the check's verb, its auxiliaries, a verb after て (「見てもらいました」)."""
    tokens = doc.tokens
    i = check + 1
    while i < len(tokens) and (
        tokens[i].pos1 in ("動詞", "助動詞", "接尾辞") or tokens[i].surface in ("て", "で")
    ):
        i += 1
    return range(check + 1, i)


def _done(doc: Doc, check: int, group: range, words: _Words) -> bool:
    """The check is said done (「調べたら」「見てもらいました」), not going on, done before
    (「確認済み」) nor advised (「見てもらったらいい」)."""
    tokens = doc.tokens
    said = [tokens[i] for i in group]
    if not any(t.lemma in words.done for t in said):
        return False
    if any(t.lemma in words.ongoing or t.surface in words.ongoing for t in said):
        return False
    after = group.stop
    if after < len(tokens) and tokens[after].surface in words.already | words.advice:
        return False
    return not (after < len(tokens) and tokens[check + 1].surface in words.already)


def _writers_checks(doc: Doc, team: Match, words: _Words) -> list[int]:
    """The writer's own checks after their introduction (「確認しましたが」): a checking verb
    near the start of a later sentence, with no particle before it, said done."""
    tokens = doc.tokens
    found = []
    for i in range(team.end, len(tokens)):
        if tokens[i].lemma not in words.checks or doc.sentence_of[i] == doc.sentence_of[team.start]:
            continue
        first, _ = doc.sentence_span(i)
        lead = tokens[first:i]
        if len(lead) > _LEAD_TOKENS or any(t.pos1 in ("助詞", "動詞") for t in lead):
            continue
        if _done(doc, i, _verb_group(doc, i), words):
            found.append(i)
    return found


def _found_what(doc: Doc, check: int, lex: Lexicon) -> bool:
    """After the check, in its sentence, an incident named and not denied (「…ランサムウェア
    でした」「…で間違いないです」), in no question; or in the next sentence, when the check's
    own ends with its verb (「確認しました！LockBitでした」)."""
    tokens = doc.tokens
    _, last = doc.sentence_span(check)
    ends = all(t.pos1 == "補助記号" for t in tokens[_verb_group(doc, check).stop : last])
    if ends and last < len(tokens):
        _, last = doc.sentence_span(last)
    if any(t.surface in _QUESTION_MARKS for t in tokens[check:last]):
        return False
    labels = _words().not_found_labels
    for cue in lex.incident_cues.find(doc, check + 1, last):
        if cue.label in labels:
            continue
        lo, hi = scope_after(doc, cue.end, extend=False)
        if negations(doc, lo, hi, lex) % 2 == 0:
            return True
    return False
