"""The one rewrite every message goes through before the rest of the NLU reads it."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import Annotated, Any, Final

from pydantic import AfterValidator, Field, Strict

import config
from config.types import entry_error
from coverage import CostKey
from nlu.kana_counts import KanaCounts, KanaRewriter

FILE: Final = "nlu_normalize.toml"

COVERAGE_MARKER: Final = re.compile(r"〔cov:([a-z_]+)〕")
"""What a circled clause number (①〜⑦) becomes; group 1 is the coverage key."""

# Line separators become "\n" before the junk pass, which would otherwise drop
# \r, \x85 and friends and glue two lines together.
_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")

# C0/C1 controls (but \t and \n), zero-width and bidi format characters (a bidi
# override can make a message read differently from what it holds), variation
# selectors, BOM, non-characters, private use, and lone surrogates that Slack
# or a broken client can leave behind: none carries meaning here.
_JUNK = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff"
    "\ue000-\uf8ff\U000e0000-\U000e0fff\U000f0000-\U0010ffff]+"
)

# Slack's own markup only: user, channel and special mentions, and links with a
# scheme. Slack escapes a literal "<" as &lt;, but the console front door does
# not, so a bare 「<重要>」 must be left alone.
_SLACK_MARKUP = re.compile(
    r"<(?P<target>[@#!][^<>|]*|[A-Za-z][A-Za-z0-9+.\-]*:[^<>|\s]*)(?:\|(?P<label>[^<>]*))?>"
)
_ENTITY = re.compile(r"&(lt|gt|amp);")
_ENTITIES: Final = {"lt": "<", "gt": ">", "amp": "&"}

# Slack emoji names are lowercase ASCII. Requiring a letter keeps times
# ("10:30:00") intact; the bound keeps the scan linear on hostile input.
_EMOJI = re.compile(r":(?=[a-z0-9_+'\-]{0,99}[a-z])[a-z0-9_+'\-]{1,100}:")

# After NFKC (which turns ～ into ~), every range mark becomes the one 〜 the
# amount parser looks for.
_RANGE_MARKS = re.compile("[~∼⁓〰]")

_SPACES = re.compile(r"[^\S\n]+")
_LINE_BREAKS = re.compile(r"\s*\n\s*")
_REPEATED_PUNCT = re.compile(r"([!?。、,〜])\1+")
# A line opening with a circled number before a word (raw text: a quote is still 「&gt;」).
_CIRCLED_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩"
_LIST_ITEM = re.compile(
    rf"(?m)^(?:[ \t　]|&gt;|>)*(?P<mark>[{_CIRCLED_NUMBERS}])(?=[ 　]*[^\s\d０-９])"
)
# NFKC turns "…" into "...", so an ellipsis is any run of dots or of 「・」.
_ELLIPSIS = re.compile(r"\.{2,}|・{2,}")


def normalize(text: str) -> str:
    """Return `text` in the one form the rest of the NLU reads.

    In order: circled clause numbers ①〜⑦ become `COVERAGE_MARKER`s; line
    separators become "\\n"; control, format and private-use characters and
    lone surrogates are dropped; Slack markup is reduced to its text (mentions
    dropped, ``<#C1|name>`` → ``#name``, a link → its label or host) and then
    ``&lt; &gt; &amp;`` are unescaped; NFKC (full-width digits and letters →
    ASCII, half-width kana → full-width); ``:emoji:`` and the backticks of code
    spans and blocks are dropped (their content is kept); every range mark →
    「〜」; runs of spaces → one space, blank lines dropped; repeated
    punctuation (「！！！」, 「。。。」, 「……」) → one mark.
    Thousands separators and the difference between "," and "、" are kept.

    Args:
        text: A message as Slack (or the console) delivered it.

    Returns:
        The normalised text. Never raises, whatever the input.
    """
    # str.translate looks up every character; most messages hold no circled number.
    if _circled_pattern().search(text):
        text = text.translate(_circled_table()) if not _numbered_list(text) else _bulleted(text)
    text = _NEWLINES.sub("\n", text)
    text = _JUNK.sub("", text)
    if "<" in text:
        text = _SLACK_MARKUP.sub(_slack_markup, text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: _ENTITIES[m.group(1)], text)
    text = unicodedata.normalize("NFKC", text)
    if ":" in text:
        text = _EMOJI.sub("", text)
    # Code spans and blocks keep their content: a pasted log line is still text.
    text = text.replace("`", "")
    text = _RANGE_MARKS.sub("〜", text)
    text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _LINE_BREAKS.sub("\n", text)
    # A function, not the template r"\1": a template is parsed anew on every call.
    text = _REPEATED_PUNCT.sub(_first_group, text)
    if ".." in text or "・・" in text:
        text = _ELLIPSIS.sub("…", text)
    return _kana_counts().rewrite(text).strip()


def _numbered_list(text: str) -> bool:
    """「①コールセンター設置 月額80万円\n②お詫び状…\n③弁護士相談 30万円」: circled numbers
    opening lines one after another from ①, each before a word, number a list's items;
    they are not the rider's clauses (①〜⑦), which a word for another cost would contradict.
    Every circled number of the text must be such an item's."""
    marks = [m.group("mark") for m in _LIST_ITEM.finditer(text)]
    if len(marks) < 2 or marks != list(_CIRCLED_NUMBERS[: len(marks)]):
        return False
    return sum(text.count(c) for c in _CIRCLED_NUMBERS) == len(marks)


def _bulleted(text: str) -> str:
    """The numbered list's circled numbers as bullets (・)."""
    return _LIST_ITEM.sub(lambda m: m.group(0)[: m.start("mark") - m.start()] + "・", text)


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


def _slack_markup(match: re.Match[str]) -> str:
    target = match.group("target")
    label = match.group("label") or ""
    kind = target[0]
    if kind == "@":
        return ""
    if kind == "#":
        return f"#{label}" if label else ""
    if kind == "!":
        # <!date^…|fallback> is a date the user wrote; <!here> and the like say nothing.
        return label if target.startswith("!date^") else ""
    if label:
        return label
    scheme, _, rest = target.partition(":")
    if rest.startswith("//"):
        # The host names the site ("example.co.jp"); the path is noise to the NLU.
        return rest[2:].split("/", 1)[0].split("?", 1)[0].rpartition("@")[2]
    return rest if scheme.lower() in ("mailto", "tel") else ""


@functools.cache
def _circled_table() -> dict[int, str]:
    """Return the str.translate table for ①〜⑦, read once per process."""
    return parse_circled(config.read(FILE))


@functools.cache
def _kana_counts() -> KanaRewriter:
    return KanaRewriter(config.validate(config.read(FILE), NormalizeFile, FILE).kana_counts)


@functools.cache
def _circled_pattern() -> re.Pattern[str]:
    """Any character of the ①〜⑦ table."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in _circled_table()) + "]")


def parse_circled(data: Mapping[str, Any]) -> dict[int, str]:
    """The str.translate table of a parsed `nlu_normalize.toml`.

    Raises:
        ConfigError: An unknown key, a character NFKC leaves alone, or a value that is
            no cost key.
    """
    circled = config.validate(data, NormalizeFile, FILE).circled
    return {ord(char): f"〔cov:{key.value}〕" for char, key in circled.items()}


def _rewritten_by_nfkc(table: dict[str, CostKey]) -> dict[str, CostKey]:
    # A character NFKC keeps needs no marker: the parsers never see it turn into a digit.
    for char in table:
        if len(char) != 1 or unicodedata.normalize("NFKC", char) == char:
            raise entry_error(char, "must be one character that NFKC rewrites", char)
    return table


class NormalizeFile(config.Schema):
    """`nlu_normalize.toml`."""

    # Strict would take only CostKey members; the file holds their values.
    circled: Annotated[
        dict[str, Annotated[CostKey, Strict(False)]],
        Field(min_length=1),
        AfterValidator(_rewritten_by_nfkc),
    ]
    kana_counts: KanaCounts
