"""Talk in a public place about a partner's business or a resident's case, overheard by
whoever sat near (「喫茶店で取引先との商談内容を話していて、それを聞いた人がSNSに書いた」), is a
visual leak (tests/data/README.md rule 2: overheard conversations), said in Kansai speech
too (「話しとって」); a place alone, or business named with no talk, is not."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]
LEAK = "visual_leak"


OVERHEARD: list[Row] = [
    (["営業が喫茶店で取引先との商談内容を話していて、近くの人にSNSに書かれました"], LEAK),
    (["社員が電車の中で同僚と新製品の話をしていたのを、乗り合わせた人がXに投稿していました"], LEAK),
    (["ケースワーカーがレストランで利用者さんの生活保護の件を話しとって、苦情が来ました"], LEAK),
    (["窓口で職員が大きい声で患者さんの名前を呼んでしまいました"], LEAK),
    (["店員がバスの車内で常連さんのプライバシーに関わる会話をしていて、苦情が入りました"], LEAK),
    # A place, and business, but nothing said aloud: a loss, or no type.
    (["電車で新製品の資料を置き忘れました"], "lost_or_stolen"),
    (["カフェで取引先と商談内容の打ち合わせをしました"], None),
]


@pytest.mark.parametrize(("messages", "kind"), OVERHEARD)
def test_talk_overheard_in_a_public_place_is_a_visual_leak(
    messages: list[str], kind: str | None
) -> None:
    assert predict(messages)[0]["incident_type"] == kind
