"""Malware described or named, not said to have reached our systems.

「メールを介して感染を拡大していくウイルス」 says what a virus does, 「Crypt0L0ckerという
ウイルスです」 what it is called, 「Emotetに注意」 warns of it, 「ウイルスを消してほしければ」
supposes it, 「なりすましメール（Emotet）」 names the mail's: none states an infection of
ours (the spec's access found needs one). 「Emotetというウイルスに感染した」 still does.
"""

from __future__ import annotations

from coverage import IncidentType
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import scope_after
from nlu.tokens import Token

_MALWARE = IncidentType.MALWARE.value
# Auxiliaries of a non-past verb that may end a clause modifying a noun
# (「感染させるウイルス」「拡散されるマルウェア」).
_NON_PAST_AUXILIARIES = frozenset({"れる", "られる", "せる", "させる"})
# A stative verb says what is there now (「PCに入っているウイルス」): an event, kept.
_STATIVE = frozenset({"居る", "因る"})
# The last kana of a verb's attributive (= terminal) form.
_ATTRIBUTIVE_ENDINGS = frozenset("うくぐすずつづぬふぶむる")
# Particles that make a clause a supposition (「消してほしければ」「感染したら」); lemma, surface.
_CONDITIONAL = frozenset({("ば", "ば"), ("た", "たら"), ("だ", "なら"), ("だ", "ならば")})


def _names_before(doc: Doc, start: int) -> bool:
    """「Crypt0L0ckerというウイルス」「Emotetと呼ばれるマルウェア」: a name introduced."""
    tokens = doc.tokens
    return (
        start >= 2
        and tokens[start - 1].lemma in ("言う", "呼ぶ", "れる")
        and (tokens[start - 2].surface == "と" or tokens[start - 2].lemma == "呼ぶ")
    )


def _named_after(doc: Doc, end: int) -> bool:
    """「「LockBit」と呼ばれるランサムウェア」「Emotetという」: the word is the name introduced."""
    tokens = doc.tokens
    i = end + (end < len(tokens) and tokens[end].pos2 == "括弧閉")
    return (
        i + 1 < len(tokens)
        and tokens[i].surface == "と"
        and tokens[i + 1].lemma in ("言う", "呼ぶ")
    )


def _describing_verb(doc: Doc, i: int) -> bool:
    """Whether token i ends a non-past clause that can modify the noun after it: a verb
    in its attributive form, which ends in the u-row (「拡大していく」「感染させる」), not
    its continuative (「ボット化し」) nor 「による」's agent."""
    if i < 0:
        return False
    token = doc.tokens[i]
    if not token.surface or token.surface[-1] not in _ATTRIBUTIVE_ENDINGS:
        return False
    if token.pos1 == "動詞":
        return token.lemma not in _STATIVE
    return token.pos1 == "助動詞" and token.lemma in _NON_PAST_AUXILIARIES


def _noun_start(doc: Doc, start: int) -> int:
    """The first token of the compound noun that ends with the one at `start`
    (「コンピュータウイルス」「ウイルス「Emotet」」)."""
    tokens = doc.tokens
    i = start
    while i > 0:
        if tokens[i - 1].pos1 == "名詞":
            i -= 1
        elif i > 1 and tokens[i - 1].pos2 == "括弧開" and tokens[i - 2].pos1 == "名詞":
            i -= 1  # a name in brackets after its kind: 「ウイルス「Emotet」」
        else:
            break
    return i


def _modified(doc: Doc, start: int) -> bool:
    """A malware noun after a non-past clause that describes it (「拡大していくウイルス」)."""
    return _describing_verb(doc, _noun_start(doc, start) - 1)


def _in_description(doc: Doc, end: int, heads: list[Match]) -> bool:
    """A word inside a clause that describes a malware noun later in its clause
    (「感染を拡大していくウイルス」's 感染)."""
    clause_end = doc.clause_end(end - 1) if end else 0
    return any(
        end <= head.start < clause_end and _modified(doc, head.start)
        for head in heads
        if doc.tokens[head.start].pos1 == "名詞"
    )


def _apposition(doc: Doc, start: int, lex: Lexicon) -> bool:
    """「なりすましメール（Emotet）」: the malware a mail carries, in brackets after it."""
    tokens = doc.tokens
    return (
        start >= 2
        and tokens[start - 1].pos2 == "括弧開"
        and tokens[start - 2].lemma in lex.carriers
    )


def _supposed(doc: Doc, end: int) -> bool:
    """「ウイルスを消してほしければ」: the word's own predicate supposes it; one ended
    before (「抜かれた…どうすれば」, a past or a mark) is stated."""
    lo, hi = scope_after(doc, end, extend=False)
    for token in doc.tokens[lo:hi]:
        if (token.lemma, token.surface) in _CONDITIONAL:
            return True
        if token.pos1 == "補助記号" or token.lemma in ("た", "です", "ます"):
            return False
    return False


def warned(doc: Doc, end: int, lex: Lexicon) -> bool:
    """「Emotetに注意」「感染に警戒を」: a warning about the word before."""
    lo, hi = scope_after(doc, end)
    return lex.warned.contains(doc, lo, hi)


