"""An infection said in a notice's humble form (「感染いたしました」) or as an analysis's verdict
(「マルウェア感染と判定」) happened, as 「感染しました」 does: the type is malware and access found
(tests/data/README.md rules 2 and 4), and a later denial of its spread to other machines takes
nothing back. A verdict still pending (「判定中」) or one asked for stays a doubt."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


VERDICTS: list[Row] = [
    ("営業部の端末1台がランサムウェアに感染いたしました。", "malware", "found"),
    (
        "弊社サーバーが外部から不正アクセスを受け、情報が閲覧された事実を確認致しました。",
        "unauthorized_access",
        "found",
    ),
    (
        "フォレンジック調査の結果、当該端末はマルウェア感染と判定。他の端末への感染拡大はありません。",
        "malware",
        "found",
    ),
    ("解析により、添付ファイル経由のウイルス感染と判定されました。", "malware", "found"),
    # Near misses: still being judged, or a judgement asked for.
    ("マルウェアに感染しているかどうかを判定中です。", "suspected", None),
    ("不正アクセスの有無を専門業者に判定してもらう予定です。", "suspected", None),
]


@pytest.mark.parametrize(("text", "kind", "access"), VERDICTS)
def test_an_infection_said_humbly_or_as_a_verdict_happened(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
