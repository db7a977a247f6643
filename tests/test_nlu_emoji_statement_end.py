"""In chat an emoji closes a statement as 「。」 would (「見落としてました🙏 確認中です」): a doubt
said after it is about the next thing, not the fact before it. An emoji used as a word
(「画面に⚠が出た」), with a particle after it, does not end anything. A count of persons said
to be in a lost medium (「500人くらい入ってる」) counts the persons whose data it held."""

from __future__ import annotations

import pytest

from nlu.doc import Doc
from nlu.evaluate import predict
from nlu.normalize import normalize
from nlu.tokens import tokenize


def _sentences(text: str) -> int:
    text = normalize(text)
    return len(Doc(text, tokenize(text)).sentences())


SENTENCES: list[tuple[str, int]] = [
    ("申し訳ないです🙏 ログは確認中です", 2),
    ("やばい😭💦どうしよう", 2),
    ("了解です👍", 1),
    # A particle or an ending after the emoji: it is a word of the sentence.
    ("画面に⚠が出た", 1),
    ("赤い🔴が点いてます", 1),
    # Symbols below the pictographs (©, arrows) are not emoji.
    ("©2026 当社", 1),
]


@pytest.mark.parametrize(("text", "n"), SENTENCES)
def test_an_emoji_ends_a_statement_unless_a_particle_follows(text: str, n: int) -> None:
    assert _sentences(text) == n


def _individuals(messages: list[str]) -> object:
    facts, _, _ = predict(messages)
    return facts["individuals"]


COUNTS: list[tuple[list[str], int | None]] = [
    # A correction stays a correction when a doubt about something else follows an emoji.
    (
        [
            "顧客リストのファイルを誤って外部共有してました。200人分です",
            "すみません訂正、200人じゃなくて2,200人でした🙏 見られたかはログで確認中です",
        ],
        2200,
    ),
    (["会員名簿のUSBをなくしました😱 たぶん駅で落とした 800人くらい入ってる"], 800),
    # The doubt in the same statement as the count still doubts it.
    (["名簿をなくしました。800人分かどうかは確認中です🙏"], None),
]


@pytest.mark.parametrize(("messages", "expected"), COUNTS)
def test_a_doubt_after_an_emoji_leaves_the_count_before_it(
    messages: list[str], expected: int | None
) -> None:
    assert _individuals(messages) == expected
