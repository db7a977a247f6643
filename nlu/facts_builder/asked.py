"""A bare answer taken for the question the message before asked the other person
(「公表されました？」 then 「してないです」, `nlu.asked_across`)."""

from __future__ import annotations

from dataclasses import replace

from coverage import Fact
from nlu.asked_across import WITHHELD
from nlu.reading import Reading


def answered_across(asked: str | None, reading: Reading) -> Reading:
    """`reading` with the fact `asked` set from its opening words, when it says nothing
    else of that fact; a value the message states in words stands."""
    if asked is None or getattr(reading, asked, None) is not None:
        return reading
    if asked in reading.said_unknown:
        return reading
    for fact, value in reading.answers_if_asked:
        if fact != asked or value is None:
            continue  # 「わからないです」: unknown, which is what the fact already is
        if fact == Fact.ANNOUNCED and isinstance(value, bool):
            # A fact answerable across messages (`nlu.asked_across.ANSWERABLE`).
            return replace(reading, announced=value)
        if fact == Fact.CONSENT and value is True:
            return replace(reading, consent=True)  # 「同意って取れた？」「はい」
        if fact == Fact.CONSENT and value == WITHHELD:
            # 「まだです…ただ業者さんには入ってもらってて」: missing, a refusal once spent.
            return replace(reading, consent_withheld=True)
    return reading
