"""A measure against an attack said ahead (「不正アクセスを防止する対策」「ウイルス感染を防ぐため」
「ランサムウェアへの対策」) names no attack that happened: the notices' 再発防止 paragraphs say
them after a loss or a mis-sending too (spec: the facts are of the incident that occurred)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


MEASURES_AHEAD: list[Row] = [
    (
        [
            "営業担当が顧客名簿の入ったUSBメモリを紛失しました。今後は持ち出しルールを見直し、"
            "不正アクセスを防止するための管理体制を整えます"
        ],
        "lost_or_stolen",
        None,
    ),
    (
        [
            "見積書を別のお客様にメールで誤送信しました。再発防止として、ウイルス感染を防ぐため"
            "添付ファイルの運用も改めます"
        ],
        "misdelivery",
        None,
    ),
    (["来期はランサムウェアへの対策に予算をつけたいです"], None, None),
    (["取引先から、標的型攻撃に対する対策状況の報告を求められました"], None, None),
    (["社内規程を改め、不正ログイン等を未然に防止します"], None, None),
    # A stop said failed is an attack that got through; said done, one stopped (a doubt).
    (
        ["ファイアウォールで不正アクセスを防げず、顧客データを抜かれました"],
        "unauthorized_access",
        "found",
    ),
    (["WAFが不正アクセスを未然に防いでくれました"], "suspected", None),
    # The incident said before the measure is read as before.
    (
        ["基幹サーバーがランサムウェアに感染しました。今後は感染を防ぐ仕組みを導入します"],
        "malware",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), MEASURES_AHEAD)
def test_a_measure_said_ahead_names_no_attack(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
