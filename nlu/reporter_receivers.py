"""A report made to an outsider, not to us (`detection`): 「委託先は警察からの連絡で事案を把握
した」 tells how the contractor learnt of it. Words in `config/nlu_reporter_receivers.toml`."""

from __future__ import annotations

from functools import cache
from typing import Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc
from nlu.findings import outsider_subject
from nlu.phrases import Match

FILE: Final = "nlu_reporter_receivers.toml"


class ReceiversFile(config.Schema):
    """`config/nlu_reporter_receivers.toml`."""

    learning: NonEmptyWords


@cache
def _words() -> ReceiversFile:
    return config.load(FILE, ReceiversFile)


def received_by_outsider(doc: Doc, report: Match, outsiders: list[Match]) -> bool:
    """The first predicate after `report` is a learning whose subject is an outsider named
    before the report (「委託先は…からの連絡で把握」): that outsider was told, not we.

    「当社は警察からの連絡で把握した」 names ourselves, and 「委託先から連絡があり把握」 the
    outsider as the sender (から, not は): both stay reports to us.
    """
    tokens = doc.tokens
    _, last = doc.sentence_span(report.start)
    at = next(
        (
            k
            for k in range(report.end, last)
            if tokens[k].pos1 == "動詞"
            or (tokens[k].pos2 == "普通名詞" and k + 1 < last and tokens[k + 1].lemma == "為る")
        ),
        None,
    )
    if at is None or tokens[at].lemma not in _words().learning:
        return False
    teller = outsider_subject(doc, outsiders, at, frozenset())
    return teller is not None and teller.end <= report.start
