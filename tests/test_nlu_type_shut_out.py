"""An account whose credentials someone changed (「パスワード変えられてて」) is taken over even
when the owner then could not get in (「入れませんでした」: the harm, not a denial) and even
when told as what happened on trying (「ログインしようとしたら」: an attempt made, no
supposition): unauthorized_access, found (tests/data/README.md rules 2, 4). A supposition
(「不正アクセスされたとしたら」) still states nothing."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


SHUT_OUT: list[Row] = [
    (
        "ログインしようとしたらパスワードを変えられていて入れませんでした",
        "unauthorized_access",
        "found",
    ),
    (
        "社用のXアカウント、メールアドレスを変えられてて入れなくなりました",
        "unauthorized_access",
        "found",
    ),
    # Near misses: a supposition, and one's own forgotten password.
    ("アカウントが乗っ取られたとしたら、調査費は出ますか？", None, None),
    ("パスワードを忘れてログインできませんでした", None, None),
]


@pytest.mark.parametrize(("text", "kind", "access"), SHUT_OUT)
def test_an_account_taken_over_that_shut_its_owner_out(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
