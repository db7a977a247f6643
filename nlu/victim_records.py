"""Counts of records read as counts of persons: 「顧客情報2,000件」「253件分のお客様情報」,
and of companies after a corporate word (「法人会員660件」)."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.data_kinds import data_word_in
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.loose_counts import context_start, sentence_tail
from nlu.phrases import PhraseSet
from nlu.victim_clefts import exposed_records
from nlu.victim_parts import items_of_others

FILE: Final = "nlu_record_persons.toml"

# How many tokens before a record count may hold the word for its data (顧客情報2,000件),
# and how many after 「の」 (「1,426件の個人情報」).
_RECORD_BEFORE = 8
_RECORD_AFTER = 4
# Brackets right after a count that say what each record holds, and how many tokens they
# may span (「(氏名、住所、電話番号、メールアドレス)」).
_OPENING = frozenset({"(", "【", "["})
_CLOSING = frozenset({")", "】", "]"})
_BRACKET_MAX = 16
# How many tokens before a record count a corporate word may end (法人会員660件).
_CORPORATE_BEFORE = 2
# What may stand between a document word and the count of its sheets (「名刺は約200枚」).
_SHEETS_BETWEEN = frozenset({"が", "は", "も", "を", "約", "およそ", "計", "合計"})


def about_records(doc: Doc, count: Count, after_previous: int, lex: Lexicon) -> bool:
    """「顧客情報2,000件」「253件分のお客様情報」 count persons; 「購入関連情報59,021件」 does not.

    The data word is looked for in the count's own item: after the count before it.
    """
    token = doc.token_at(count.start)
    lo, hi = doc.sentence_span(token)
    start = context_start(doc, count)
    # A sentence that is only the count has its item in the sentence before, whole.
    window = max(start if start < lo else max(lo, token - _RECORD_BEFORE), after_previous)
    if _events_counted(doc, window, token):
        return False  # 「システムで障害が2件」: failures, not records
    if any(m.end == token for m in lex.containers.find(doc, window, token)):
        return False  # 「顧客情報を含むファイル25件」: files, each holding many persons
    if _tally_of_data(doc, window, token, lex):
        return True  # 「カード情報が盗まれていた。被害件数は1,200件です」
    if lex.record_context.contains(doc, window, token):
        return not _not_persons(doc, _after_subset_mark(doc, window, token, lex), token, lex)
    end = doc.token_at(count.end - 1) + 1
    if end < hi and doc.tokens[end].surface == "の":
        after = end + 1, min(hi, end + 1 + _RECORD_AFTER)
        return lex.record_context.contains(doc, *after) or lex.records_after.contains(doc, *after)
    if _data_in_brackets(doc, end, hi, lex):
        return True  # 「お客様 12,400件（氏名、住所、電話番号）」
    if leaked_after(doc, end, hi, lex) or _persons_before(doc, window, token):
        return True
    if exposed_records(doc, count):
        return True  # 「写ってたのは14件分です」
    return items_of_others(doc, count, lex) or items_said_before(doc, count, lex)


class RecordPersonsFile(config.Schema):
    """`config/nlu_record_persons.toml`."""

    persons: NonEmptyWords
    between: NonEmptyWords
    person_data: NonEmptyWords
    events: NonEmptyWords
    tallies: NonEmptyWords
    nearly: NonEmptyWords
    stuffing_attacks: NonEmptyWords
    account_logins: NonEmptyWords
    accounts: NonEmptyWords
    login_attempts: NonEmptyWords


@cache
def _record_persons() -> RecordPersonsFile:
    return config.load(FILE, RecordPersonsFile)


@cache
def _person_data() -> PhraseSet:
    return PhraseSet({"person_data": _record_persons().person_data})


def stuffed_accounts(doc: Doc, count: Count) -> bool:
    """「リスト型攻撃…不正ログインが確認されたアカウントは1,032件」「1,432アカウントで不正ログイン」:
    in a text naming a credential-stuffing attack (a service's users' accounts, tried with
    passwords leaked elsewhere), the accounts logged into are one user each."""
    words = _record_persons()
    if not any(attack in doc.text for attack in words.stuffing_attacks):
        return False
    token = doc.token_at(count.start)
    lo, hi = doc.sentence_span(token)
    sentence = doc.text[doc.starts[lo] : doc.ends[hi - 1]]
    if not any(w in sentence for w in words.account_logins):
        return False
    if any(w in sentence for w in words.login_attempts):
        return False  # 「不正ログインを試みられたアカウントは約2,300件」: tried, not entered
    if count.unit in words.accounts:
        return True
    lead = doc.text[doc.starts[doc.clause_start(token)] : count.start].rstrip(" :は")
    return any(lead.endswith(account) for account in words.accounts)


def _not_persons(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「問い合わせ50件」「購入履歴3万件」 in tokens lo..hi count no persons; 「配信先メールアドレス
    18,600件」 does: a word for one person's data after the last such word names what is counted."""
    found = lex.not_persons.find(doc, lo, hi)
    if not found:
        return False
    return not _person_data().contains(doc, max(m.end for m in found), hi)


def _tally_of_data(doc: Doc, lo: int, token: int, lex: Lexicon) -> bool:
    """Whether the word right before the count, past the particles of a noun phrase, is a
    tally of harm (被害件数) and persons' data was named, and said leaked, before it in the
    message (not 「ネットバンキングで不正送金があり」: money taken, no data)."""
    i = _word_before(doc, lo, token, marks=False)
    return (
        i >= lo
        and any(
            doc.text.endswith(tally, 0, doc.ends[i]) and doc.ends[i] - len(tally) >= doc.starts[lo]
            for tally in _record_persons().tallies
        )
        and data_word_in(doc, 0, i)
        and lex.leaked_records.contains(doc, 0, i)
    )


def _events_counted(doc: Doc, lo: int, token: int) -> bool:
    """Whether the word right before the count, past the particles of a noun phrase, is a
    failure or an error (「障害が2件」): the count is of those events."""
    i = _word_before(doc, lo, token, marks=False)
    # 「不具合」 is two tokens (不+具合): the word is matched on the text ending there.
    return i >= lo and any(
        doc.text.endswith(event, 0, doc.ends[i]) and doc.ends[i] - len(event) >= doc.starts[lo]
        for event in _record_persons().events
    )


def _persons_before(doc: Doc, lo: int, token: int) -> bool:
    """「お客様 12,400件」「お客さんの分が1.5万件」: the persons named right before the count,
    with only particles of a noun phrase between, are whom the records are about."""
    i = _word_before(doc, lo, token, marks=True)
    if i < lo:
        return False
    return any(
        doc.text.endswith(person, 0, doc.ends[i]) and doc.ends[i] - len(person) >= doc.starts[lo]
        for person in _record_persons().persons
    )


def _word_before(doc: Doc, lo: int, token: int, *, marks: bool) -> int:
    """The index of the word before token `token`, past the particles of a noun phrase (and
    punctuation, with `marks`); below `lo` when there is none."""
    between = _record_persons().between
    i = token - 1
    while i >= lo and (
        doc.tokens[i].surface in between or (marks and doc.tokens[i].pos1 in ("補助記号", "空白"))
    ):
        i -= 1
    return i


# 「1,200件が漏れました」「3,000件ほど流出」: what may stand between a count and its verb.
_BETWEEN = frozenset({"が", "は", "も", "ほど", "程", "程度", "くらい", "ぐらい"})
# How many tokens the verb of leaking may span: 「ログインされ」 after a count is four
# (ログ+イン+さ+れ: MeCab splits the word after 件).
_LEAKED_SPAN = 4


def leaked_after(doc: Doc, end: int, hi: int, lex: Lexicon) -> bool:
    """「決済画面が改ざんされてた。1,200件漏れてました」: records said to have leaked, with
    no word for their data, are records of persons (labelling rule 7), as 「顧客情報1,200件」."""
    i = end
    while i < hi and doc.tokens[i].surface in _BETWEEN:
        i += 1
    return any(
        m.start == i and not _nearly(doc, m.end, hi)
        for m in lex.leaked_records.find(doc, i, min(hi, i + _LEAKED_SPAN))
    )


# The light verb and passive a verb of leaking may take before 「かける」 (流出し|かけ).
_VERB_ENDINGS = frozenset({"為る", "れる", "られる"})


def _nearly(doc: Doc, end: int, hi: int) -> bool:
    """Whether the verb ending at token `end` is said almost to have happened (「かけた」)."""
    while end < hi and doc.tokens[end].lemma in _VERB_ENDINGS:
        end += 1
    return end < hi and doc.tokens[end].lemma in _record_persons().nearly


def _data_in_brackets(doc: Doc, end: int, hi: int, lex: Lexicon) -> bool:
    """「約8万3千件（氏名、住所、生年月日）」: what each record holds, said in brackets right
    after the count: records of persons when that is data about them."""
    if end >= hi or doc.tokens[end].surface not in _OPENING:
        return False
    close = next(
        (
            i
            for i in range(end + 1, min(hi, end + 1 + _BRACKET_MAX))
            if doc.tokens[i].surface in _CLOSING
        ),
        None,
    )
    if close is None:
        return False
    return lex.record_context.contains(doc, end + 1, close) and not lex.not_persons.contains(
        doc, end + 1, close
    )


def _after_subset_mark(doc: Doc, lo: int, hi: int, lex: Lexicon) -> int:
    """「約12万回のログイン試行のうち、会員1,284アカウントへの不正ログイン」: a part said of a
    whole names its own item; what the whole counts (試行) is not what the part counts."""
    if lex.subset_mark is None or lo >= hi:
        return lo
    marks = list(lex.subset_mark.finditer(doc.text, doc.starts[lo], doc.starts[hi]))
    return max(lo, doc.token_at(marks[-1].end() - 1) + 1) if marks else lo


