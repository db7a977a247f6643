"""The addresses spam was sent to from a hijacked account (「約4,000件のアドレスに対して迷惑
メールが送信」) received it; no data of theirs leaked, so they are no victims (labelling rule
7). Our own sentences, with near misses where the persons' data is said leaked."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[str, int | None]] = [
    (
        "乗っ取られたアカウントから、外部の約6,500件のメールアドレスへスパムメールが送られました",
        None,
    ),
    (
        "職員のアカウントが不正利用され、取引先など約900件のアドレスにフィッシングメールが送信されました",
        None,
    ),
    ("会員1,200名に迷惑メールが配信されてしまいました", None),
    # Near misses: the persons' data leaked, or a mail of ours went astray.
    ("会員1,200名の情報が流出し、その後迷惑メールが送信されていることが分かりました", 1200),
    ("顧客2,000件の個人情報が漏えいしました。不審なメールにご注意ください", 2000),
]


@pytest.mark.parametrize(("message", "expected"), CASES)
def test_spam_recipients_are_no_victims(message: str, expected: int | None) -> None:
    facts, _, _ = predict([message])
    assert facts.get("individuals") == expected
