"""Posting on a named social medium said with a verb of uploading (「TikTokに上げてて」「ツイッ
ターに利用者の写真を載せてた」) is posting on SNS, `other` (tests/data/README.md rule 2), when
the message names confidential data; a post with nothing confidential, or one said in the
passive (someone else's post), is not."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

UPLOADS: list[tuple[str, str | None]] = [
    ("バイトの子がレジ画面を撮ってTikTokに上げてて、お客さんの名前が写ってた", "other"),
    ("職員がツイッターに利用者の写真を載せてた", "other"),
    ("バイトがTikTokに動画を上げてて、お客様の電話番号が映ってた", "other"),
    ("お店のTikTokに新メニューの動画を上げました", None),
    ("お客さんの名前が写った動画をTikTokに上げられてた", None),
]


@pytest.mark.parametrize(("text", "kind"), UPLOADS)
def test_an_upload_to_sns_is_other(text: str, kind: str | None) -> None:
    facts, _, _ = predict([text])
    assert facts["incident_type"] == kind
