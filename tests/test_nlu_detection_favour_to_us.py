"""A report made as a favour done is one the writer received (`detection`).

「住民の方が拾い、役場に届けてくださいました」: the addressee is named (役場に, 工場に), which
would read as the company's own report to someone (「警察に届けた」); but a favour done in the
past (てくださった, てくれた) was done for the writer, who received it: the finder told.
A request (「届けてください」) or our own report stays none.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

FAVOURS: list[Case] = [
    ("住民の方が書類を拾い、役場に届けてくださいました。", THIRD),
    ("近所の方が拾って店に届けてくれた。", THIRD),
    ("お客様が当院にご連絡くださいました。", THIRD),
    # A request, or our own report to the police: nobody told us.
    ("拾った方は警察に届けてください。", None),
    ("当社から警察に届けました。", None),
    ("書類を警察に届けてくれと言われた", None),
]


@pytest.mark.parametrize(("text", "expected"), FAVOURS)
def test_a_report_done_as_a_favour_was_received(text: str, expected: Detection | None) -> None:
    """「…に届けてくださいました」 is a finder's report to us; 「届けてください」 is none."""
    assert read_message(text).detection is expected
