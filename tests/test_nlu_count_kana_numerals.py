"""A number typed in kana before a kana counter (「めいぼはひゃくにじゅうにんぶんです」, voice
input): rewritten as its kanji numeral and counter, so the count is read. A number of one part
alone is left (「じゅうにん」 is 住人 as often, 「せんにん」 専任), as is kana of another word after
the counter."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict
from nlu.normalize import normalize

REWRITES: list[tuple[str, str]] = [
    ("名簿はひゃくにじゅうにんぶんです", "名簿は百二十人分です"),
    ("にじゅうめいです", "二十名です"),
    ("いっせんにひゃくにん", "一千二百人"),
    ("きゅうじゅうきゅうにん", "九十九人"),
    # one part alone, or another word after the counter
    ("マンションのじゅうにんのかた", "マンションのじゅうにんのかた"),
    ("せんにんのたんとうしゃ", "せんにんのたんとうしゃ"),
    ("にじゅうめいる", "にじゅうめいる"),
]


@pytest.mark.parametrize(("text", "expected"), REWRITES)
def test_a_kana_number_before_a_counter_is_rewritten(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_a_kana_count_of_a_list_is_the_victims() -> None:
    facts, _, _ = predict(
        [
            "ボランティアさんの名簿を添付しためーるを、べつの団体に送ってしまいました。名簿はさんびゃくごじゅうにんぶんです"
        ]
    )
    assert facts["individuals"] == 350
