"""A denial followed by a report's heading for its limits (「3.」 then 「留意事項：…については
評価できておりません」) is no conclusion that there was none (tests/data/README.md rule 4):
access stays unknown. A heading that says nothing is left unchecked, or another heading,
leaves the denial standing. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

_DENIAL = "調査の結果、外部からの侵入の痕跡は認められませんでした。\n"

TEXTS: list[tuple[str, str | None]] = [
    ("2.\n留意事項：ログの保存期間が短く、それ以前については評価できておりません。", None),
    ("留意点：一部の端末は解析ができていません。", None),
    # Near misses: nothing left unchecked of the intrusion, or no heading of limits.
    ("3.\n留意事項：報告書は来週お送りします。", "not_found"),
    ("注意事項：流出の有無は評価できておりません。", "not_found"),
    ("2.\n今後の対応：パスワードを変更します。", "not_found"),
]


@pytest.mark.parametrize(("after", "access"), TEXTS)
def test_a_heading_of_limits_leaves_access_open(after: str, access: str | None) -> None:
    facts, _, _ = predict([_DENIAL + after])
    assert facts["unauthorized_access"] == access
