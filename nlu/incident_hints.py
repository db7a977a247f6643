"""Two hints at the incident type that no cue word carries: a leak word whose doubt is
about something else than an attack, and a thing sent to another party than meant."""

from __future__ import annotations

from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import Polarity, polarity, scope_after


def no_leak_doubt(doc: Doc, match: Match, lo: int, hi: int, lex: Lexicon) -> bool:
    """A leak word whose doubt is about something else: how it leaked (「流出経路は調査中」),
    or a leak looked for and not found (「漏えいも確認できませんでした」)."""
    after = match.end + (match.end < len(doc.tokens) and doc.tokens[match.end].surface == "の")
    if after < len(doc.tokens) and doc.tokens[after].lemma in lex.leak_aspects:
        return True
    quiet = {i for m in lex.unconfirmed.find(doc, lo, hi) for i in range(m.start, m.end)}
    doubts = lex.hedge.find(doc, lo, hi)
    return bool(quiet) and all(m.start in quiet for m in doubts)


def sent_elsewhere(doc: Doc, lex: Lexicon) -> bool:
    """「請求書を別のお客様に郵送しちゃいました」「リストが別の取引先に届いてしまい」: sent
    or delivered to another party than meant, said plainly, with no misdelivery word.

    Read only when no type is named by its own words: 「ウイルスメールが別の取引先に送られた」
    is the malware's doing.
    """
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.lemma not in lex.other_party:
            continue
        to = next(
            (j for j in range(i + 1, min(i + 7, len(tokens))) if tokens[j].surface in ("に", "へ")),
            None,
        )
        if to is None or (to + 1 < len(tokens) and tokens[to + 1].surface == "も"):
            continue  # 「別の取引先にも案内を送った」: sent to others as well, on purpose
        verb = next(
            (k for k in range(to + 1, min(to + 3, len(tokens))) if tokens[k].lemma in lex.sending),
            None,
        )
        if verb is not None:
            lo, hi = scope_after(doc, verb + 1)
            if polarity(doc, lo, hi, lex, affirm_if=True) is Polarity.AFFIRMED:
                return True
    return False
