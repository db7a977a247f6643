"""An attack told after a leak at a contractor is held is the contractor's attack
(tests/data/README.md rule 2: an attack on a contractor's systems is `vendor_leak`, our
access unknown), across messages as within one; a correction replaces it."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


HELD_VENDOR: list[Row] = [
    (
        [
            "給与計算を委託している会社から、先方のサーバーがランサムウェアに感染したと連絡がありました",
            "社員300人分の給与データも暗号化されたそうです",
        ],
        "vendor_leak",
        None,
    ),
    (
        [
            "委託先のクラウド事業者が不正アクセスを受けたと連絡がありました",
            "不正アクセスは確定とのことで、当社分の顧客データ1,200件も含まれていました",
        ],
        "vendor_leak",
        None,
    ),
    # A correction takes the contractor back: the attack is ours.
    (
        [
            "委託先のクラウド事業者が不正アクセスを受けたと連絡がありました",
            "すみません、訂正です。委託先ではなく当社のサーバーがランサムウェアに感染していました",
        ],
        "malware",
        "found",
    ),
    # With no contractor held, the attack told later is ours.
    (
        ["顧客データのことで相談です", "当社のファイルサーバーがランサムウェアで暗号化されました"],
        "malware",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), HELD_VENDOR)
def test_an_attack_told_after_a_vendor_leak_is_the_vendors(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