def described(doc: Doc, match: Match, heads: list[Match], lex: Lexicon, *, plain: bool) -> bool:
    """Whether an attack word describes or names malware rather than saying it reached us.

    Args:
        heads: the malware words of the message, which a clause may describe.
        plain: whether nothing affirms the word (「というウイルスです」); a name
            introduced and then affirmed (「Emotetというウイルスに感染した」) is an event.
    """
    start, end = match.start, match.end
    if plain and _names_before(doc, _noun_start(doc, start)):
        return True
    if match.label == _MALWARE and _named_after(doc, end):
        return True  # the malware's name; what it did is read of the word after
    return (
        (match.label == _MALWARE and _modified(doc, start))
        or _in_description(doc, end, heads)
        or warned(doc, end, lex)
        or _apposition(doc, start, lex)
        or _supposed(doc, end)
    )


def before_qualifier(doc: Doc, start: int, lo: int, *, through_niokeru: bool = False) -> int:
    """The token before the verbs that qualify the word at `start` (「他社で発生した」
    「委託先で起きた」), back to `lo`; with `through_niokeru`, 「…における」 ends at its に."""
    tokens = doc.tokens
    i = start - 1
    while i >= lo and (
        tokens[i].pos1 in ("動詞", "助動詞")
        or (tokens[i].pos1 == "名詞" and i + 1 < start and tokens[i + 1].lemma == "為る")
    ):
        niokeru = tokens[i].lemma == "於く" and i - 1 >= lo and tokens[i - 1].surface == "に"
        if through_niokeru and niokeru:
            return i - 1  # 「提供事業者における」
        i -= 1
    return i


def on_another_party(doc: Doc, start: int, lex: Lexicon) -> bool:
    """「取引先がランサムウェア被害に」「他社で発生した不正アクセス」: the attack word at
    `start` is said of an outside party named in the noun phrase right before it."""
    tokens = doc.tokens
    lo = doc.clause_start(start)
    if tokens[start].lemma in lex.party_objects:
        # 「取引先様のメールアカウントを乗っ取って」 as one cue: the owner stands before の.
        return _owned_by_another(doc, start + 1, lo, lex)
    i = before_qualifier(doc, start, lo)  # 「他社で発生した不正アクセス」
    if i < lo or tokens[i].pos1 != "助詞":
        return False
    if tokens[i].surface == "を":
        # 「取引先様のメールアカウントを乗っ取って」: their account or machine is what was hit,
        # the object of the attack word itself; 「取引先のサイトを止める攻撃」 is an attack
        # aimed at them, maybe from ours.
        return (
            i == start - 1
            and tokens[i - 1].lemma in lex.party_objects
            and _owned_by_another(doc, i, lo, lex)
        )
    if tokens[i].surface not in lex.party_particles:
        return False
    if tokens[i].surface == "の" and i - 1 >= lo and tokens[i - 1].pos1 == "助詞":
        i -= 1  # 「他社での不正アクセス」; 「他社へのDDoS攻撃に加担」 is ours, at them
        if tokens[i].surface not in lex.party_particles:
            return False
    return any(
        _party_heads(doc, m.end, i)
        for m in lex.outside_parties.find(doc, noun_phrase_start(doc, i, lo), i)
    )


def _party_heads(doc: Doc, end: int, hi: int) -> bool:
    """Whether a party named up to token `end` heads its part of a phrase ending at `hi`:
    the phrase ends there, or の or a title (様, さん) follows; 「取引先管理システム」 is
    ours, a system named after whom it serves."""
    tokens = doc.tokens
    while end < hi and tokens[end].pos1 == "接尾辞":
        end += 1
    return end >= hi or tokens[end].surface == "の"


def _owned_by_another(doc: Doc, end: int, lo: int, lex: Lexicon) -> bool:
    """The noun phrase ending before token `end` is an outside party's own thing, the party
    named before an の inside it (「取引先様のメールアカウント」)."""
    start = noun_phrase_start(doc, end, lo)
    owner = next((k for k in range(end - 1, start - 1, -1) if doc.tokens[k].surface == "の"), None)
    return owner is not None and lex.outside_parties.contains(doc, start, owner)


def noun_phrase_start(doc: Doc, end: int, lo: int = 0) -> int:
    """Where the noun phrase ending just before token `end` begins, back to `lo`: nouns
    and affixes, joined by の (「委託先のデータセンター事業者」)."""
    tokens = doc.tokens
    i = end
    while i - 1 >= lo and (tokens[i - 1].pos1 in NOUN_PHRASE_POS or tokens[i - 1].surface == "の"):
        i -= 1
    return i


# What a noun phrase is made of, here and in the readers that walk one.
NOUN_PHRASE_POS = frozenset({"名詞", "接尾辞", "接頭辞"})

# Verbs that only carry the tense or aspect of the verb before them (委託し・ている).
_ASPECT_VERBS = frozenset({"為る", "居る"})


def carries_aspect(token: Token) -> bool:
    """`token` only carries the tense or aspect of the verb before it (「委託し・てる」)."""
    return token.pos1 == "助動詞" or token.surface in ("て", "で") or token.lemma in _ASPECT_VERBS


def handed_over_before(doc: Doc, at: int, lo: int, lex: Lexicon) -> bool:
    """「発送を委託してるA社」「集計を頼んでた業者」: the noun phrase starting at `at` is
    qualified by a verb of handing over our work (`handing_over`), past its tense and
    aspect, no further back than `lo`."""
    tokens = doc.tokens
    i = at - 1
    while i >= lo and carries_aspect(tokens[i]):
        i -= 1
    return lo <= i < at - 1 and tokens[i].lemma in lex.handing_over
