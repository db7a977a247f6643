"""Which kinds of data a message says were leaked: sensitive, financial, personal."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any, Final

import config
from config.types import NonEmptyWords
from nlu.doc import Doc, make_doc
from nlu.lexicon import lexicon
from nlu.phrases import PhraseSet
from nlu.polarity import Polarity, polarity, scope_after

FILE: Final = "nlu_data_kinds.toml"

_IGNORE: Final = "ignore"
_LOST: Final = "lost"
_OWNER: Final = "owner"


class DataKind(StrEnum):
    """A kind of leaked data that matters for the reporting duty."""

    SENSITIVE = "sensitive"
    """要配慮個人情報: medical history, disability, criminal record, creed …"""
    FINANCIAL = "financial"
    """Data whose misuse can cause financial loss: card numbers, PINs, net-banking logins."""
    PERSONAL = "personal"
    """Any mention of personal data: 顧客情報, 個人情報, 氏名, 住所, メールアドレス …"""


@dataclass(frozen=True)
class _Vocabulary:
    words: PhraseSet
    """Data words labelled by `DataKind` value, and the ignored names labelled `_IGNORE`."""
    lost: PhraseSet
    owners: PhraseSet
    owned: frozenset[str]


def find_data_kinds(text: str) -> frozenset[DataKind]:
    """The kinds of data `text` mentions as involved.

    A mention counts unless the rest of its clause denies it (「カード情報は含まれ
    ていない」); a hedge (「含まれているか確認中」「漏れた可能性」) still counts, and
    so does a negation that says the data went missing (「名簿が見当たらない」).
    Each kind is reported as written: 「病歴」 gives SENSITIVE, not PERSONAL too.

    Args:
        text: A normalised message (see `nlu.normalize`).
    """
    return data_kinds_in(make_doc(text))


def data_kinds_in(doc: Doc) -> frozenset[DataKind]:
    """`find_data_kinds` on an already tokenized message."""
    vocabulary = _vocabulary()
    kinds: set[DataKind] = set()
    for match in vocabulary.words.find(doc):
        if match.label == _IGNORE:
            continue
        if _involved(doc, match.end, vocabulary):
            kinds.add(DataKind(match.label))
    if DataKind.PERSONAL not in kinds and _owned_data(doc, vocabulary):
        kinds.add(DataKind.PERSONAL)
    return frozenset(kinds)


def data_word_in(doc: Doc, lo: int, hi: int) -> bool:
    """Whether tokens[lo:hi] hold a word for persons' data of any kind (「病状」「カード番号」
    「氏名」), not an ignored name."""
    return any(m.label != _IGNORE for m in _vocabulary().words.find(doc, lo, hi))


def _involved(doc: Doc, end: int, vocabulary: _Vocabulary) -> bool:
    """Unless the rest of the clause after a data word denies it; a negation that says
    the data went missing (「名簿が見当たらない」) does not."""
    lo, hi = scope_after(doc, end)
    denied = polarity(doc, lo, hi, lexicon(), affirm_if=True) is Polarity.NEGATED
    return not denied or vocabulary.lost.contains(doc, lo, hi)


# How many nouns after 「の」 may name the data (「お客さんの注文情報」「会員の登録データ」).
_OWNED_RUN = 3
_NOUN_RUN = frozenset({"名詞", "接頭辞", "接尾辞"})
_HONORIFICS = frozenset({"さん", "様", "さま"})


def _owned_data(doc: Doc, vocabulary: _Vocabulary) -> bool:
    """「お客さんの注文情報」「会員の登録データ」: data said to be a person's is personal data,
    whatever it is of; denied as a data word is (「患者の情報は含まれていない」)."""
    tokens = doc.tokens
    for owner in vocabulary.owners.find(doc):
        i = owner.end
        if i < len(tokens) and tokens[i].surface in _HONORIFICS:
            i += 1  # 「患者さんの」
        if i >= len(tokens) or tokens[i].surface != "の":
            continue
        i += 1
        stop = min(len(tokens), i + _OWNED_RUN)
        while i < stop and tokens[i].pos1 in _NOUN_RUN:
            head = i + 1 >= len(tokens) or tokens[i + 1].pos1 not in _NOUN_RUN
            if head and tokens[i].lemma in vocabulary.owned and _involved(doc, i + 1, vocabulary):
                return True
            i += 1
    return False


class _Kinds(config.Schema):
    """Data words by `DataKind` value."""

    sensitive: NonEmptyWords
    financial: NonEmptyWords
    personal: NonEmptyWords


class DataKindsFile(config.Schema):
    """`nlu_data_kinds.toml`."""

    kinds: _Kinds
    ignore: NonEmptyWords
    lost: NonEmptyWords
    owners: NonEmptyWords
    owned: NonEmptyWords


@cache
def _vocabulary() -> _Vocabulary:
    return parse_vocabulary(config.read(FILE))


def parse_vocabulary(data: dict[str, Any]) -> _Vocabulary:
    """Check and compile the parsed `nlu_data_kinds.toml`.

    Raises:
        ConfigError: An unknown or missing key, or a value that is not a non-empty
            list of non-empty strings.
    """
    file = config.validate(data, DataKindsFile, FILE)
    words: dict[str, list[str]] = {k.value: getattr(file.kinds, k.value) for k in DataKind}
    words[_IGNORE] = file.ignore
    return _Vocabulary(
        words=PhraseSet(words),
        lost=PhraseSet({_LOST: file.lost}),
        owners=PhraseSet({_OWNER: file.owners}),
        owned=frozenset(file.owned),
    )
