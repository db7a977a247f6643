"""The outcome clause of our own check (`detection`): 「当社の定期監査では、異常はありません
でした」 — the check's words end their clause with no predicate, and the next clause says
what it found. Words in `config/nlu_reporter_outcomes.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.lexicon import Lexicon

FILE: Final = "nlu_reporter_outcomes.toml"

# Parts of speech that carry a clause's predicate.
_PREDICATES: Final = frozenset({"動詞", "形容詞", "助動詞"})
# ... and that may head the outcome's, besides the nouns of `existence` (「異常なし」).
_HEADS: Final = frozenset({"動詞", "形容詞"})
_LIGHT_VERBS: Final = frozenset({"為る", "出来る"})


class OutcomesFile(config.Schema):
    """`config/nlu_reporter_outcomes.toml`."""

    existence: NonEmptyWords


@cache
def _existence() -> frozenset[str]:
    return frozenset(config.load(FILE, OutcomesFile).existence)


def outcome_scope(doc: Doc, lo: int, hi: int, lex: Lexicon) -> tuple[int, int]:
    """Where to look for a denial of our own finding whose scope is tokens[lo:hi].

    When that scope holds words but no predicate (「定期監査の結果、」), it is the main
    predicate of the next clause in the sentence, with its endings, if that predicate says
    whether something was there or found (「異常はありませんでした」「確認されません
    でした」). Otherwise the scope stays as it was: 「…を見つけたが」 found, 「…なかった
    ことを確認」 a finding.
    """
    tokens = doc.tokens
    if hi >= len(tokens) or any(t.pos1 in _PREDICATES for t in tokens[lo:hi]):
        return lo, hi
    if all(t.pos1 == "補助記号" for t in tokens[lo:hi]):
        return lo, hi  # 「自社検知、アクセス無し」: an item of a list, a statement of its own
    _, last = doc.sentence_span(lo)
    if hi >= last:
        return lo, hi
    end = doc.clause_end(hi)
    head = next(
        (
            k
            for k in range(end - 1, hi - 1, -1)
            if tokens[k].pos1 in _HEADS or tokens[k].lemma in _existence()
        ),
        None,
    )
    if head is None:
        return lo, hi
    # 「確認さ(れ)」「確認でき」: the noun before する or できる is the predicate's own.
    light = tokens[head].lemma in _LIGHT_VERBS and tokens[head - 1].pos1 == "名詞"
    start = head - 1 if head > hi and light else head
    found = any(
        m.label == "finding" and m.start <= start < m.end for m in lex.agent_predicates.find(doc)
    )
    if found or tokens[head].lemma in _existence():
        return start, end
    return lo, hi
