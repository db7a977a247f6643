"""A contractor said in speech, い dropped (「発送を委託してる会社」), is a contractor as
「委託している会社」 is (tests/data/README.md rule 2: a leak or an attack at a contractor is
`vendor_leak`); a security operator under contract (「監視委託してるMSSP」) is whoever noticed,
never where the data leaked."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


SPOKEN: list[Row] = [
    (
        ["名簿の印刷を委託してる会社のサーバーがやられて、うちの会員データが漏れたそうです"],
        "vendor_leak",
    ),
    (["DMの封入を委託してた業者の封入ミスで、別の人の案内が届いてしまいました"], "vendor_leak"),
    # Our own mis-sending, no contractor: a misdelivery.
    (["DMの封入ミスで、別のお客様に案内が届いてしまいました"], "misdelivery"),
    # A security operator under contract named as the one who noticed.
    (
        [
            "ECサイトにSQLインジェクションを受けて、会員DBが抜かれていました",
            "最初に気づいたのは監視委託してるSOCです",
        ],
        "unauthorized_access",
    ),
    (
        ["気づいたのは監視を委託している監視会社でした。サーバーが改ざんされていました"],
        "unauthorized_access",
    ),
    # A contractor we called: whom we asked, unless the leak is said at it.
    (["委託してる会社に電話したら、うちのサーバーがウイルスに感染していた"], "malware"),
    (
        ["委託してる会社に電話したところ、その会社のサーバーから会員情報が漏えいしていた"],
        "vendor_leak",
    ),
]


@pytest.mark.parametrize(("messages", "kind"), SPOKEN)
def test_a_contractor_said_in_speech_is_a_contractor(messages: list[str], kind: str | None) -> None:
    assert predict(messages)[0]["incident_type"] == kind
