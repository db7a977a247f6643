"""`nlu.tokens`: UniDic morphemes with offsets, and how negation shows in them."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlu import tokens
from nlu.normalize import normalize
from nlu.tokens import Token, tokenize

SURFACES = [
    ("ランサムウェアに感染しました", ["ランサム", "ウェア", "に", "感染", "し", "まし", "た"]),
    ("PC3台", ["PC", "3", "台"]),
    ("約300万円", ["約", "300", "万", "円"]),
    ("a b\nc", ["a", "b", "c"]),
    ("", []),
    (" ", []),
]


@pytest.mark.parametrize(("text", "expected"), SURFACES)
def test_surfaces(text: str, expected: list[str]) -> None:
    """Text is split into UniDic's short units; whitespace is skipped."""
    assert [t.surface for t in tokenize(text)] == expected


# (text, surface, lemma, pos1): how unidic-lite 1.0.8 writes each negation.
# Match negation on (lemma, pos1): (無い, 形容詞), (ない, 助動詞), (ず, 助動詞);
# 無し is a 名詞. ません's ん and ぬ both have the lemma ず.
NEGATIONS = [
    ("無かった", "無かっ", "無い", "形容詞"),
    ("なかった", "なかっ", "無い", "形容詞"),
    ("痕跡はなく", "なく", "無い", "形容詞"),
    ("ないです", "ない", "無い", "形容詞"),
    ("ありませんでした", "ん", "ず", "助動詞"),
    ("感染していません", "ん", "ず", "助動詞"),
    ("認められなかった", "なかっ", "ない", "助動詞"),
    ("確認されていない", "ない", "ない", "助動詞"),
    ("公表しない", "ない", "ない", "助動詞"),
    ("わからない", "ない", "ない", "助動詞"),
    ("見つからず", "ず", "ず", "助動詞"),
    ("知らぬ", "ぬ", "ず", "助動詞"),
    ("不正アクセスは無し", "無し", "無し", "名詞"),
]


@pytest.mark.parametrize(("text", "surface", "lemma", "pos1"), NEGATIONS)
def test_negation_lemmas(text: str, surface: str, lemma: str, pos1: str) -> None:
    """Every way of saying "not" yields a token with a negating lemma and POS."""
    found = [(t.surface, t.lemma, t.pos1) for t in tokenize(text)]
    assert (surface, lemma, pos1) in found


LEMMAS = [
    # Orthography is unified and UniDic's gloss is dropped.
    ("見つかった", "見つかっ", "見付かる"),
    ("円", "円", "円"),  # UniDic: 円-助数詞
    ("ウェア", "ウェア", "ウエア"),  # UniDic: ウエア-wear
    ("漏えい", "漏えい", "漏洩"),
    # Unknown words keep their surface as lemma and have no reading.
    ("Emotet", "Emotet", "Emotet"),
    ("300", "300", "300"),
]


@pytest.mark.parametrize(("text", "surface", "lemma"), LEMMAS)
def test_lemma(text: str, surface: str, lemma: str) -> None:
    """The lemma is UniDic's, without its gloss; an unknown word's is its surface."""
    assert (surface, lemma) in [(t.surface, t.lemma) for t in tokenize(text)]


def test_token_fields() -> None:
    """A token carries both parts of speech, its katakana reading and its offset."""
    assert tokenize("PCが感染")[2] == Token("感染", "感染", "名詞", "普通名詞", "カンセン", 3)
    assert tokenize("Emotet")[0].reading == ""
    assert tokenize("た")[0].pos2 == ""  # UniDic's "*" is ""


@given(st.text())
def test_offsets_point_at_surfaces(raw: str) -> None:
    """Any text tokenizes without error, and each offset points at its surface."""
    text = normalize(raw)
    end = 0
    for token in tokenize(text):
        assert token.start >= end
        assert text[token.start : token.end] == token.surface
        end = token.end


HOSTILE = [
    "a\x00b",
    "\udcff",
    "\u2028x\x85",
    "😀" * 1000,
    "ランサムウェアに感染し、約300万円かかりました。" * 1600,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_does_not_crash(text: str) -> None:
    """NUL, lone surrogates and 40,000 characters are tokenized, offsets intact."""
    found = tokenize(text)
    assert all(0 <= t.start < t.end <= len(text) for t in found)


def test_one_tagger_per_process() -> None:
    """The tagger is created once and reused."""
    tokenize("一回目")
    first = tokens._tagger
    tokenize("二回目")
    assert tokens._tagger is first


def test_threads_share_the_tagger_safely() -> None:
    """Concurrent calls (bolt's thread pool) get the same tokens as sequential ones."""
    texts = [f"PC{i}台がランサムウェアに感染し、約{i}00万円かかりました。" for i in range(200)]
    expected = [tokenize(t) for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(tokenize, texts)) == expected


@given(st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00")))
def test_offsets_on_raw_text(text: str) -> None:
    """Offsets hold on text that was never normalised, too (NUL and surrogates aside)."""
    for token in tokenize(text):
        assert text[token.start : token.end] == token.surface
