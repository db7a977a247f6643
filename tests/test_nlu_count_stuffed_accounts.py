"""In a text naming a credential-stuffing attack (リスト型攻撃), the accounts said logged into
(「不正ログインが確認されたアカウントは1,032件」「1,432アカウントで不正ログイン」) are the
service's users, one each (tests/data/README.md rule 7); accounts only tried are not.

Our own sentences; blind sets read such notices as unknown.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[list[str], int | None]] = [
    (["パスワードリスト攻撃があり、不正ログインされたアカウントは845件でした"], 845),
    (["リスト型攻撃を確認しました。2,210アカウントで不正ログインが発生"], 2210),
    (["リスト型攻撃により、不正ログインが確認されたID:512件"], 512),
    # Near misses: accounts only tried, no such attack named, or no login said.
    (["リスト型攻撃で、不正ログインを試みられたアカウントは約3万件に上ります"], None),
    (["社員のアカウント3件に不正ログインがありました"], None),
    (["リスト型攻撃を検知しました。ログイン試行は12万件でした"], None),
]


@pytest.mark.parametrize(("messages", "individuals"), CASES)
def test_accounts_entered_by_credential_stuffing_count_their_users(
    messages: list[str], individuals: int | None
) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == individuals
