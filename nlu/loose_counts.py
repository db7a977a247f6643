"""Counts said apart from what they count: a sentence or a message that is only a count
(「300件ほどです」「件数は1万2千件って言ってた」), a bare number that corrects one known, a
count taken back. What they count is said in the sentence or the message before."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count, past_hesitation
from nlu.doc import Doc
from nlu.lexicon import Lexicon, lexicon
from nlu.phrases import PhraseSet
from nlu.tokens import Token
from nlu.victim_anaphora import named_back
from nlu.victim_audiences import counts_no_victims
from nlu.victim_guesses import guessed
from nlu.victim_reach import reach_unknown

FILE: Final = "nlu_loose_counts.toml"

# How many tokens of a sentence may come before and after its count for the sentence to
# be only the count (「300件ほどです」「件数は1万2千件って言ってた」): what it counts is said
# in the sentence before. 「うち2社は添付を開いた」 says more, and stands alone.
_ELLIPTICAL_LEAD = 2
_ELLIPTICAL_TAIL = 4


def context_start(doc: Doc, count: Count) -> int:
    """Where the words that say what a count counts may start: its sentence, or the one
    before when its sentence is only the count (「住所録が抜かれました。300件ほどです」) or
    names it back (「その1社の件だけです」), or the question its Q&A answer answers."""
    token = doc.token_at(count.start)
    lo, hi = doc.sentence_span(token)
    asked = _question_answered(doc, count, lexicon())
    if asked is not None:
        # 「Q3. 対象となるのは誰ですか。」「A3. …入居申込をされた方、計1,860名です。」: the
        # question says what the answer counts.
        return min(asked, lo)
    if lo > 0 and named_back(doc, count):
        return doc.sentence_span(lo - 1)[0]  # 「その1社の件だけです」: the party said before
    tail = sentence_tail(doc, count, hi)
    if lo > 0 and token - lo <= _ELLIPTICAL_LEAD and len(tail) <= _ELLIPTICAL_TAIL:
        before = doc.sentence_span(lo - 1)[0]
        if before > 0 and _label_only(doc, before, lo):
            # 「Q3. 対象となる会員は何人ですか。A3. 約21万人です。」: 「A3.」 is a sentence of
            # its own that says nothing; the question before it says what is counted.
            return doc.sentence_span(before - 1)[0]
        return before
    return lo


def _question_answered(doc: Doc, count: Count, lex: Lexicon) -> int | None:
    """In a Q&A (config [announced.notice] qa_*: enough question lines each followed by an
    answer line), the first token of the question whose answer line holds the count."""
    for start, answer, end in _qa_lines(doc, lex):
        if answer <= count.start < end:
            return doc.token_at(start)
    return None


def _qa_lines(doc: Doc, lex: Lexicon) -> list[tuple[int, int, int]]:
    """(question start, answer start, answer end) of each pair of a Q&A, as characters;
    none unless there are enough pairs. Kept on the `Doc`: asked once per count."""
    kept: list[tuple[int, int, int]] | None = doc.cache.get(_QA_LINES)
    if kept is not None:
        return kept
    text = doc.text
    pairs = list(lex.notice.qa_pair.finditer(text))
    kept = []
    if len(pairs) >= lex.notice.qa_min_pairs:
        for pair in pairs:
            end = text.find("\n", pair.end())
            start = pair.start() + len(pair.group()) - len(pair.group().lstrip())
            kept.append((start, pair.end(), len(text) if end < 0 else end))
    doc.cache[_QA_LINES] = kept
    return kept


# Where `_qa_lines` keeps its answer on the `Doc`.
_QA_LINES = "qa_lines"


def _label_only(doc: Doc, lo: int, hi: int) -> bool:
    """A sentence that is only an item label: 「A3.」「2.」「(1)」."""
    return all(
        t.pos1 == "補助記号"
        or (t.surface.isascii() and t.surface.isalnum() and len(t.surface) <= 3)
        for t in doc.tokens[lo:hi]
    )


def sentence_tail(doc: Doc, count: Count, hi: int) -> list[Token]:
    """The words of a sentence after its count, without the auxiliaries that only inflect
    (「1,500人って言われましたけど」 says no more than 「1,500人って言った」) and without an
    aside in brackets right after it."""
    rest = doc.tokens[doc.token_at(count.end - 1) + 1 : hi]
    lead = 0
    # 「約3,000件です（個人のお客様）」: an aside after the copula is on the count too.
    while lead < len(rest) and rest[lead].pos1 == "助動詞":
        lead += 1
    if lead < len(rest) and rest[lead].surface in _OPENING:
        rest = rest[lead:]
    if rest and rest[0].surface in _OPENING:
        # 「7,132名(うちセキュリティコードを含むもの6,980件)」: an aside on the count itself.
        close = next((k for k, t in enumerate(rest) if t.surface in _CLOSING), None)
        if close is not None:
            rest = rest[close + 1 :]
    return [t for t in rest if t.pos1 not in _INFLECTION]


_OPENING = frozenset({"(", "（"})
_CLOSING = frozenset({")", "）"})


_INFLECTION = frozenset({"補助記号", "助動詞"})
# The inflection of a store's verb of keeping (保存さ-れ-た, 登録さ-れ-て-いる).
_STORED_INFLECTION = frozenset({"為る", "れる", "られる", "た", "て", "居る"})


def of_people(count: Count, lex: Lexicon) -> bool:
    """A count of persons (「3,000人」) or of records (「顧客情報2,000件」)."""
    return count.kind == "individuals" or count.unit in lex.record_units


def hedged_number(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「対象は7名っぽい」「最大約2,300件に及ぶ可能性」: the hedge is on the number itself, so
    it is no count of victims (a hedged leak, 「2万件が流出した可能性」, keeps its count); nor
    is a store's size said with how far the damage reached unknown (`reach_unknown`)."""
    i = doc.token_at(count.end - 1) + 1
    hi = doc.sentence_span(i - 1)[1]
    start = i
    while i < hi and doc.tokens[i].lemma in lex.count_hedge_links:
        i += 1
    if i < hi and any(m.start == i for m in lex.hedge.find(doc, i, hi)):
        return True
    if guessed(doc, count) or said_unknown_after(doc.text, count.end):
        return True  # 「たぶん2000人ぐらいだと思います」「1万人…いや、まだわからない」
    # 「2,600人くらい入ってますが、どこまで見られたかはわからない」: how far it reached.
    return _impact_in_doubt(doc, start, hi, lex) or reach_unknown(doc, count, lex)


