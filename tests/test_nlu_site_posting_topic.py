"""What a site holds, said as a topic with は (「ホームページには個人情報は掲載しておらず」): data
on the site, or not, is no notice of the incident, so it says nothing of the announcement
(rule 5). A time or the notice itself as the topic leaves the posting read. Our own sentences."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

TEXTS: list[tuple[str, bool | None]] = [
    ("HPには会員の個人情報は載せていないので、漏れた心配はありません", None),
    ("当社サイトには顧客データは掲載しておりません", None),
    ("ホームページには子どもの写真は載せていません", None),
    # Near misses: the notice, or a time, as the topic; the posting stands.
    ("HPには本件はまだ載せていません", False),
    ("ホームページには今日は載せません", False),
    ("ホームページにはお詫びは載せました", True),
]


@pytest.mark.parametrize(("text", "announced"), TEXTS)
def test_data_as_the_topic_is_no_posting(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced
