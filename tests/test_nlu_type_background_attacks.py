"""A past attack told as the background of the present incident (`nlu.type_background`):
「昨年の被害を受けて対策してきたが、このたび…」 names neither this incident's type nor its
access; a follow-up report of that attack, or a new attack, still does."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


BACKGROUND: list[Row] = [
    (
        [
            "一昨年にウイルス感染の被害があり、それ以来対策を徹底してまいりましたが、今般、"
            "共有フォルダの設定不備により会員名簿が外部から閲覧できる状態となっておりました。"
        ],
        "other",
        None,
    ),
    (
        [
            "3年前に不正アクセスを受けた経験から監視を強化していたところ、このたび、"
            "社内サーバーで不審な通信を検知しました。侵入の有無は調査中です。"
        ],
        "suspected",
        None,
    ),
    (
        [
            "去年ランサムにやられて以来バックアップは毎日取ってるんですが、今回は封筒の宛名を間違えて請求書を別のお客さんに送ってしまいました"
        ],
        "misdelivery",
        None,
    ),
]

# The same attack reported again, a new attack after the opening, an attack dated days back.
NEAR_MISSES: list[Row] = [
    (
        [
            "昨年11月に発生したランサムウェア被害につきまして、再発防止策を講じてまいりましたが、"
            "このたび第三者委員会の調査が終了いたしましたのでご報告いたします。"
        ],
        "malware",
        "found",
    ),
    (
        [
            "以前にも不正アクセスを受け対策を強化していましたが、今回また管理画面に不正にログインされました"
        ],
        "unauthorized_access",
        "found",
    ),
    (
        ["3日前にランサムウェアに感染しました。対策を検討していますが、今回の費用が心配です"],
        "malware",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), BACKGROUND + NEAR_MISSES)
def test_past_attack_named_as_background(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    """A past attack before 対策…このたび is not the incident; one reported again is."""
    assert _seen(messages) == (kind, access)
