"""A sign of an attack doubted and checked (「不審な通信…不正アクセスの可能性」), then explained
by a setting error with the attack ruled out (「設定不備によるもので、不正アクセスはなかった」),
stays `suspected` (tests/data/README.md rule 2: it stays suspected if access is later ruled
out). A setting error or bug that itself showed data to others, with no sign, is `other`."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None]


EXPLAINED: list[Row] = [
    (
        "監視サービスが不審な通信を検知し、不正アクセスの可能性があるとして調査しました。"
        "調査の結果、通信はネットワーク機器の設定不備によるもので、不正アクセスはありませんでした。",
        "suspected",
    ),
    # Near miss: the bug showed data to others, and no sign came first.
    (
        "会員ページで他のお客様の住所が表示されました。調査の結果、不正アクセスではなく"
        "プログラムの不具合によるものでした。",
        "other",
    ),
]


@pytest.mark.parametrize(("text", "kind"), EXPLAINED)
def test_a_sign_explained_by_a_setting_error_stays_suspected(text: str, kind: str | None) -> None:
    assert predict([text])[0]["incident_type"] == kind
