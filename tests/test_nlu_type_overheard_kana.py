"""Talk overheard, typed in hiragana (「後ろのひとにきかれてたみたいで」「まるぎこえ」), is a visual
leak when the message names confidential data, as the kanji forms are; being asked
(「ほけんやさんにきかれたけど」) or a voice heard with nothing confidential is not."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

OVERHEARD: list[tuple[list[str], str | None]] = [
    (
        [
            "レジでお客さんの電話番号よみあげてたのを後ろのひとにきかれてたみたいで、SNSにかかれてました",
            "そのお客さん本人から電話でいわれて気づきました",
        ],
        "visual_leak",
    ),
    (["患者さんの病名、待合室にまるぎこえだった"], "visual_leak"),
    (["ほけんやさんにきかれたけど、お客さんの住所ってもれてる？"], None),
    (["となりのひとに電話の声がきこえてたみたい"], None),
]


@pytest.mark.parametrize(("messages", "kind"), OVERHEARD)
def test_overheard_in_hiragana(messages: list[str], kind: str | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["incident_type"] == kind
