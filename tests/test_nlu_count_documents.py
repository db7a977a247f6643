"""Victim counts by the documents counted: sheets of a document about one person (名刺,
履歴書, 源泉徴収票), and records kept on a store a ransomware attack encrypted."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict
from nlu.extract import read_message

# Each business card, CV or tax slip is one person's data: as many sheets, as many persons.
SHEETS: list[tuple[str, int | None]] = [
    ("盗まれたスマホには、お客様の名刺約800枚分の画像が入っていました", 800),
    ("展示会でもらった名刺を300枚ほど紛失しました", 300),
    ("応募者の履歴書12通を別の会社にメールしてしまいました", 12),
    ("鞄には取引先担当者の名刺が45枚入っていました", 45),
    ("誤って2通の源泉徴収票を別のお客様に郵送しました", 2),
    # Near misses: sheets of no one's data, our own cards, a hedged number, plain papers.
    ("会社案内のパンフレット500枚を誤って廃棄しました", None),
    ("新しい名刺を100枚作りました", None),
    ("名刺たぶん200枚くらい入ってました", None),
    ("会議の書類30枚を電車に置き忘れました", None),
    ("チラシ1,000枚を配りました", None),
]


@pytest.mark.parametrize(("text", "expected"), SHEETS)
def test_sheets_of_a_document_about_one_person(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# A document about one person names personal data: the count of persons said with it is the
# victims', as with 「お客様1名の個人情報」.
ONE_PERSON_DOCUMENTS: list[tuple[str, int | None]] = [
    ("顧問先様1名の源泉徴収票を、別の事業者様へFAXしてしまいました", 1),
    ("受講生3名の診断書を別の受講生に送ってしまいました", 3),
    ("申込者2名の申込書が所在不明です", 2),
    # Near misses: a count of our staff who did it, and of those who received it.
    ("担当者1名が誤って送信しました。送ったのは見積書です", None),
    ("顧問先様1名から、書類が届いていないとご連絡がありました", None),
]


@pytest.mark.parametrize(("text", "expected"), ONE_PERSON_DOCUMENTS)
def test_a_document_about_one_person_names_personal_data(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# Records kept on a store the ransomware encrypted were damaged (毀損): their persons are
# victims though no leak is known. Kept on a store not said to be hit, or on a PC that is
# encrypted to protect it, they are records kept, not victims.
DAMAGED_STORES: list[tuple[str, int | None]] = [
    (
        "ファイルサーバーがランサムウェアに感染しました。暗号化されたサーバーには会員約3,400名分の"
        "情報が保存されていました。現時点で流出は確認されておりません。",
        3400,
    ),
    (
        "ランサムウェアで暗号化されてしまったNASには、顧客2,100件の住所録が保存されていました。"
        "情報流出は確認されていません。",
        2100,
    ),
    # Near misses: kept on the server, not said to be encrypted; a PC encrypted to protect it.
    (
        "ランサムウェアに感染しました。サーバーには会員約3,400名分の情報が保存されていました。"
        "現時点で流出は確認されておりません。",
        None,
    ),
    (
        "サーバーに不正アクセスの可能性があります。データは暗号化されており、会員約3,400名分の"
        "情報が保存されていました。現時点で流出は確認されておりません。",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), DAMAGED_STORES)
def test_records_on_a_store_the_attack_encrypted(text: str, expected: int | None) -> None:
    facts, _, _ = predict([text])
    assert facts.get("individuals") == expected
