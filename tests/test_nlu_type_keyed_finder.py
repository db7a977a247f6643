"""A report form that names the maintaining contractor as its finder (「発見者：運用委託先の
監視担当」) says who found the attack on ours (tests/data/README.md rule 3: a maintenance
vendor is a third party who told us), not a leak at the contractor; an attack on the
contractor's own systems said after it still is one."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


KEYED: list[Row] = [
    (
        [
            "件名：会計サーバーへの不審なアクセス\n発見者：運用委託先（△△株式会社）の監視担当\n"
            "状況：侵入の有無は調査中"
        ],
        "suspected",
    ),
    (
        ["件名：Webサイトの改ざん\n報告者：保守委託先の担当SE\n状況：トップページの改ざんを確認"],
        "unauthorized_access",
    ),
    # The contractor's own systems attacked: a vendor leak.
    (
        ["検知者：保守委託先の担当者\n概要：委託先のサーバーが不正アクセスを受け、顧客情報が流出"],
        "vendor_leak",
    ),
]


@pytest.mark.parametrize(("messages", "kind"), KEYED)
def test_a_maintainer_named_as_the_finder_is_no_vendor_leak(
    messages: list[str], kind: str | None
) -> None:
    assert predict(messages)[0]["incident_type"] == kind
