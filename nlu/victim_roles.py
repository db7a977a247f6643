"""Counts of people in another role than the victims': those who claim or told us, those
who did it, our own staff, one member of a group."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match

OWNERS: Final = "nlu_victim_owners.toml"


def claimants(doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon) -> bool:
    """「会員3名から損害賠償請求」「3名のお客様から請求」「顧問先様1名からご連絡」: the people who
    claim or told us, not the number of victims."""
    return _from_them(doc, count, counts, lex, lex.claim_lemmas | lex.reporter_lemmas)


def informants(doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon) -> bool:
    """「取引先2社から「口座変更は本物か」との問い合わせ」: the companies who told or asked us
    (labelling rule 7: no count for inquiries), not the victims; a company claiming from us
    (「取引先3社から賠償請求」) is itself the victim, and stays."""
    return _from_them(doc, count, counts, lex, lex.reporter_lemmas)


def _from_them(
    doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon, said: frozenset[str]
) -> bool:
    """The count, then から and, later in its sentence, one of the lemmas `said`."""
    end = _past_persons_named(doc, doc.token_at(count.end - 1) + 1)
    if end >= len(doc.tokens) or doc.tokens[end].surface != "から":
        return False
    stop = doc.sentence_span(end)[1]
    if not any(t.lemma in said for t in doc.tokens[end + 1 : stop]):
        return False
    # 「読み上げられた住民1名の方ご本人から苦情」「そのお客さん1名から慰謝料」: the one person
    # said exposed, or named back, is the victim, who also complains; several claimants,
    # or one beside a larger count, are only some of the victims.
    return (
        count.value != 1
        or not _said_exposed(doc, count, lex)
        or any(other.value > 1 and other.kind != "devices" for other in counts)
    )


def _said_exposed(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """The clause before the count says what befell the persons (a leak, or a passive:
    「読み上げられた」「見られた」) or names them back (「そのお客さん」「ご本人」)."""
    token = doc.token_at(count.start)
    before = doc.tokens[doc.clause_start(token) : token]
    return any(
        t.lemma in lex.leak_lemmas
        or (t.lemma in _PASSIVE and i > 0 and before[i - 1].pos1 == "動詞")
        or (
            t.surface in _NAMED_BACK
            and not (i + 1 < len(before) and before[i + 1].surface in _SUBSET)
        )
        for i, t in enumerate(before)
    )


# 「そのお客さん」「当該患者」「ご本人」: the person the text spoke of; not 「そのうち」.
_NAMED_BACK = frozenset({"その", "当該", "本人", "ご本人"})
_SUBSET = frozenset({"うち", "中"})


# How many tokens may name the persons after a count and 「の」 (「3名のお客様」「4名の利用者の
# 方」).
_PERSONS_NAMED_MAX = 5
_NOUN_RUN = frozenset({"名詞", "接頭辞", "接尾辞"})


def _past_persons_named(doc: Doc, end: int) -> int:
    """Past 「の」 and the nouns that name whom a count counts (「3名のお客様から」「4名の
    利用者の方から」), when they follow it; else `end` itself."""
    tokens = doc.tokens
    if end >= len(tokens) or tokens[end].surface != "の":
        return end
    i = end + 1
    stop = min(len(tokens), i + _PERSONS_NAMED_MAX)
    while i < stop and (
        tokens[i].pos1 in _NOUN_RUN
        or (tokens[i].surface == "の" and i + 1 < stop and tokens[i + 1].pos1 in _NOUN_RUN)
    ):
        i += 1
    return i if i > end + 1 else end


def reporters(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「取引先からの指摘は計4社」: those who told us something, not victims."""
    token = doc.token_at(count.start)
    if token > 0 and doc.tokens[token - 1].pos1 == "助動詞":
        # 「…業者さんからご報告がありました千二百名分です」: typed on without a stop, the
        # count after a finished verb starts a statement of its own.
        return False
    tokens = doc.tokens[doc.clause_start(token) : token]
    for i, t in enumerate(tokens):
        if t.surface == "から" and any(u.lemma in lex.reporter_lemmas for u in tokens[i + 1 :]):
            return True
    return False


