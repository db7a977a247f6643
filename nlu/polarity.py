"""Whether a statement about a fact is affirmed, denied, hedged or planned.

Scope: the words after a cue up to the end of its clause (「不正アクセスは無かったが、…」
stops at が). A hedge wins over any negation it contains, so double negatives
(「無かったとは言い切れない」「否定できない」) read as uncertain; otherwise an odd number
of negations denies.
"""

from __future__ import annotations

from enum import Enum
from operator import itemgetter
from typing import Literal

from nlu.apologies import apologies
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.tokens import Token
from nlu.unfamiliar import unfamiliar

_QUESTION_MARKS = frozenset({"?", "？"})
_LEMMA = itemgetter(1)  # Token.lemma, for map()
# Parts of speech that carry no statement of their own after a cue.
_EMPTY = frozenset({"補助記号", "助詞"})

# A reading that is neither yes nor no: hedged, undecided or under investigation.
Unknown = Literal["unknown"]
UNKNOWN: Unknown = "unknown"


class Polarity(Enum):
    AFFIRMED = "affirmed"
    NEGATED = "negated"
    HEDGED = "hedged"
    NEUTRAL = "neutral"
    TOPIC = "topic"  # 「不正アクセスの調査」: the subject of a check, neither said nor doubted
    ASKED = "asked"  # 「公表しないとダメ？」: a question about the fact, which states nothing


_COLONS = frozenset({":", "："})
# Particles of doubt or question (かも, かな, か): a clause of them alone says its cue.
_DOUBTING = frozenset({"か"})
_FULL_STOPS = frozenset({"。", "！", "!", "．"})
_SUBJECT_PARTICLES = frozenset({"は", "が", "も"})
# Parts of speech that name a thing: a question naming another one asks about that.
_NAMING = frozenset({"名詞", "代名詞", "形状詞"})


def negations(doc: Doc, lo: int, hi: int, lex: Lexicon) -> int:
    """How many negations tokens[lo:hi] hold, grammatical and lexical (非公表, 控える)."""
    count = _negated(doc.tokens[lo:hi], lex)
    if count:
        # 「攻撃を受けたのは間違いない」: the 無い of a phrase of certainty affirms, and
        # 「申し訳ない」 says sorry: neither denies.
        spans = [(m.start, m.end) for m in lex.certain.find(doc, lo, hi)]
        # 「見たことない文字が出てる」 describes what was seen, denying nothing either.
        for start, end in [*spans, *apologies(doc, lo, hi), *unfamiliar(doc, lo, hi)]:
            count -= _negated(doc.tokens[start:end], lex)
    return count + len(lex.negation.find(doc, lo, hi))


def _negated(tokens: list[Token], lex: Lexicon) -> int:
    """How many of `tokens` are grammatical negations (`_negates`), in a plain loop: the
    readers count them in every scope they weigh, and a generator costs a call a token."""
    negating = lex.negating
    count = 0
    for i, token in enumerate(tokens):
        if negating.get(token.lemma) == token.pos1 and not _said_again(tokens, i):
            count += 1
    return count


def _said_again(tokens: list[Token], i: int) -> bool:
    """「しないしない」「ないない」「しませんしません」: a negation said twice over for emphasis,
    which denies once (a double negative is 「なくはない」, never a repetition): the words up to
    it, one to three of them, repeat those right before as written."""
    return any(
        i + 1 >= 2 * width
        and all(tokens[i - k].surface == tokens[i - k - width].surface for k in range(width))
        for width in _REPEATS
    )


# How many words a repeated negation spans: ない, し+ない, し+ませ+ん.
_REPEATS = (1, 2, 3)


def _negates(token: Token, lex: Lexicon) -> bool:
    """A grammatical negation: ない as an auxiliary, 無い as an adjective (`lex.negating`)."""
    return lex.negating.get(token.lemma) == token.pos1


def polarity(doc: Doc, lo: int, hi: int, lex: Lexicon, affirm_if: bool) -> Polarity:
    """Classify tokens[lo:hi], the scope after a cue.

    Args:
        affirm_if: whether the scope holds a word that affirms the fact; the caller
            decides, since what affirms differs by fact (あった, 受けた, 公表した).
    """
    if asked(doc, hi) or asked_without_mark(doc, lo, hi, lex):
        return Polarity.ASKED
    if lex.hedge.contains(doc, lo, hi) or hedged_before(doc, lo, lex):
        return Polarity.HEDGED
    listed = listed_value(doc, lo, hi, lex)
    if listed is not None:
        return listed
    if lo < hi and doc.tokens[lo].surface in lex.negating_prefixes:
        return Polarity.NEGATED  # 「同意未取得」: the prefix negates what follows the cue
    if checked_whether_not(doc, lo, hi, lex):
        return Polarity.HEDGED
    if negations(doc, lo, hi, lex) % 2:
        return Polarity.NEGATED
    return Polarity.AFFIRMED if affirm_if else Polarity.NEUTRAL