# What may stand between a count and the word for its impact: its data (「の個人情報への」).
_NOMINAL = frozenset({"名詞", "助詞", "接尾辞", "接頭辞"})


def _impact_in_doubt(doc: Doc, i: int, hi: int, lex: Lexicon) -> bool:
    """「従業員約2,000人の個人情報への影響については調査中」「会員様の情報（約4万件）が保存された
    データベースへの影響についても調査中」: the impact on the persons counted (or on the
    store holding their records) is what is in doubt, not a leak said of them."""
    stored = False
    while i < hi and doc.tokens[i].lemma not in lex.impact_words:
        token = doc.tokens[i]
        if token.lemma in lex.leak_lemmas:
            return False
        stored = stored or token.lemma in lex.stored_lemmas
        if not (
            token.pos1 in _NOMINAL
            or token.lemma in lex.impact_links
            or token.surface in _CLOSING
            # 「…が保存されたデータベース」: the store named by what it keeps.
            or (stored and token.lemma in _STORED_INFLECTION)
        ):
            return False
        i += 1
    if i >= hi:
        return False
    i += 1
    while i < hi and doc.tokens[i].lemma in lex.impact_links:
        i += 1
    return i < hi and any(m.start == i for m in lex.hedge.find(doc, i, hi))


def _loose(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """A count of people said firmly, that may be of victims: not 「7名っぽい」, nor an
    audience or a rate (「フォロワーは3,400人くらい」「1日平均約600人」)."""
    return (
        of_people(count, lex)
        and not hedged_number(doc, count, lex)
        and not counts_no_victims(doc, count)
    )


def loose_count(doc: Doc, counts: Sequence[Count], lex: Lexicon) -> int | None:
    """A bare 「1,250件でした」: a count of people or records said without context.

    It can only correct a victim count already known; the caller decides.
    """
    people = [c for c in counts if _loose(doc, c, lex)]
    # 「千二百名ではなく千五百名でした」: the last one said is the corrected one.
    return people[-1].value if people else None


def loose_count_found(doc: Doc, counts: Sequence[Count], lex: Lexicon) -> bool:
    """「ごめん確認したら2,000件だった」「45名は54名の誤りです」: the loose count is said as
    what was found or as what a count said before should have been, so it corrects the count
    known (「お一人から…不十分だったとして」 says no count was found)."""
    people = [c for c in counts if _loose(doc, c, lex)]
    if people and any(corrected_by_next(doc, c, counts, lex) for c in people[:-1]):
        return True  # 「先ほどの45名は54名の誤りです」: said as what the earlier count should be
    if not people or not doc.text.startswith(lex.found_after, people[-1].end):
        return False
    # 「確認したら400件だったかも」: a guess is no finding.
    token = doc.token_at(people[-1].end - 1) + 1
    return not lex.hedge.contains(doc, token, doc.sentence_span(token - 1)[1])


def bare_count(doc: Doc, counts: Sequence[Count], lex: Lexicon) -> int | None:
    """「件数は1万2千件って言ってた」「約80枚です。」: a sentence that is only a count of persons,
    records or items, the message's first count. What it counts was said in an earlier
    message (or the sentence before it in this one, without a data word)."""
    if not counts:
        return None
    count = counts[0]
    if not (of_people(count, lex) or count.unit in lex.item_units):
        return None
    if taken_back(doc, count, lex):
        return None  # 「800人…でなく、80人です」: the first count is the one taken back
    if hedged_number(doc, count, lex) or counts_no_victims(doc, count):
        return None  # 「7名っぽいです」「フォロワーは3,400人くらいです」
    token = doc.token_at(count.start)
    lo, hi = doc.sentence_span(token)
    clause = doc.clause_start(token)
    if clause > lo and doc.tokens[clause - 1].surface in _COMMAS:
        lo = clause  # 「カード会社からの連絡で発覚、対象は最大1,830件」: the count's own clause
    when = {i for m in _so_far().find(doc, lo, token) for i in range(m.start, m.end)}
    lead = [
        t
        for i, t in enumerate(doc.tokens[lo:token], lo)
        if (t.pos1 != "補助記号" or t.surface == ":") and i not in when
    ]
    if len(lead) > _ELLIPTICAL_LEAD or any(t.lemma not in lex.bare_leads for t in lead):
        return None
    if lo != 0 and _not_of_persons(doc, lo, lex):
        return None
    if _spaced_off(doc, count, hi, lex):
        return count.value
    tail = sentence_tail(doc, count, hi)
    return count.value if len(tail) <= _ELLIPTICAL_TAIL else None


_COMMAS = frozenset({"、", ","})


class LooseFile(config.Schema):
    """`config/nlu_loose_counts.toml`."""

    so_far: NonEmptyWords
    take_back_words: NonEmptyWords
    still_unknown: NonEmptyWords
    number_of: NonEmptyWords
    corrected: NonEmptyWords
    totals: NonEmptyWords


@cache
def _file() -> LooseFile:
    return config.load(FILE, LooseFile)


@cache
def _so_far() -> PhraseSet:
    """「今のところ」「最大」: how far a bare count stands, no lead of its own."""
    return PhraseSet({"so_far": _file().so_far})


def said_unknown_after(text: str, end: int) -> bool:
    """「1万人くらい…いや、まだわからないです」「2000件くらい、まだ確定してない」: right after
    the count (past a speaker's hesitation, and a word taking it back), the number is said
    not yet known."""
    file = _file()
    at = past_hesitation(text, end)
    back = next((w for w in file.take_back_words if text.startswith(w, at)), None)
    if back is not None:
        at = past_hesitation(text, at + len(back))
    return text.startswith(tuple(file.still_unknown), at)


def _spaced_off(doc: Doc, count: Count, hi: int, lex: Lexicon) -> bool:
    """「件数は1万2千件 うちは公表するか検討中」: in a chat a space after the count ends its
    sentence as 。 would; what follows is another matter, unless it names what else the
    count counts (「10件 問い合わせが来てます」)."""
    if not doc.text.startswith(" ", count.end):
        return False
    rest = doc.token_at(count.end)
    return rest < hi and not lex.not_persons.contains(doc, rest, hi)


def _not_of_persons(doc: Doc, lo: int, lex: Lexicon) -> bool:
    """「DBに不正侵入されてた。3万件くらい」 may answer what the conversation is about; not
    when the sentence before names what else it counts (「問い合わせが来ています。10件ほど」)."""
    before = doc.sentence_span(lo - 1)[0]
    return lex.not_persons.contains(doc, before, lo)


def retracted_kinds(doc: Doc, counts: Sequence[Count], lex: Lexicon) -> frozenset[str]:
    """「300名ではなく、法人顧客18社分でした」: the kinds of victims whose count is taken back."""
    return frozenset(
        "corporations" if count.kind == "corporations" else "individuals"
        for count in counts
        if (count.kind == "corporations" or of_people(count, lex)) and taken_back(doc, count, lex)
    )


def taken_back(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「300名ではなく」「約3万人…じゃなくて」: the count is taken back right after it."""
    return lex.retracted.match(doc.text, past_hesitation(doc.text, count.end)) is not None


def corrected_by_next(doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon) -> bool:
    """「先ほどの1,200人は1,020人の誤りでした」: the next count, of the same counter and said
    as what this one is a mistake for, replaces it."""
    later = [c for c in counts if c.start >= count.end]
    if not later or later[0].unit != count.unit or later[0].value == count.value:
        return False
    if doc.text[count.end : later[0].start].strip(" 、,") not in _CORRECTED_TOPIC:
        return False
    after = doc.token_at(later[0].end - 1) + 1
    return any(m.label == "after_amount" and m.start == after for m in lex.correction.find(doc))


# What joins the count taken back to the one that corrects it: 「1,200人は」「1,200人って」.
_CORRECTED_TOPIC = frozenset({"は", "って", "というのは", "と言ったのは", "と書いたのは"})


def loose_corporations(counts: Sequence[Count]) -> int | None:
    """A bare 「3社でした」: a number of companies said without context.

    Like `loose_count`, it can only correct a corporations count already known.
    """
    firms = [c for c in counts if c.kind == "corporations"]
    return firms[-1].value if firms else None


def recount(doc: Doc, counts: Sequence[Count], lex: Lexicon) -> tuple[int, int, str] | None:
    """「4台じゃなくて3台でした」: a count taken back for another of the same counter, as
    (old, new, counter). A price per unit said before (「PC4台×80万」) is then for the new
    count; only one retraction in the message is read."""
    found = []
    for old, new in pairwise(counts):
        taken_back = lex.retracted.match(doc.text, past_hesitation(doc.text, old.end))
        if old.unit != new.unit or old.value == new.value or taken_back is None:
            continue
        if doc.text[taken_back.end() : new.start].strip(" 、,") == "":
            found.append((old.value, new.value, old.unit))
    if found:
        return found[0] if len(found) == 1 else None
    return _number_corrected(doc, counts) or _total_corrected(doc, counts)


# The old count of `_number_corrected`: whatever count the unit price was said with.
ANY_COUNT: Final = 0


def _number_corrected(doc: Doc, counts: Sequence[Count]) -> tuple[int, int, str] | None:
    """「すみません、台数訂正で2台です」: the number of things named and said corrected, with
    one count of them: (`ANY_COUNT`, new, counter), for the one price per unit of that
    counter said before."""
    if len(counts) != 1:
        return None
    file = _file()
    text = doc.text
    if not any(w in text for w in file.number_of) or not any(w in text for w in file.corrected):
        return None
    return ANY_COUNT, counts[0].value, counts[0].unit


def _total_corrected(doc: Doc, counts: Sequence[Count]) -> tuple[int, int, str] | None:
    """「すみません訂正、PCは2台でした。計4台です」: a correction that says the new total of
    the things counted (計, 合計), the last count of the message: (`ANY_COUNT`, total,
    counter), for the one price per unit of that counter said before."""
    file = _file()
    text = doc.text
    if not counts or not any(w in text for w in file.corrected):
        return None
    last = counts[-1]
    if not text[max(0, last.start - 3) : last.start].strip().endswith(tuple(file.totals)):
        return None
    return ANY_COUNT, last.value, last.unit
