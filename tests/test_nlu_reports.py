"""Reports the company says it made are read with their receipt numbers; plans,
questions and denials are not reports."""

from __future__ import annotations

import pytest

from nlu.reports import Authority, ReportKind, ReportMention, read_reports

P, K = Authority, ReportKind
CASES = [
    (
        "警察に被害届を出しました（受理番号 第123号）",
        [ReportMention(P.POLICE, K.DAMAGE_REPORT, "第123号")],
    ),
    ("個情委に速報済み 受付番号A-1234", [ReportMention(P.PPC, K.PRELIMINARY, "A-1234")]),
    (
        "個人情報保護委員会へ確報を提出しました。受付番号：ＢＸ－９９",
        [ReportMention(P.PPC, K.FINAL, "BX-99")],
    ),
    ("JPCERT/CCに連絡しました", [ReportMention(P.JPCERT, K.REPORT, None)]),
    ("ＪＰＣＥＲＴに報告済み", [ReportMention(P.JPCERT, K.REPORT, None)]),
    ("警察署に相談しました", [ReportMention(P.POLICE, K.CONSULTATION, None)]),
    (
        "警察に被害届を出し、個情委にも速報済みです",
        [ReportMention(P.POLICE, K.DAMAGE_REPORT, None), ReportMention(P.PPC, K.PRELIMINARY, None)],
    ),
    ("警察に相談しようと思う", []),
    ("個情委への報告は必要？", []),
    ("まだ警察には届けていません", []),
    ("明日、個人情報保護委員会に速報する予定です", []),
    ("警察に届けたほうがいいですか", []),
    ("調査費300万円", []),
    ("被害届を警察に出しました", [ReportMention(P.POLICE, K.DAMAGE_REPORT, None)]),
    ("受付番号は123です", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_report_made_is_read_with_its_receipt_number(
    text: str, expected: list[ReportMention]
) -> None:
    assert list(read_reports(text)) == expected
