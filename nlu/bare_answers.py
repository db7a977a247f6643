"""A whole message that only answers the last question: 「はい」「まだ」「わかんないっす😢」.

People in a hurry answer in a word, with fillers, emoji and colloquial endings
(「うーん、把握できてないです」). The words are compared once those are dropped and the
contractions written out; a guess (「たぶん」「ないと思います」) is never a value; a verb in
「〜ていない」 (「まだ取ってない」) says "not (yet)", unless it is a verb of knowing
(「確認できてません」: the user does not know).
"""

from __future__ import annotations

import re

from nlu.lexicon import Lexicon
from nlu.reading import Answer
from nlu.tokens import tokenize

# Emoji, punctuation, spaces and marks: nothing a bare answer is made of.
_NOT_WORD = re.compile(r"[^0-9a-z\u3040-\u30ff\u3400-\u9fff]+")
_NAMES: tuple[Answer, ...] = ("unknown", "not_yet", "no", "yes")
# The lemma of 「まだ」, and of the aspect auxiliary of 「〜ている」「〜てる」, and of its
# western 「〜とる」 (「しとらん」).
_NOT_YET = "未だ"
_ASPECT = frozenset({"て", "てる", "居る", "とる"})
_NEGATIVE = frozenset({"ない", "ず", "ん"})
# How a word of those lemmas ends as written (ない/なく, ず/ぬ, ません/ねえ …).
_NEGATIVE_ENDINGS = ("ない", "なく", "ず", "ぬ", "ん", "ねえ", "ねぇ", "ねー", "ねェ")


def read_answer(text: str, lex: Lexicon) -> Answer | None:
    """The bare answer `text` gives, or None when it says more (or other) than one."""
    core = _written_out(_NOT_WORD.sub("", text.lower()), lex)
    if not core or len(core) > lex.answer_longest:
        return None
    unhedged = _unhedged(core, lex)
    # With no guess dropped, the unhedged words are the ones just looked up.
    answer = (
        _listed(core, lex)
        or (_listed(unhedged, lex) if unhedged != core else None)
        or _not_done(unhedged, lex)
    )
    if unhedged != core and (answer is not None or not _strip(unhedged, lex)):
        return "unknown"  # 「たぶん」 alone, 「うーん、たぶんいいえです」: a guess
    return answer


def _unhedged(text: str, lex: Lexicon) -> str:
    """`text` without the guesses around it (and the fillers before them), or as it is."""
    # Each form stripped once: a message of a few words goes through here.
    bare = current = _strip(text, lex)
    shorter = text
    while True:
        stripped = lex.answer_hedges.sub("", current)
        if stripped == current:
            break
        shorter = stripped
        current = _strip(shorter, lex)
    return text if shorter == bare else shorter


def _written_out(text: str, lex: Lexicon) -> str:
    for short, full in lex.answer_contractions:
        text = text.replace(short, full)
    return text


def _strip(text: str, lex: Lexicon) -> str:
    """`text` without its fillers and endings, however many."""
    while True:
        shorter = lex.answer_fillers.sub("", text)
        if shorter == text:
            return text
        text = shorter


def _listed(text: str, lex: Lexicon) -> Answer | None:
    """The listed answer `text` is, as written or without its fillers and endings."""
    candidates = [text]
    while candidates[-1]:
        shorter = lex.answer_fillers.sub("", candidates[-1])
        if shorter == candidates[-1]:
            break
        candidates.append(shorter)
    for candidate in candidates:
        for name in _NAMES:
            if candidate and candidate in lex.answers[name]:
                return name
    return None


def _not_done(text: str, lex: Lexicon) -> Answer | None:
    """「(まだ)取っていない」「もらっていません」: only a verb in 「〜ていない」, with no noun
    but one of knowing; "not yet", "no", or for a verb of knowing "I don't know"."""
    stripped = _strip(text, lex)
    if not stripped.endswith(_NEGATIVE_ENDINGS):
        return None  # the last word is no negation: not worth a parse
    words = [t for t in tokenize(stripped) if t.pos1 != "補助記号"]
    not_yet = bool(words) and words[0].lemma == _NOT_YET
    if not_yet:
        words = words[1:]
    if len(words) < 3 or words[-1].lemma not in _NEGATIVE:
        return None
    if not any(t.lemma in _ASPECT for t in words[1:]):
        return None
    knowing = False
    for token in words:
        if token.lemma in lex.answer_happenings:
            return None
        if token.lemma in lex.answer_knowing:
            knowing = True
        elif token.pos1 not in ("動詞", "助動詞", "助詞"):
            return None
    if not any(t.pos1 == "動詞" for t in words) and not knowing:
        return None
    if knowing:
        return "unknown"
    return "not_yet" if not_yet else "no"
