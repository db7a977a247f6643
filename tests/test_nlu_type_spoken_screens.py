"""Words of infection shown on a screen, quoted in speech with っちゅう or ちゅう (「ウイルスに
感染しましたっちゅう画面が出て」), are a support scam's screen as 「…という画面」 is: no
infection said, a possible one (`suspected`, tests/data/README.md rule 2); the remote
operation that follows is the hijack."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


SCREENS: list[Row] = [
    (["ウイルスに感染しましたっちゅう警告の出て、びっくりしました"], "suspected"),
    (
        [
            "パソコンにウイルスに感染しましたっちゅう画面が出て、書いてある番号に電話しました",
            "そのあと遠隔で勝手に操作されて、ファイルを開けられとりました",
        ],
        "unauthorized_access",
    ),
    # Near miss: the infection said, not shown.
    (["パソコンがウイルスに感染しとるっちゅうて業者さんが言うとります"], "malware"),
]


@pytest.mark.parametrize(("messages", "kind"), SCREENS)
def test_a_screen_quoted_in_speech_is_no_infection_said(
    messages: list[str], kind: str | None
) -> None:
    assert predict(messages)[0]["incident_type"] == kind