def items_said_before(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「別の方の名前入りのお礼状を送ってしまいました。27通。」: a sentence that is only a count of
    items, after one that says each held someone else's data, or the count in brackets closing
    that sentence (「…別の方の写しを同封して送ってしまいました（1件）」): as many persons as
    items."""
    if count.unit not in lex.item_units:
        return False
    lo = doc.sentence_span(doc.token_at(count.start))[0]
    start = context_start(doc, count)
    if start < lo and lex.other_persons.contains(doc, start, lo):
        return True
    # 「別の方の写しを同封して送ってしまいました（1件）。」: the count in brackets closing the
    # sentence that says so.
    token = doc.token_at(count.start)
    return _closing_aside(doc, count, token) and lex.other_persons.contains(doc, lo, token)


def _closing_aside(doc: Doc, count: Count, token: int) -> bool:
    """The count alone in brackets at the end of its sentence (「…送ってしまいました（1件）。」)."""
    _, hi = doc.sentence_span(token)
    end = doc.token_at(count.end - 1) + 1
    if token == 0 or doc.tokens[token - 1].surface not in _ASIDE_OPENING:
        return False
    if end >= len(doc.tokens) or doc.tokens[end].surface not in _ASIDE_CLOSING:
        return False
    return all(t.pos1 == "補助記号" for t in doc.tokens[end + 1 : hi])


_ASIDE_OPENING = frozenset({"(", "（"})
_ASIDE_CLOSING = frozenset({")", "）"})


def sheets_of_persons(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「取引先の名刺約1,200枚分」「履歴書3通」「3通の履歴書」: sheets of a document each about one
    person count persons; 「書類30枚」 does not (a sheet of those may list many or none)."""
    if count.unit not in lex.item_units:
        return False
    token = doc.token_at(count.start)
    hi = doc.sentence_span(token)[1]
    end = doc.token_at(count.end - 1) + 1
    named = [
        m
        for m in lex.personal_documents.find(doc, max(0, token - 4), token)
        if all(t.surface in _SHEETS_BETWEEN for t in doc.tokens[m.end : token])
    ]
    if not named and end < hi and doc.tokens[end].surface == "の":
        named = [m for m in lex.personal_documents.find(doc, end + 1, hi) if m.start == end + 1]
    if not named and _afterthought(doc, count, token, hi):
        # 「会員申込書の束がなくなってます…50枚くらい」: the sheets of the documents just named.
        named = lex.personal_documents.find(doc, doc.sentence_span(token)[0], token)
    lo, first = context_start(doc, count), doc.sentence_span(token)[0]
    if not named and lo < first and all(t.pos1 == "補助記号" for t in doc.tokens[first:token]):
        # 「会員申込書の束がなくなってます。30枚ほど。」: a sentence that opens with the count, of
        # the documents the sentence before names.
        named = lex.personal_documents.find(doc, lo, first)
    if not named:
        return False
    # 「名刺を30枚作りました」: our own cards; only sheets lost, leaked or said to be others'
    # data (「取引先の名刺」「名刺のデータ」) are persons'.
    words = {(m.start, m.end) for m in named}
    context = lex.victim_context.find(doc, lo, hi)
    if any((m.start, m.end) not in words for m in context):
        return True
    return any(t.lemma in lex.leak_lemmas for t in doc.tokens[lo:hi])


def _afterthought(doc: Doc, count: Count, token: int, hi: int) -> bool:
    """「…がなくなってます…50枚くらい」: a count added after a trailing-off mark, with next to
    nothing after it, says how many of what was just named."""
    i = token - 1
    while i >= 0 and doc.tokens[i].surface in _SHEETS_BETWEEN:
        i -= 1
    if i < 0 or doc.tokens[i].surface not in _TRAILING:
        return False
    return len(sentence_tail(doc, count, hi)) <= _AFTERTHOUGHT_TAIL


_TRAILING = frozenset({"…", "‥", "...", "・・・"})
# How many words may follow an afterthought count (「50枚くらいです」).
_AFTERTHOUGHT_TAIL = 2


def about_companies(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「法人会員660件」: records said right after a word for companies count corporations."""
    token = doc.token_at(count.start)
    return any(
        token - _CORPORATE_BEFORE <= match.end <= token
        for match in lex.corporate_records.find(doc, doc.sentence_span(token)[0], token)
    )


def data_after(doc: Doc, count: Count, hi: int, lex: Lexicon) -> bool:
    """「従業員1,045名の個人情報」「ご担当者様約340件の氏名」: the count is of the persons the
    data is about, even when they are our own people."""
    end = doc.token_at(count.end - 1) + 1
    if end >= hi or doc.tokens[end].surface != "の":
        return False
    after = end + 1, min(hi, end + 1 + _RECORD_AFTER)
    # 「休職中の社員2名の病状を」: a kind of persons' data (nlu.data_kinds) names it too.
    return lex.record_context.contains(doc, *after) or data_word_in(doc, *after)
