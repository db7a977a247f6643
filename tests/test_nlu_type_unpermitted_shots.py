"""A screen or papers photographed "without leave" (無断で撮影), said in the active voice: a
visitor's shot of what we hold is a visual leak, as the passive 撮影された is; our staff's own
shot, or a shot of no screen or papers, is not."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

SHOTS: list[tuple[str, str | None]] = [
    ("来店客が受付の画面を無断で撮影していました。お客様の氏名が写っていました", "visual_leak"),
    (
        "窓口で来庁者が職員の操作する端末の画面を無断で撮影し、その画像をSNSに投稿していました",
        "visual_leak",
    ),
    ("待合室で、患者さんが受付の書類を勝手に撮影していたことが分かりました", "visual_leak"),
    ("客がレジのモニターをこっそり撮ってSNSに上げていた。お客様の名前が写っていた", "visual_leak"),
    # Our staff's shot, then its post: posting on SNS (rule 2), not someone watching us.
    ("バイトの子がレジの画面を無断で撮影してSNSに上げていた。お客様の氏名が写っていた", "other"),
    ("職員が窓口の書類を無断で撮影し、SNSに投稿していた", "other"),
    # No screen or papers: our own photograph of a person (a portrait right) or nothing.
    ("イベントの様子を無断で撮影した写真を掲載していました", "media"),
    ("無断で撮影するのはやめてくださいと掲示しました", None),
]


@pytest.mark.parametrize(("text", "kind"), SHOTS)
def test_a_visitors_unpermitted_shot_is_a_visual_leak(text: str, kind: str | None) -> None:
    facts, _, _ = predict([text])
    assert facts["incident_type"] == kind
