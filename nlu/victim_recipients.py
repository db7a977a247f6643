"""The persons a mail went to (「会員様217名へ配信」): victims only when nothing else is
counted, and never when it went to them instead of the one it was meant for."""

from __future__ import annotations

from collections.abc import Sequence

from nlu.counts import Count
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.victim_addresses import addresses_visible


def recipients(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「会員様217名へ、メールを配信」: the persons a mail went to."""
    return _sending_after(doc, count, lex) is not None and not _intended(doc, count, lex)


def _sending_after(doc: Doc, count: Count, lex: Lexicon) -> int | None:
    """Where the sending verb after 「217名へ」「全員(約900人)に」 is, if the count is
    followed by a recipient's particle and one is later in its sentence."""
    end = doc.token_at(count.end - 1) + 1
    while end < len(doc.tokens) and doc.tokens[end].surface in _CLOSING:
        end += 1
    if end >= len(doc.tokens) or doc.tokens[end].surface not in lex.recipient_particles:
        return None
    hi = doc.sentence_span(end)[1]
    return next((i for i in range(end + 1, hi) if doc.tokens[i].lemma in lex.sending_lemmas), None)


_CLOSING = frozenset({")", "）", "」", "』"})


def _intended(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「お一人に送るはずだった」: the one a mail was meant for, whom its data is about."""
    verb = _sending_after(doc, count, lex)
    after = doc.tokens[verb + 1 : verb + 3] if verb is not None else []
    return any(t.lemma in lex.intended_marks for t in after)


def sent_instead(doc: Doc, count: Count, counts: Sequence[Count], lex: Lexicon) -> bool:
    """「…に送るはずだった写真を、登録者全員(約900人)に送信」: those it went to instead of
    the one it was meant for received it; the data is not theirs."""
    lo, hi = doc.sentence_span(doc.token_at(count.start))
    return recipients(doc, count, lex) and (
        any(
            other is not count
            and lo <= doc.token_at(other.start) < hi
            and _intended(doc, other, lex)
            for other in counts
        )
        or _others_data_sent(doc, count, lex)
    )


def _others_data_sent(doc: Doc, count: Count, lex: Lexicon) -> bool:
    """「取引先2社に別のお客様の見積書を送ってしまいました」「取引先1社に、別の取引先の見積書
    を送っちゃいました」: what went to them is said to be
    another's (a word for another person, then 「の」, between the count and its sending
    verb); they received it, their own data did not leak. Not when the mail showed its
    recipients one another's addresses (「BCCにせず…他のお客様のアドレスが見える状態で」)."""
    verb = _sending_after(doc, count, lex)
    if verb is None or addresses_visible(doc):
        return False
    end = doc.token_at(count.end - 1) + 1
    return any(
        m.end < verb and doc.tokens[m.end].surface == "の"
        for others in (lex.other_persons, lex.other_companies)
        for m in others.find(doc, end, verb)
    )
