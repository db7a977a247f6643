"""A system's notice reaching one of our own heads (「所長本人のスマートフォンに…通知メールが
届いた」「社長のPCにアラートが来た」): he noticed it himself, self. Roles and notice words in
`config/nlu_reporter_roles.toml`."""

from __future__ import annotations

from coverage import Detection
from nlu.doc import Doc
from nlu.lexicon import Lexicon
from nlu.phrases import Match
from nlu.polarity import negations, scope_after
from nlu.reporter_roles import notices, own_role_before, role_person
from nlu.reporter_sources import NOUNS

# A device named between the role's の and に (「スマート|フォン」「PC」), in tokens.
_DEVICE = 4


def notified_heads(doc: Doc, lex: Lexicon, every: list[Match]) -> list[tuple[int, Detection]]:
    """Where a notice arrived (「…通知メールが届いた」) addressed to one of our own roles, with
    no outsider named as its sender in between."""
    found: list[tuple[int, Detection]] = []
    if notices().isdisjoint(doc.lemma_set()):
        return found
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.lemma not in notices() or not _arrived(doc, i + 1, lex):
            continue
        first, _ = doc.sentence_span(i)
        to = next((p for p in range(i - 1, first - 1, -1) if _addressed(doc, p)), None)
        if to is None or any(to < r.start < i for r in every):
            continue
        lo, hi = scope_after(doc, i + 1, extend=False)
        if negations(doc, lo, hi, lex) % 2:
            continue  # 「社長のスマホに通知が届かなかった」
        found.append((to, Detection.SELF))
    return found


def _arrived(doc: Doc, at: int, lex: Lexicon) -> bool:
    """「（メール）が届いた」「も来ていた」 right after the notice word."""
    tokens = doc.tokens
    while at < len(tokens) and tokens[at].pos1 in NOUNS:
        at += 1
    return (
        at + 1 < len(tokens)
        and tokens[at].surface in ("が", "も")
        and tokens[at + 1].lemma in lex.arrival_verbs
    )


def _addressed(doc: Doc, at: int) -> bool:
    """The に at `at` follows one of our roles (「所長本人に」「社長のスマホに」)."""
    tokens = doc.tokens
    if tokens[at].surface != "に" or tokens[at].pos1 != "助詞":
        return False
    end = at
    k = at
    while k > 0 and at - k < _DEVICE and tokens[k - 1].pos1 in NOUNS | {"形状詞", "接頭辞"}:
        k -= 1
        if k > 0 and tokens[k - 1].surface == "の":
            end = k - 1
            break
    return any(role_person(doc, end - n, end) for n in (1, 2)) or own_role_before(doc, end)
