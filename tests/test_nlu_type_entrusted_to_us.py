"""Ourselves named as the one entrusted (「御社に委託している名簿が見られる」 said by the
principal) make the writer the contractor: what happened is its own incident, no vendor leak
(tests/data/README.md rule 2); a setting mistake said of it (設定のミス) is `other`. A denial of
access right after a check said done (「確認したら、設定のミスでした。不正アクセスではありません」)
is that check's conclusion, not_found (rule 4)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


ENTRUSTED: list[Row] = [
    (
        [
            "県の担当課から「御社に委託している講習会の申込者名簿が外から見える」と電話がありました",
            "調べたら、申込フォームの共有設定のミスでした。不正アクセスではありません。",
        ],
        "other",
        "not_found",
    ),
    # Data left open to view at ours: the exposure's type, no contractor's.
    (
        ["取引先から、弊社に委託している顧客データが閲覧できる状態だったと指摘されました"],
        "other",
        None,
    ),
    # Near misses: a contractor of ours, and a denial with no check said.
    (
        ["顧客データの入力を委託している業者のサーバーが不正アクセスを受けました"],
        "vendor_leak",
        None,
    ),
    (["メールの誤送信です。不正アクセスではありません。"], "misdelivery", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ENTRUSTED)
def test_ourselves_as_the_one_entrusted_is_no_vendor_leak(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    facts = predict(messages)[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
