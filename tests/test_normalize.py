"""`nlu.normalize`: one canonical form for every message."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import config
from config import ConfigError
from nlu.normalize import COVERAGE_MARKER, normalize, parse_circled

NORMALIZED = [
    # Circled clause numbers become coverage markers, not digits.
    ("④データ復旧", "〔cov:data_recovery〕データ復旧"),
    ("①と②で300万円", "〔cov:access_response〕と〔cov:investigation〕で300万円"),
    ("⑤⑥⑦", "〔cov:incident_response〕〔cov:prevention〕〔cov:litigation〕"),
    ("⑧は条項ではない", "8は条項ではない"),
    # Circled numbers opening lines in turn from ① number a list: bullets, not clauses.
    ("①コールセンター 80万\n②お詫び状 30万", "・コールセンター 80万\n・お詫び状 30万"),
    ("&gt; ①弁護士相談\n&gt; ②鑑定書", "> ・弁護士相談\n> ・鑑定書"),
    # Not a list: one line, a bare amount after the mark, or not in turn from ①.
    ("①300万\n②200万", "〔cov:access_response〕300万\n〔cov:investigation〕200万"),
    (
        "④データ復旧\n⑤コールセンター",
        "〔cov:data_recovery〕データ復旧\n〔cov:incident_response〕コールセンター",
    ),
    # Slack markup.
    ("<@U123ABC> 感染しました", "感染しました"),
    ("<@U123|yamada> さん", "さん"),
    ("<#C1|incident> に投稿", "#incident に投稿"),
    ("<https://example.co.jp/news|お知らせ>を公表", "お知らせを公表"),
    ("<https://shop.example.co.jp/a/b?c=d>が改ざん", "shop.example.co.jpが改ざん"),
    ("<mailto:info@example.jp|info@example.jp>", "info@example.jp"),
    ("<!here> <!channel> 至急", "至急"),
    ("<!date^1392734382^{date}|2014年2月18日>に発覚", "2014年2月18日に発覚"),
    ("&lt;重要&gt; A&amp;B", "<重要> A&B"),
    ("&amp;lt;", "&lt;"),
    ("<重要>のまま", "<重要>のまま"),
    (":rotating_light: 感染 :bow::skin-tone-2:", "感染"),
    ("10:30:00に検知", "10:30:00に検知"),
    ("`rm -rf`を実行", "rm -rfを実行"),
    ("```\nERROR 500\n```", "ERROR 500"),
    # NFKC.
    ("３，０００万円", "3,000万円"),
    ("ＰＣ３台", "PC3台"),
    ("ﾗﾝｻﾑｳｪｱ", "ランサムウェア"),
    ("￥１００万", "¥100万"),
    # Range marks.
    ("200～300万円", "200〜300万円"),
    ("200~300万円", "200〜300万円"),
    ("200〜300万円", "200〜300万円"),
    ("200∼300万円", "200〜300万円"),
    # Spaces and lines.
    ("約　３００　万円", "約 300 万円"),
    ("a  \t b", "a b"),
    ("一行目\r\n\r\n\n  二行目  ", "一行目\n二行目"),
    ("一行目\u2028二行目", "一行目\n二行目"),
    # Repeated punctuation.
    ("助けて！！！", "助けて!"),
    ("どうしよう。。。", "どうしよう。"),
    ("えっと……", "えっと…"),
    ("えっと・・・", "えっと…"),
    ("本当？？", "本当?"),
    # What must be kept.
    ("3,000万円、1,500円", "3,000万円、1,500円"),
    ("1.5億円", "1.5億円"),
    ("Emotet", "Emotet"),
    # Junk.
    ("感\x00染\x1b[0m", "感染[0m"),
    ("a\u202eb\u200bc\ufeff", "abc"),
    ("\udcff", ""),
    ("⚠\ufe0f注意", "⚠注意"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALIZED)
def test_normalize(raw: str, expected: str) -> None:
    """A message is rewritten into the one form the NLU reads."""
    assert normalize(raw) == expected


def test_marker_names_the_coverage_key() -> None:
    """A later stage reads the coverage key back from the marker."""
    match = COVERAGE_MARKER.search(normalize("④データ復旧"))
    assert match is not None
    assert match.group(1) == "data_recovery"


HOSTILE = [
    "ランサムウェアに感染し、約300万円かかりました。" * 1600,
    "😀" * 40000,
    "\x00\udcff" * 20000,
    ":a" * 20000,
    ":" + "a" * 40000,
    "<" * 40000,
    "<@" + "a" * 40000,
    "&" * 40000,
    "１" * 40000,
]


@pytest.mark.parametrize("raw", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_does_not_crash(raw: str) -> None:
    """Any string, however long or broken, comes back without lone surrogates."""
    normalize(raw).encode("utf-8")  # raises on a lone surrogate


@given(st.text())
def test_never_raises(raw: str) -> None:
    """Normalisation is total and its output is always valid UTF-8."""
    normalize(raw).encode("utf-8")


def _no_markup(text: str) -> bool:
    # Text whose NFKC holds < > & or : can turn into Slack markup or an emoji
    # name only after normalisation, so a second pass is not a no-op there.
    return not set(unicodedata.normalize("NFKC", text)) & set("<>&:")


@given(st.text())
def test_idempotent(raw: str) -> None:
    """Normalising normalised text changes nothing (markup characters aside)."""
    assume(_no_markup(raw))
    once = normalize(raw)
    assert normalize(once) == once


# A valid [kana_counts] table, so the file's other keys are what a case tests.
_KANA = (
    '[kana_counts]\nafter_digit = { "めい" = "名" }\nnot_before = ["る"]\n'
    'persons = { "ひとり" = "1人" }\npersons_before = ["あたり"]\n'
    'shares = { "ひとりぶん" = "1人分" }\n'
    'numeral_digits = { "に" = "二" }\nnumeral_units = { "じゅう" = "十" }\n'
    'groups = { "こじん" = "個人" }\n'
)

BAD_CONFIGS = [
    ("[circled]\n", "circled"),
    ('[circled]\n"①" = 1\n', "circled.①"),
    ('[circled]\n"①" = "Data Recovery"\n', "circled.①"),
    ('[circled]\n"1" = "access_response"\n', "circled.1"),
    ('[circled]\n"①" = "access_response"\n' + _KANA + "[extra]\n", "extra"),
    ('[circled]\n"①" = "access_response"\n', "kana_counts"),
    ("[circled\n", "(syntax)"),
]


@pytest.mark.parametrize(("toml", "key"), BAD_CONFIGS)
def test_config_is_checked_strictly(tmp_path: Path, toml: str, key: str) -> None:
    """A flawed nlu_normalize.toml names the file and the key at start-up."""
    path = tmp_path / "nlu_normalize.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        parse_circled(config.read_path(path))
    # A file given by path is named by its path, a syntax error included.
    assert (Path(caught.value.file).name, caught.value.key) == ("nlu_normalize.toml", key)