def checked_whether_not(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「侵入されていないか業者に確認してもらっています」: a negation, か, then a verb of
    checking in the scope is a check of whether, still open; no denial. A check done
    (「確認した結果、問題ありませんでした」) is left to its outcome."""
    tokens = doc.tokens
    for i in range(lo, min(hi, len(tokens)) - 1):
        if _negates(tokens[i], lex) and tokens[i + 1].surface == "か":
            # 「…ていないか、ベンダーが点検しています」: the check may follow a comma.
            end = doc.sentence_span(i)[1]
            check = next((k for k in range(i + 2, end) if tokens[k].lemma in lex.checking), None)
            if check is None:
                return False
            done = any(t.lemma == "た" and t.pos1 == "助動詞" for t in tokens[check:end])
            return not done
    return False


def listed_value(doc: Doc, lo: int, hi: int, lex: Lexicon) -> Polarity | None:
    """「侵入：無」「公表：未」「同意：済」: a key's value after a colon, alone in its item.

    None when the scope is not such an item (a sentence after the colon is read as one).
    """
    tokens = doc.tokens
    if not (lo + 1 < hi and tokens[lo].surface in _COLONS):
        return None
    value, rest = tokens[lo + 1], _outside_brackets(tokens[lo + 2 : hi])
    if rest and rest[0].surface in _ITEM_SLASHES:
        # 「公表：無/窓口開設済」: a slash starts the next item, unless it offers the other
        # value of this one (「同意：未/済」, a form not filled in).
        after = [t for t in rest[1:] if t.pos1 != "補助記号"]
        if after and after[0].surface in (*lex.listed_absent, *lex.listed_present):
            return None
        rest = []
    if any(t.pos1 != "補助記号" for t in rest):
        return None
    if value.surface in lex.listed_absent:
        return Polarity.NEGATED
    if value.surface in lex.listed_present:
        return Polarity.AFFIRMED
    return None


_ITEM_SLASHES = frozenset({"/", "／"})
_OPEN, _CLOSE = frozenset({"(", "（"}), frozenset({")", "）"})


def _outside_brackets(tokens: list[Token]) -> list[Token]:
    """The tokens not inside brackets: 「侵入：無（フォレンジック完了）」 is still the value 無
    with an aside on how it was found."""
    out, depth = [], 0
    for token in tokens:
        if token.surface in _OPEN:
            depth += 1
        elif token.surface in _CLOSE and depth:
            depth -= 1
        elif not depth:
            out.append(token)
    return out


def asked(doc: Doc, hi: int) -> bool:
    """Whether the clause ending at `hi` is a question (「公表しないとダメ？」).

    A question mark ends a sentence, so only the clause it closes is asked about:
    「ランサムにやられたけど、補償される？」 still states the infection.
    """
    return 0 < hi <= len(doc.tokens) and doc.tokens[hi - 1].surface in _QUESTION_MARKS


def asked_without_mark(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the clause tokens[lo:hi] ends its sentence as a question with no question
    mark (「公表とかするんでしょうか」「同意は取れてるんですかね」): chat often drops the ？,
    and a question about a fact states nothing of it."""
    tokens = doc.tokens
    if not 0 <= lo < hi <= len(tokens):
        return False
    _, past = doc.sentence_span(hi - 1)
    if not _only_marks(tokens[hi:past]):
        return False  # the sentence goes on past the clause: another clause asks, if any
    i = hi - 1
    while i >= lo and tokens[i].pos1 == "補助記号":
        i -= 1
    while i > lo and tokens[i].pos2 == "終助詞" and tokens[i].lemma in lex.softening_finals:
        i -= 1
    if not (i >= lo and tokens[i].pos2 == "終助詞" and tokens[i].lemma in lex.clause_finals):
        return False
    words = tokens[lo:i]
    if any(t.lemma in lex.interrogatives for t in words):
        return False  # 「抜かれた…どうすればいいですか」 asks what to do
    # A verbal noun before する is the predicate itself (「感染しましたか」), not a noun the
    # question is about (「漏えいしたのは顧客情報ですか」 presupposes the leak).
    verbal = {k for k in range(lo, i) if tokens[k].pos1 == "名詞" and _before_suru(tokens, k + 1)}
    named = [
        t
        for k, t in enumerate(words, lo)
        if t.pos1 in _NAMING and t.lemma not in lex.formal_nouns and k not in verbal
    ]
    verbs = [t for t in words if t.pos1 == "動詞" and t.pos2 != "非自立可能"]
    return not named and len(verbs) + len(verbal) <= 1  # one predicate, the fact's own


def _before_suru(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].lemma == "為る" and tokens[k].pos1 == "動詞"


def hedged_before(doc: Doc, cue_end: int, lex: Lexicon) -> bool:
    """A hedging adverb earlier in the cue's clause (「たぶんランサムウェアです」)."""
    if cue_end == 0:
        return False
    start = doc.clause_start(cue_end - 1)
    # The lemmas looked up at C speed: this runs for nearly every cue of every message.
    return not lex.hedge_before.isdisjoint(map(_LEMMA, doc.tokens[start:cue_end]))


def scope_after(doc: Doc, cue_end: int, *, extend: bool = True) -> tuple[int, int]:
    """The scope of a cue ending at token `cue_end`: the rest of its clause.

    A cue that ends its clause (「同意？取ってないです」) takes the next clause instead.
    """
    if cue_end == 0:
        return 0, 0
    end = doc.clause_end(cue_end - 1)
    # 「同意は、いずれも…」: a topic particle alone says nothing yet (`_says_nothing`).
    if extend and end < len(doc.tokens) and _says_nothing(doc.tokens[cue_end:end]):
        after = doc.clause_end(end)
        # 「…に感染。他の端末への感染拡大は調査中」: a noun ending a sentence on a full stop
        # is its statement; a next sentence with a subject of its own says another thing.
        if _full_stop(doc.tokens[cue_end:end]) and _own_subject(doc.tokens[end:after]):
            return cue_end, end
        # 「不正アクセス → 確認されず」: a clause of marks alone (→) leads to the value.
        if (
            after < len(doc.tokens)
            and _only_marks(doc.tokens[end:after])
            and doc.sentence_of[after] == doc.sentence_of[end]
        ):
            return end, doc.clause_end(after)
        return end, after
    return cue_end, end


def _says_nothing(tokens: list[Token]) -> bool:
    """Whether `tokens` are marks and particles alone: 「同意は、いずれも…」, a topic
    particle alone, says nothing yet. A conjunctive particle (「置き忘れて、」) does carry
    the cue's own verb, and a particle of doubt (「DDoSかも。」「ランサムかな？」) is the
    cue's own predicate, the next clause another statement, not the value.

    A plain loop, not any() over generators: scope_after runs for most cues."""
    for token in tokens:
        if token.pos1 not in _EMPTY or token.pos2 == "接続助詞" or token.surface in _DOUBTING:
            return False
    return True


def _full_stop(tokens: list[Token]) -> bool:
    """Whether `tokens` hold a full stop (。！), not a question mark or a colon."""
    return any(token.surface in _FULL_STOPS for token in tokens)


def _own_subject(tokens: list[Token]) -> bool:
    """Whether a clause holds a subject or topic of its own: a noun, then は, が or も
    (「原因は不明」「他の端末への感染拡大は調査中」)."""
    return any(
        token.surface in _SUBJECT_PARTICLES
        and token.pos2 in ("係助詞", "格助詞")
        and tokens[i - 1].pos1 in _NAMING | {"接尾辞"}
        for i, token in enumerate(tokens)
        if i > 0
    )


def _only_marks(tokens: list[Token]) -> bool:
    """Whether every one of `tokens` is a mark (補助記号)."""
    for token in tokens:  # noqa: SIM110 (a loop: no generator frame per call)
        if token.pos1 != "補助記号":
            return False
    return True


def preceded_by_negating_prefix(doc: Doc, cue_start: int, lex: Lexicon) -> bool:
    """「非公表」「未公表」: a prefix that negates the cue itself, written against it (in
    「公表：未 同意：済」 the 未 is the value before, a space away)."""
    return (
        cue_start > 0
        and doc.tokens[cue_start - 1].surface in lex.negating_prefixes
        and doc.ends[cue_start - 1] == doc.starts[cue_start]
    )
