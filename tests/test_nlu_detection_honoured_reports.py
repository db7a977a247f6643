"""A report received with the honorific a writer gives another (「…とのご連絡を複数いただいて
おります」「…とのご連絡がありました」), nobody named, came from someone outside: a third party
(tests/data/README.md rule 3), as an inquiry received (「お問い合わせをいただき」) already is.

Our own sentences; the company's own 「ご連絡ください」「ご連絡いたします」, a supposition, or a
reporter named (警察から) say otherwise.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

HONOURED_REPORTS: list[Case] = [
    ("当社を名乗る不審なSMSが届いているとのご連絡を複数いただいております。", THIRD),
    ("会員様宛てのメールに別の方の氏名が記載されていたとのご連絡がありました。", THIRD),
    # A reporter named wins.
    ("警察からご連絡をいただき、当社サーバーが攻撃に使われていることが分かりました。", EXTERNAL),
    # Ours, asked for, or supposed.
    ("不審なメールを受け取った場合はご連絡ください。", None),
    ("対象のお客様には個別にご連絡いたします。", None),
    ("ご連絡をいただければ、すぐに対応いたします。", None),
]


@pytest.mark.parametrize(("text", "expected"), HONOURED_REPORTS)
def test_detection_honoured_reports(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
