"""Which kinds of data a message says were leaked, negated mentions left out."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import config
from config import ConfigError
from nlu.data_kinds import FILE, DataKind, find_data_kinds, parse_vocabulary

S, F, P = DataKind.SENSITIVE, DataKind.FINANCIAL, DataKind.PERSONAL

KINDS = [
    ("顧客情報が漏えいしました", {P}),
    ("個人情報が流出したおそれがあります", {P}),
    ("氏名と住所、メールアドレスが見られた可能性", {P}),
    ("従業員の健康診断の結果が流出しました", {S}),
    ("患者さんの病歴が含まれています", {S}),
    ("障害者手帳の写しが入っていました", {S}),
    ("犯罪歴に関する記録", {S}),
    ("クレジットカード番号が漏れた", {F}),
    ("カード情報が盗まれた", {F}),
    ("口座番号と暗証番号のリスト", {F, P}),
    ("ネットバンキングのIDとパスワード", {F}),
    ("口座番号のみです", {P}),  # an account number alone is personal, not financial
    ("顧客の氏名とクレジットカード番号、病歴", {S, F, P}),
    ("サーバーが止まりました", set()),
    # Data said to be a person's, whatever it is of.
    ("お客さんの注文情報を印刷した紙が行方不明", {P}),
    ("会員の登録データが消えました", {P}),
    ("宿泊客の予約情報が見られた", {P}),
    ("顧客の注文情報システムが止まった", set()),  # a system, not the data
    ("当社の在庫情報が漏れた", set()),
    ("お客様のご注文が遅れています", set()),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_data_kinds(text: str, expected: set[DataKind]) -> None:
    """Each data word gives its kind."""
    assert find_data_kinds(text) == expected


NEGATED = [
    ("カード情報は含まれていない", set()),
    ("カード情報は含まれていません", set()),
    ("クレジットカード番号は無いです", set()),
    ("病歴は含まれておらず、氏名と住所のみです", {P}),
    ("カード情報は含まれていませんが、氏名が漏れました", {P}),
    ("要配慮個人情報は含まれていないと聞いています。顧客情報は流出しました", {P}),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_negated_mentions_do_not_count(text: str, expected: set[DataKind]) -> None:
    """A mention denied in its own clause (「含まれていない」) is left out."""
    assert find_data_kinds(text) == expected


STILL_COUNTED = [
    ("カード番号が含まれていないか確認中です", {F}),  # hedged: may be involved
    ("カード番号が漏えいし、原因はわかっていない", {F}),  # the negation is another clause
    ("病歴が漏れた可能性は否定できない", {S}),
    ("顧客名簿が見当たらない", {P}),  # missing, not denied
    ("顧客データが暗号化されて開けなくなった", {P}),
]


@pytest.mark.parametrize(("text", "expected"), STILL_COUNTED)
def test_hedges_and_losses_still_count(text: str, expected: set[DataKind]) -> None:
    """A hedge, a negation in another clause, or a loss does not deny the data."""
    assert find_data_kinds(text) == expected


NOT_DATA = [
    "個人情報保護委員会に報告しました",
    "個人情報保護法に基づいて対応します",
    "システム障害が発生しました",
    "通信障害でつながりません",
    "ウイルスの検査結果を待っています",
]


@pytest.mark.parametrize("text", NOT_DATA)
def test_names_and_outages_are_not_data(text: str) -> None:
    """「個人情報保護委員会」 and 「システム障害」 name no leaked data."""
    assert find_data_kinds(text) == frozenset()


def _data() -> dict[str, Any]:
    return copy.deepcopy(config.read(FILE))


BROKEN = [
    (("kinds", "medical"), ["病歴"], "kinds.medical", "unknown"),
    (("kinds", "financial"), [], "kinds.financial", "must not be empty"),
    (("kinds", "personal"), ["氏名", 3], "kinds.personal", "non-string"),
    (("ignore",), "個人情報保護委員会", "ignore", "list"),
    (("extra",), [], "extra", "unknown"),
]


@pytest.mark.parametrize(("path", "value", "key", "reason"), BROKEN)
def test_bad_file_names_file_key_and_reason(
    path: tuple[str, ...], value: object, key: str, reason: str
) -> None:
    """A typo in nlu_data_kinds.toml fails with the file, the key and why."""
    data = copy.deepcopy(_data())
    table = data
    for part in path[:-1]:
        table = table[part]
    table[path[-1]] = value
    with pytest.raises(ConfigError) as info:
        parse_vocabulary(data)
    assert (info.value.file, info.value.key) == (FILE, key)
    assert reason in info.value.reason


def test_missing_kind_is_named() -> None:
    """A kind left out of the file is reported by its key."""
    data = _data()
    del data["kinds"]["sensitive"]
    with pytest.raises(ConfigError) as info:
        parse_vocabulary(data)
    assert info.value.key == "kinds.sensitive"
