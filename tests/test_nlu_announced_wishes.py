"""A wish to announce or not (「できれば公表したいんですけど」「公表はしたくない」), or one asked
of us (「公表してほしい」), is neither an announcement nor a plan nor a decision; nor is not yet
having announced, with advice asked on whether to (「HPにはまだ載せていませんが、載せたほうが
いいですか」): labelling rule 5 leaves both unknown."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict


def _announced(messages: list[str]) -> object:
    facts, _, _ = predict(messages)
    return facts["announced"]


WISHES: list[tuple[list[str], bool | None]] = [
    (["公表はできればしたいんですが、役員が反対しています"], None),
    (["正直、公表はしたくないです。しないといけないんでしょうか"], None),
    (["取引先からは早く公表してほしいと言われています"], None),
    (["できれば公表せずに済ませたいのですが"], None),
    # What was done, and what is planned, still stand.
    (["昨日ホームページで公表しました。本当はしたくなかったですが"], True),
    (["来週、記者会見を開く予定です"], True),
    (["公表はしていません"], False),
]


@pytest.mark.parametrize(("messages", "announced"), WISHES)
def test_a_wish_to_announce_says_nothing(messages: list[str], announced: bool | None) -> None:
    assert _announced(messages) is announced


ADVICE_ASKED: list[tuple[list[str], bool | None]] = [
    (["ホームページにはまだ載せていませんが、載せたほうがいいですか？"], None),
    (["公表はまだしていません。公表すべきでしょうか"], None),
    (["会員様へのお知らせはまだ出しておりませんが、出したほうがよろしいでしょうか"], None),
    # Not yet, with nothing asked: not announced.
    (["ホームページにはまだ載せていません"], False),
    (["公表はまだしていません。来月の役員会で話します"], False),
]


@pytest.mark.parametrize(("messages", "announced"), ADVICE_ASKED)
def test_not_yet_with_advice_asked_is_open(messages: list[str], announced: bool | None) -> None:
    assert _announced(messages) is announced
