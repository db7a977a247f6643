"""Hints at the incident type that no cue word carries alone: a leak word whose doubt is
about something else than an attack, a thing sent to another party than meant, a relay
whose kind its sentence names, and a 「見当たらない」 that denies a trace, not a loss."""

from __future__ import annotations

from coverage import IncidentType
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


# Where the words a 「見当たらない」 denies begin, at the latest.
_COMMAS = frozenset({"、", ",", "，"})


def relay_kind(doc: Doc, match: Match, kind: IncidentType, cues: list[Match], lex: Lexicon) -> IncidentType:
    """「乗っ取られて踏み台にされ、DDoS攻撃に加担してたみたい」: a machine used against
    others is a DDoS when its sentence names one, else a machine got into."""
    if not lex.relays.contains(doc, match.start, match.end):
        return kind
    first, last = doc.sentence_span(match.start)
    ddos = IncidentType.DDOS.value
    if any(m.label == ddos and first <= m.start < last for m in cues):
        return IncidentType.DDOS
    return kind


def unfound_no_loss(doc: Doc, match: Match, lex: Lexicon) -> bool:
    """「侵入の痕跡は見当たらない」: a loss word that says something is not found is a
    denial of what its clause names, when that is no thing one loses (a trace, a cause)."""
    words = doc.tokens[match.start : match.end]
    if not any(lex.negating.get(t.lemma) == t.pos1 for t in words):
        return False
    first, _ = doc.sentence_span(match.start)
    lo = next(
        (i + 1 for i in range(match.start - 1, first - 1, -1) if doc.tokens[i].surface in _COMMAS),
        first,
    )
    return lex.not_lost.contains(doc, lo, match.start) or lex.access_cues.contains(
        doc, lo, match.start
    )
