"""A loss of another party the company is asked to pay is damages, not its own loss.

「取引先からの請求、売上が落ちた分として300万」: the partner claims its lost sales. The
amount took the nearest cost word, 売上, which names no coverage (the company's own lost
revenue, labelling rule 11), and stayed unassigned. Words in `config/nlu_claimed_losses.toml`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.phrases import Match

FILE: Final = "nlu_claimed_losses.toml"
_DIGIT: Final = re.compile(r"[0-9０-９]")
# At most this many characters from the loss word to its amount.
_MAX_GAP: Final = 30
# What may stand between a loss word and its amount said as one phrase (「損失は300万円」).
_BARE: Final = " 　:：はがも"


class ClaimedLossesFile(config.Schema):
    """`config/nlu_claimed_losses.toml`."""

    losses: NonEmptyWords
    as_compensation: NonEmptyWords
    claims: NonEmptyWords
    denials: NonEmptyWords
    sued: NonEmptyWords
    suit_claims: NonEmptyWords


@cache
def _file() -> tuple[frozenset[str], re.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    file = config.load(FILE, ClaimedLossesFile)
    words = sorted(file.as_compensation, key=len, reverse=True)
    compensation = re.compile("|".join(re.escape(w) for w in words))
    denial = re.compile("|".join(re.escape(w) for w in file.denials))
    return frozenset(file.losses), compensation, tuple(file.claims), denial


@cache
def _suit_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    file = config.load(FILE, ClaimedLossesFile)
    return tuple(file.sued), tuple(file.suit_claims)


def suit_claim(doc: Doc, cue: Match | None, amount_start: int) -> bool:
    """Whether an amount with no cost word, or whose cost word is a suit said in an earlier
    sentence (「お客様14名から訴訟を起こされました。請求は1人30万円です」), is what the
    plaintiffs claim: the company is sued before it, and its own sentence names the claim
    before it. Damages (rule 10), not the cost of defending the suit."""
    at = doc.token_at(amount_start)
    lo, _ = doc.sentence_span(at)
    if cue is not None and (cue.label != "litigation" or cue.start >= lo):
        return False
    sued, claims = _suit_words()
    said = doc.text[doc.starts[lo] : amount_start]
    return any(w in doc.text[: doc.starts[lo]] for w in sued) and any(c in said for c in claims)


def claimed_loss(doc: Doc, cue: Match, amount_start: int) -> bool:
    """Whether the loss word `cue` names what another party claims the amount for: said
    as its compensation (「…分として300万」「…分を払っていただきたいと、300万」) with a claim
    not denied, before it in its message, between the two, or after it in its sentence."""
    losses, compensation, claims, denial = _file()
    begin, finish = doc.starts[cue.start], doc.ends[cue.end - 1]
    if doc.text[begin:finish] not in losses:
        return False
    # 「…分として300万。あ、訂正、350万」: the corrected amount is the first one's.
    between = doc.text[finish:amount_start]
    head = _DIGIT.split(between, maxsplit=1)[0]
    if len(between) > _MAX_GAP:
        return False
    if not compensation.search(head):
        # 「取引先の損失300万円を請求されました」: the loss and its amount as one noun phrase,
        # claimed right after in its sentence.
        return not between.strip(_BARE) and _claimed_after(doc, cue, amount_start, claims, denial)
    before = doc.text[:begin]
    at = max((before.rfind(claim) for claim in claims), default=-1)
    if at >= 0 and not denial.search(before[at:]):
        return True
    # 「売上が減った分を払っていただきたいと、三百万円」: the request between them.
    at = min((i for claim in claims if (i := between.find(claim)) >= 0), default=-1)
    if at >= 0 and not denial.search(between[at:]):
        return True
    # 「逸失利益として500万を請求されました」: the claim said after its amount.
    return _claimed_after(doc, cue, amount_start, claims, denial)


def _claimed_after(
    doc: Doc, cue: Match, amount_start: int, claims: tuple[str, ...], denial: re.Pattern[str]
) -> bool:
    _, hi = doc.sentence_span(cue.start)
    after = doc.text[amount_start : doc.ends[hi - 1]]
    at = min((i for claim in claims if (i := after.find(claim)) >= 0), default=-1)
    return at >= 0 and not denial.search(after[at:])
