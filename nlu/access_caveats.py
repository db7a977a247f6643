"""A denial of access taken back by a caveat, and a question about an attack asked in
doubt: 「侵入の痕跡は確認されなかった。ただし、…侵入の可能性を否定できない」「不正アクセスは確認
されませんでした。ただし、一部の機器でログが保存されていなかったため、調査できなかった期間があります」.

tests/data/README.md rule 4 keeps `not_found` for an explicit conclusion that there was none;
a denial whose next sentence opens with ただし/しかし and says the question is still open, or
that part of it could not be checked, is no such conclusion: access stays unknown. Words in
`config/nlu_access_caveats.toml`.
"""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import PhraseSet

FILE: Final = "nlu_access_caveats.toml"
# The opener stands among the first few words of its sentence (after a bullet or a mark).
_OPENER_REACH: Final = 3


class CaveatsFile(config.Schema):
    """`config/nlu_access_caveats.toml`."""

    openers: NonEmptyWords
    open_words: NonEmptyWords
    aspects: NonEmptyWords
    consequences: NonEmptyWords
    aspect_checks: NonEmptyWords
    other_topics: NonEmptyWords
    meaning_asked: NonEmptyWords
    undone_checks: NonEmptyWords
    pending_reports: NonEmptyWords
    taking_verbs: NonEmptyWords
    taken_data: NonEmptyWords
    result_nouns: NonEmptyWords


@cache
def _file() -> CaveatsFile:
    # Once: `config.load` copies and validates the file on every call.
    return config.load(FILE, CaveatsFile)


@cache
def _sets() -> tuple[PhraseSet, PhraseSet]:
    file = _file()
    return PhraseSet({"opener": file.openers}), PhraseSet({"open": file.open_words})


@cache
def _aspects() -> frozenset[str]:
    return frozenset((*_file().aspects, *_file().other_topics))


# Particles that make the noun before them a clause's topic or subject.
_TOPIC_PARTICLES: Final = frozenset({"は", "も", "が"})


