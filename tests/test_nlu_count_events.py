"""A count of failures (「障害が2件」「エラーが3件」) is no count of records, however near a
word for personal data it stands; records counted beside a failure still are.

Our own sentences; a helper's probe found 「住民票の受付システムで障害が2件」 read as two victims.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[str, int | None]] = [
    ("住民票の受付システムで障害が2件", None),
    ("顧客管理システムでエラーが3件発生しました", None),
    ("会員サイトでトラブルが4件あった", None),
    # 不具合 is two tokens (不+具合): matched on its text.
    ("会員情報のサーバーで不具合が5件", None),
    ("顧客データベースで不具合が2件見つかりました", None),
    ("システム障害で顧客情報1,200件が流出しました", 1200),
    ("障害の影響で会員300名の情報が閲覧可能になっていた", 300),
    ("住民票の写し2件を誤って交付しました", 2),
]


@pytest.mark.parametrize(("text", "individuals"), CASES)
def test_failures_counted_are_not_victims(text: str, individuals: int | None) -> None:
    assert predict([text])[0]["individuals"] == individuals
