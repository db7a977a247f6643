"""The adverb 何だか (「なんだか見たこともない画面に変わって」) asks nothing, though its lemmas
are ですか's: what a sentence told with it is read, even when a question follows
(「…これは保険で出るものでしょうか」), and the message's own question is still asked."""

from __future__ import annotations

import pytest

from nlu import read_message
from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


SOMEHOW: list[Row] = [
    (
        "職員がなんだか見たこともない画面になっていると言うので業者に聞きましたら、外部から"
        "改ざんされているとのことでした。これは保険で出るものでしょうか",
        "unauthorized_access",
        "found",
    ),
    (
        "なんだか変なメールが来て、開いたら共有フォルダがランサムウェアに暗号化されました。"
        "どうしたらいいですか",
        "malware",
        "found",
    ),
    # Near miss: a supposition in the question is still no fact.
    ("なんだか不安なんですが、もし不正アクセスされたら保険は出ますか", None, None),
]


@pytest.mark.parametrize(("text", "kind", "access"), SOMEHOW)
def test_what_is_told_with_nandaka_is_read(text: str, kind: str | None, access: str | None) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)


def test_nandaka_alone_asks_nothing() -> None:
    assert read_message("なんだか気持ち悪い画面が出ています").asks is False
    assert read_message("これってなんだか分かりますか").asks is True
