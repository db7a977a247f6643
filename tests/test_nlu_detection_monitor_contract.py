"""A firm named by the security monitoring it does for us under contract, asked politely or
by contract (「セキュリティ監視をお願いしている会社から」「監視を依頼している業者」), is a
security operator: an external report (spec "External report": 監視会社, SOC/MSSP under
contract), not a firm like any other.

Our own sentences: a maintenance firm stays a third party, and our call to the monitor is
no report.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

MONITOR_CONTRACT: list[Case] = [
    ("監視をお願いしている会社から「不審な通信を検知した」と連絡がありました。", EXTERNAL),
    ("セキュリティの監視をお願いしてる会社から、変な通信があるって電話がきました", EXTERNAL),
    ("ネットワークの監視を依頼している業者から、不審な通信を検知したと連絡がありました", EXTERNAL),
    ("監視をしてもらってる会社から電話があって、サーバーがおかしいって", EXTERNAL),
    # A maintenance firm, or the company calling its monitor.
    ("保守をお願いしている会社から、サーバーの様子がおかしいと連絡がありました", THIRD),
    ("監視をお願いしている会社に連絡して、調べてもらっています", None),
]


@pytest.mark.parametrize(("text", "expected"), MONITOR_CONTRACT)
def test_detection_monitor_contract(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