def acting(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「犯人3人が顧客情報を盗みました」: the count is the subject of what was done, not its
    target (a passive, 「社員150名が情報を盗まれ」, is what befell them)."""
    end = doc.token_at(count.end - 1) + 1
    if end >= len(doc.tokens) or doc.tokens[end].surface not in lex.subject_particles:
        return False
    stop = doc.sentence_span(end)[1]
    for i in range(end + 1, stop):
        if doc.tokens[i].lemma in lex.acting_lemmas:
            following = doc.tokens[i + 1 : i + 3]
            if not any(t.lemma in _PASSIVE for t in following):
                return True
    return False


_PASSIVE = frozenset({"れる", "られる"})


def ours_before(doc: Doc, token: int, clause_start: int, lex: Lexicon) -> bool:
    """「社員3名」「元従業員1名」: a word for our people ending right before the count, or
    one token before it; a word of three tokens (元+従業+員) counts too. Not another
    company's (「先方の社員３名」): those are whom the data was about."""
    return any(
        m.end >= token - 1 and not _of_other_party(doc, m.start) and not _honoured(doc, m)
        for m in lex.not_victims.find(doc, clause_start, token)
    )


# 「取引先のご担当者様62名」: the honorifics a writer gives another party's people, never its own.
_HONORIFIC_BEFORE = frozenset({"ご", "御"})
_HONORIFIC_AFTER = frozenset({"様", "さま", "殿"})


def _honoured(doc: Doc, match: Match) -> bool:
    """The staff word said with ご before it or 様 after it: someone else's people."""
    before = doc.tokens[match.start - 1].surface if match.start > 0 else ""
    after = doc.tokens[match.end].surface if match.end < len(doc.tokens) else ""
    return before in _HONORIFIC_BEFORE or after in _HONORIFIC_AFTER


class OwnersFile(config.Schema):
    """`config/nlu_victim_owners.toml`."""

    other_parties: NonEmptyWords


@cache
def _other_parties() -> tuple[str, ...]:
    return tuple(config.load(OWNERS, OwnersFile).other_parties)


def _of_other_party(doc: Doc, start: int) -> bool:
    """The word at token `start` follows 「先方の」「取引先の」: another party's people."""
    if start < 2 or doc.tokens[start - 1].surface != "の":
        return False
    return doc.text.endswith(_other_parties(), 0, doc.ends[start - 2])


def staff_after(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「1名の職員が誤って送信」: a count of our own people, named after it. Not companies
    whose staff a mail went to (「取引先50社の担当者宛の案内メール」): their people, not ours."""
    end = doc.token_at(count.end - 1) + 1
    hi = doc.sentence_span(end - 1)[1]
    if end >= hi or doc.tokens[end].surface != "の":
        return False
    staff = [m for m in lex.not_victims.find(doc, end + 1, hi) if m.start == end + 1]
    if not staff:
        return False
    addressed = any(
        m.end < hi and doc.tokens[m.end].surface in lex.recipient_particles for m in staff
    )
    return not (count.kind == "corporations" and addressed)


def one_of_them(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「取引先の1社は振り込んでしまい」「受信者の1人から」: one member of a group named before
    it, not the number of victims («対象の1名» names the victims themselves)."""
    if count.value != 1 or count.text.endswith("分"):
        return False
    token = doc.token_at(count.start)
    if token >= 2 and doc.tokens[token - 1].surface == "うち":
        token -= 1  # 「法人のうち1社から請求」: one of the group, as 「法人の1社」
    if token < 2 or doc.tokens[token - 1].surface != "の":
        return False
    group = doc.tokens[token - 2]
    return group.pos1 == "名詞" and group.lemma not in lex.target_lemmas


def is_target(doc: Doc, lo: int, hi: int, lex: Lexicon) -> bool:
    """「対象は社員150名」: a word for the affected in tokens lo..hi; staff whose data leaked
    are victims too."""
    return any(t.lemma in lex.target_lemmas for t in doc.tokens[lo:hi])