def names_an_aspect(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens[lo:hi] take an aspect of the attack (「原因は」「侵入経路も」) or another
    fact (「公表は」) as topic: a doubt in that clause is about it, not whether the attack
    happened."""
    aspects, tokens = _aspects(), doc.tokens
    checks = _aspect_checks()
    return any(
        tokens[i].lemma in aspects
        and (
            tokens[i + 1].surface in _TOPIC_PARTICLES
            or tokens[i + 1].lemma in checks
            or _about(doc, i + 1)
            or _done_whether(doc, i + 1)
        )
        for i in range(lo, min(hi, len(tokens)) - 1)
    )


@cache
def _consequences() -> frozenset[str]:
    return frozenset(_file().consequences)


def names_a_consequence(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens[lo:hi] name what an intruder may have done with the data (「閲覧の
    可能性」「悪用された可能性」): a doubt in that clause is about it, not the attack."""
    consequences = _consequences()
    return any(token.lemma in consequences for token in doc.tokens[lo:hi])


def _about(doc: Doc, i: int) -> bool:
    """「件数については」「原因に関しては」: に and a verb of being about, which make the noun
    before them a topic as は does (set 39: 「…窃取されたことが確認されましたが、その件数に
    ついては引き続き精査中です」 checks the count, not the infection)."""
    tokens = doc.tokens
    return (
        i + 1 < len(tokens)
        and tokens[i].surface == "に"
        and tokens[i + 1].lemma in _ABOUT
        and tokens[i + 1].pos1 == "動詞"
    )


def _done_whether(doc: Doc, i: int) -> bool:
    """「公表するかどうかは」「発表するかは」: the noun before token i done (する), then asked
    whether: the doubt is whether to do it (set 39: 「…ランサムウェアと確定しました。公表する
    かどうかは本部と相談中です」 weighs the announcement, not the infection)."""
    tokens = doc.tokens
    return i + 1 < len(tokens) and tokens[i].lemma == "為る" and tokens[i + 1].surface == "か"


# The verbs (lemmas) of 〜について / 〜に関して / 〜につきまして.
_ABOUT: Final = frozenset({"つく", "付く", "就く", "関する"})


@cache
def _aspect_checks() -> frozenset[str]:
    return frozenset(_file().aspect_checks)


def caveated(doc: Doc, denial: int, lex: Lexicon) -> bool:
    """Whether the sentence after the one holding the denial at token `denial` is a caveat
    that leaves access open (not one about what leaked: 「ただし、流出の可能性は否定できない」),
    or the denial is said with its report still to come (「…確認されませんでしたとのことでしたが、
    詳しい報告書はまだです」)."""
    if _report_pending(doc, denial):
        return True
    openers, open_words = _sets()
    _, last = doc.sentence_span(denial)
    if last >= len(doc.tokens):
        return False
    lo, hi = doc.sentence_span(last)
    if all(_numbering(doc, i) for i in range(lo, hi)) and hi < len(doc.tokens):
        # 「3.」 cut off as a sentence of its own: the item it numbers is the next one.
        lo, hi = doc.sentence_span(hi)
    # The opener counts from the first word, past a bullet's number (「(2)ただし、」).
    first = next((i for i in range(lo, hi) if not _numbering(doc, i)), lo)
    opened = any(m.start < first + _OPENER_REACH for m in openers.find(doc, lo, hi))
    if not opened or not (open_words.contains(doc, lo, hi) or _check_undone(doc, lo, hi)):
        return False
    return not lex.leak_words.contains(doc, lo, hi) or lex.access_cues.contains(doc, lo, hi)


def _numbering(doc: Doc, i: int) -> bool:
    """A bullet's mark or number (「(2)」「・」「①」) before a sentence's first word."""
    token = doc.tokens[i]
    return token.pos1 == "補助記号" or token.surface.isdigit() or token.pos2 == "数詞"


# How far past the verb of checking its できる and negation may stand (検証 できる て おる ます ぬ).
_UNDONE_REACH: Final = 6


def _check_undone(doc: Doc, lo: int, hi: int) -> bool:
    """「…以前の通信については検証できておりません」「一部は解析ができていない」: a verb of
    checking, できる, then a negation: part of the question could not be checked, said in any
    politeness or aspect (the written phrases of `open_words` are a few of these)."""
    tokens = doc.tokens
    checks = _undone()
    for i in range(lo, min(hi, len(tokens)) - 1):
        if tokens[i].lemma not in checks:
            continue
        k = i + 1 + (tokens[i + 1].surface == "が")
        if k >= hi or tokens[k].lemma != "出来る":
            continue
        ending = tokens[k + 1 : min(hi, k + _UNDONE_REACH)]
        if any(t.lemma in ("ない", "ず", "ぬ") and t.pos1 == "助動詞" for t in ending):
            return True
    return False


@cache
def _undone() -> frozenset[str]:
    return frozenset(_file().undone_checks)


@cache
def _pending_reports() -> PhraseSet:
    return PhraseSet({"pending": _file().pending_reports})


# Particles that turn a statement to what qualifies it (「…でしたが、報告書はまだです」).
_CONTRASTS: Final = frozenset({"が", "けど", "けれど", "けれども", "ものの", "ですが"})


def _report_pending(doc: Doc, denial: int) -> bool:
    """「結果、不正アクセスは確認されませんでしたとのことでしたが、詳しい報告書はまだです」: a
    report still to come said after the denial, past が or けど in its sentence, or in the
    next sentence: the denial is a first word, not an investigation's conclusion."""
    if not _pending_reports().any(doc):
        return False
    tokens = doc.tokens
    _, last = doc.sentence_span(denial)
    turn = next(
        (
            i
            for i in range(denial, last)
            if tokens[i].surface in _CONTRASTS and tokens[i].pos1 == "助詞"
        ),
        None,
    )
    if turn is not None and _pending_reports().contains(doc, turn, last):
        return True
    if last >= len(tokens):
        return False
    lo, hi = doc.sentence_span(last)
    return _pending_reports().contains(doc, lo, hi)


def asked_in_doubt(doc: Doc, cue_end: int, following: int, lex: Lexicon) -> bool:
    """「感染したっぽい？？」「アカウント乗っ取られたんでしょうか？わからないです」: a writer
    asking themselves whether an attack reached them, with a doubt in the question or in the
    sentence right after it (up to the next attack word), suspects one (rule 2's `suspected`)."""
    _, last = doc.sentence_span(cue_end - 1)
    if last < len(doc.tokens):
        _, last = doc.sentence_span(last)
    return (
        lex.hedge.contains(doc, cue_end, min(last, following))
        or _meaning_asked(doc, cue_end)
        or _kind_asked(doc, cue_end)
    )


@cache
def _meanings() -> PhraseSet:
    return PhraseSet({"meaning": _file().meaning_asked})


# How far past the attack word its verb's endings reach (アクセス さ れ て い た).
_MEANING_REACH: Final = 5
_QUESTION_ENDS: Final = frozenset({"？", "?", "か", "かな", "かね"})
_COPULAS: Final = frozenset({"です", "でしょう", "でしょ", "だ"})


def _meaning_asked(doc: Doc, cue_end: int) -> bool:
    """「これ感染してたってこと？」: right after the attack word, a question asking whether
    that is what the thing seen means."""
    tokens = doc.tokens
    end = doc.clause_end(cue_end - 1)
    for m in _meanings().find(doc, cue_end, end):
        if m.start > cue_end + _MEANING_REACH:
            break
        i = m.end
        while i < len(tokens) and tokens[i].surface in _COPULAS:
            i += 1  # ってこと・でしょう・か
        if i >= len(tokens) or tokens[i].surface in _QUESTION_ENDS:
            return True
    return False


def _kind_asked(doc: Doc, cue_end: int) -> bool:
    """「これってウイルスでしょうか？」「ランサムですか？」「ウイルスかな？」: the attack word
    itself, with at most a copula after it, is what the writer asks the thing seen to be."""
    tokens = doc.tokens
    if tokens[cue_end - 1].pos1 != "名詞":
        return False  # 「感染しましたか？」 asks whether it happened, of someone else
    i = cue_end
    while i < len(tokens) and tokens[i].surface in _COPULAS:
        i += 1
    return i < len(tokens) and tokens[i].surface in _QUESTION_ENDS


# The predicate's own words before an embedded question's か (され た か, し て いる か).
_PREDICATES: Final = frozenset({"動詞", "助動詞"})


def checked_whether(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「侵入されたか調べてもらいました」「感染したか業者に確認しています」: the attack's
    predicate, か, then a verb of checking later in its sentence is an embedded question
    (whether it happened), done or not: it says nothing of the outcome, a doubt (rule 2's
    `suspected`). The denial's own form (「されていないか確認」) is `polarity`'s."""
    tokens = doc.tokens
    for i in range(lo, min(hi, len(tokens)) - 1):
        if tokens[i].pos1 not in _PREDICATES or tokens[i + 1].surface != "か":
            continue
        end = doc.sentence_span(i)[1]
        return any(t.lemma in lex.checking for t in tokens[i + 2 : end])
    return False


# What may stand between an alternative's predicate and its か (し て いる の か, し た ん か).
_NOMINALISERS: Final = frozenset({"の", "ん"})


def alternative_asked(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「感染してるのかしてないのか、わからん」「侵入されたのかされなかったのか」: the attack's
    predicate and its own denial, each closed by か, ask which of the two it was: a doubt
    (rule 2's `suspected`), never the denial the second one would be alone."""
    tokens = doc.tokens
    hi = min(hi, len(tokens))
    first = next(
        (i for i in range(lo, hi) if tokens[i].pos1 in _PREDICATES and _asked_at(doc, i + 1, hi)),
        None,
    )
    if first is None:
        return False
    return any(
        lex.negating.get(tokens[i].lemma) == tokens[i].pos1
        and _asked_at(doc, i + 1 + (i + 1 < hi and tokens[i + 1].lemma == "た"), hi)
        for i in range(first + 1, hi)
    )


def _asked_at(doc: Doc, i: int, hi: int) -> bool:
    """Whether token i is か, or の/ん then か: the close of an embedded question."""
    tokens = doc.tokens
    if i < hi and tokens[i].surface in _NOMINALISERS:
        i += 1
    return i < hi and tokens[i].surface == "か"


# Words (lemmas) for the other machines or places than the one hit (「残りの2台も」「他のPCも」
# 「それ以外の端末も」), before the も that makes them the subject as well.
_OTHERS: Final = frozenset({"残り", "他", "外", "別", "以外", "周り", "全部", "全て", "ほか"})
# How far before the attack word its も may stand (残り の 2 台 も 感染, 別 の PC に も 感染).
_ALSO_REACH: Final = 3


def of_the_others(doc: Doc, start: int) -> bool:
    """「駆除に5万、残りの2台も感染してないかチェックして」「他のPCにも広がっているかも」: the
    attack word at `start` follows, in its clause, the other machines than the one hit and
    も, or is compounded with a word of spreading (「感染端末以外への感染拡大は確認されて
    おりません」): a doubt about the spread, said after the attack itself is known, not
    whether it happened."""
    tokens = doc.tokens
    if _spread_compound(doc, start):
        return True
    lo = doc.clause_start(start)
    for i in range(start - 1, max(lo, start - 1 - _ALSO_REACH), -1):
        if tokens[i].surface == "も":
            return any(t.lemma in _OTHERS for t in tokens[lo:i])
    return False


# The particles that make the noun before a taking verb what was taken.
_TAKEN_PARTICLES: Final = frozenset({"が", "は", "も", "を"})


def data_taken(doc: Doc, start: int) -> bool:
    """「情報が抜かれた」「データも盗み取られた」: the cue at `start` is a verb of taking whose
    subject or object right before it is data; doubted, it is the leak that is in doubt
    (what was taken), not whether an attack reached us."""
    file, tokens = _file(), doc.tokens
    if start < 2 or tokens[start].lemma not in file.taking_verbs:
        return False
    before, noun = tokens[start - 1], tokens[start - 2]
    return before.surface in _TAKEN_PARTICLES and noun.lemma in file.taken_data


def led_by_result(doc: Doc, denial: int, lex: Lexicon) -> bool:
    """Whether the sentence right before the one holding the denial at token `denial` says a
    result came in (「調査結果出ました。」「報告書が届きました。」) or a check was done
    (「確認したら、設定ミスでした。」): a result noun or a word of checking and a past verb,
    nothing negated or doubted (「結果はまだ出ていません」 is none)."""
    first, _ = doc.sentence_span(denial)
    if first == 0:
        return False
    lo, hi = doc.sentence_span(first - 1)
    tokens = doc.tokens[lo:hi]
    nouns = frozenset(_file().result_nouns)
    return (
        (any(t.lemma in nouns for t in tokens) or lex.access_concluded.contains(doc, lo, hi))
        and any(t.lemma == "た" and t.pos1 == "助動詞" for t in tokens)
        and not any(lex.negating.get(t.lemma) == t.pos1 for t in tokens)
        and not lex.hedge.contains(doc, lo, hi)
        and not lex.pending.contains(doc, lo, hi)
    )


# Nouns (lemmas) that, compounded right after an attack word, name its spread to other
# machines (「感染拡大」「感染拡散」): a doubt of the compound is of the spread.
_SPREADING: Final = frozenset({"拡大", "拡散", "蔓延"})


def _spread_compound(doc: Doc, start: int) -> bool:
    """「感染端末以外への感染拡大は確認されておりません」: the attack word at `start` is, or is
    the same word as, the first half of a compound in its clause that names its spread."""
    tokens = doc.tokens
    word = tokens[start].lemma
    return any(
        tokens[i].lemma in _SPREADING and tokens[i - 1].lemma == word
        for i in range(start + 1, min(doc.clause_end(start), len(tokens)))
    )
