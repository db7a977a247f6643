"""Counts missed or misread in blind sets 20 and 21, by class: the numerals they are written
in, a population said as background, 分 left in kana, a chat's space after a bare count,
the persons a cleft says were shown, records on a store infected by ransomware."""

from __future__ import annotations

import pytest

from nlu.counts import find_numerals
from nlu.evaluate import predict
from nlu.extract import read_message
from nlu.normalize import normalize

# Full-width digits with 万/千, kanji, decimals, commas: the numeral reader reads them all.
NUMERALS: list[tuple[str, int]] = [
    ("１万２千", 12000),
    ("1万2千", 12000),
    ("一万二千", 12000),
    ("1.2万", 12000),
    ("12,000", 12000),
    ("約１万２千名分", 12000),
    ("２名", 2),
    ("４万５千人", 45000),
]


@pytest.mark.parametrize(("written", "value"), NUMERALS)
def test_numerals_in_every_form(written: str, value: int) -> None:
    assert [n.value for n in find_numerals(normalize(written))] == [value]


# The size of a population whose data the text never says was hit is background.
POPULATIONS: list[tuple[str, int | None]] = [
    (
        "協会の会員に不審なメールが届いています。不正アクセスの可能性を調べています。会員数は約800人。",
        None,
    ),
    ("複数の利用者から問い合わせがあり、サーバーを調査中。同サービスの利用者数は約3,000人", None),
    ("会員から「変なメールが来た」と連絡がありました。うちの会員数は1,200名です", None),
    # Near misses: the population's data is said hit, or the number stands alone.
    ("会員情報が不正アクセスで流出しました。会員数は1.5万人です", 15000),
    ("会員データが漏れたと連絡がありました。会員の皆様にお詫びします。会員数は2,300名", 2300),
    ("会員数は３万２千人", 32000),
]


@pytest.mark.parametrize(("text", "expected"), POPULATIONS)
def test_a_population_said_as_background(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# A count whose 分 is left in kana (「４５名ぶん」) is the same 名分.
KANA_SHARES: list[tuple[str, int | None]] = [
    ("BCCじゃなくてTOで送っちゃいました 取引先の担当者さん４５名ぶん", 45),
    ("名簿の１２０人ぶんが入ったUSBをなくしました", 120),
    ("お客様の情報３００件ぶん流出してました", 300),
    # Near miss: ずいぶん is no share.
    ("ずいぶん前の話ですがPCを２台なくしました", None),
]


@pytest.mark.parametrize(("text", "expected"), KANA_SHARES)
def test_a_share_written_in_kana(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# In a chat a space after a bare count ends its sentence as 。 would.
SPACED: list[tuple[list[str], int | None]] = [
    (
        ["委託先から顧客データが漏れたと連絡ありました", "件数は１万２千件 うちは公表するか検討中"],
        12000,
    ),
    (["顧客情報が流出しました", "件数は800件 詳細はこれから"], 800),
    # Near misses: nothing personal said before; the rest names what else is counted.
    (["サイトが落ちています", "件数は500件 復旧を急いでます"], None),
    (["顧客情報が流出したかもしれません", "件数は20件 問い合わせの数で、被害とは別です"], None),
]


@pytest.mark.parametrize(("messages", "expected"), SPACED)
def test_a_bare_count_ended_by_a_space(messages: list[str], expected: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == expected


# The persons a cleft says were shown or visible (「写っていたのは２名です」) are victims.
CLEFTS: list[tuple[str, int | None]] = [
    ("写っていたのは２名です。投稿は削除済み", 2),
    ("アドレスが見えてしまったのは3名だけです", 3),
    ("チラシに顔が載ってたのは5人です", 5),
    # Near misses: who they were is said after the count; our staff; no exposure verb.
    ("防犯カメラに映っていたのは2人組の男です", None),
    ("写っていたのは社員2名です", None),
    ("来店したのは2名です", None),
]


@pytest.mark.parametrize(("text", "expected"), CLEFTS)
def test_the_persons_a_cleft_says_were_shown(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Records on a store said infected by ransomware are damaged, though none is known leaked.
INFECTED_STORES: list[tuple[str, int | None]] = [
    (
        "調査の結果、会計サーバーがランサムウェアに感染していることが判明しました。"
        "当該サーバーには顧客約4,000名の氏名が保存されておりました。"
        "現時点で情報の外部への流出は確認されておりません。",
        4000,
    ),
    # Near miss: the infected machine is not the store the records are on.
    (
        "社員のPCがランサムウェアに感染しました。ファイルサーバーには顧客約4,000名の氏名が"
        "保存されています。現時点で情報の外部への流出は確認されておりません。",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), INFECTED_STORES)
def test_records_on_an_infected_store(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected
