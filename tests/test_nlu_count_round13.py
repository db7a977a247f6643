"""Counts missed in sets 8 to 27 (wave 13), by class: slips counted by their consignees,
municipal forms, records said lost, 分 typed apart, and records on a store said damaged."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

# 「伝票の束（荷受人400件分）」: one consignee a slip, so records of persons. Near misses:
# something else between the person word and the count, or no count of records.
CONSIGNEES: list[tuple[str, int | None]] = [
    ("宅配の控えを落としました。届け先 62件分です", 62),
    ("送り状のファイル（受取人120件分）を車に置き忘れて盗まれました", 120),
    ("配達員が伝票を紛失、お届け先 30件分 の住所が書いてあります", 30),
    # Near misses
    ("お届け先から問い合わせが5件ありました", None),
    ("荷受人に連絡したところ3件は受取済みでした", None),
]


@pytest.mark.parametrize(("text", "expected"), CONSIGNEES)
def test_slips_counted_by_their_consignees(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# 「住民異動届の書類（約2,300件分）」: a form about one resident is a record of a person.
FORMS: list[tuple[str, int | None]] = [
    ("転入届の控え約80件分を誤って廃棄しました", 80),
    ("窓口で受け付けた届出書 45件を紛失しました", 45),
    # Near miss: the form named, the count of machines
    ("転入届の受付端末 3台が故障しました", None),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_municipal_forms_count_residents(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# 「約150件分は行方がわかりません」: records whose whereabouts are unknown are lost records.
LOST: list[tuple[str, int | None]] = [
    ("回収できたのは一部で、約90件分は行方がわかりません", 90),
    ("申込書のうち40件は所在不明のままです", 40),
    # Near miss: found again; and a count of inquiries
    ("行方不明だった書類は全部見つかりました", None),
]


@pytest.mark.parametrize(("text", "expected"), LOST)
def test_records_said_lost(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# 「協力会社の作業員 計96名 分」: 分 typed apart still makes the count 「…分」; not when it
# begins a word (分かれる, 分析).
SPACED: list[tuple[str, int | None]] = [
    ("名簿入りのカバンを盗まれました。派遣スタッフ 計40名 分", 40),
    ("顧客名簿を紛失。お客様 25名 分です", 25),
    # Near misses: 分 starts a word, and a count of our staff
    ("担当者3人 分かれて対応しています", None),
]


@pytest.mark.parametrize(("text", "expected"), SPACED)
def test_bun_typed_apart(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# After ransomware, records kept on the store the attack hit (named back with 当該/同) or
# named as the affected records (対象となる情報) were damaged: victims though none leaked.
DAMAGED: list[tuple[str, int | None]] = [
    (
        "ランサムウェアによるファイルの暗号化を確認しました。調査の結果、当該サーバーには"
        "会員約3,000名分の氏名が保存されていました。外部への流出は確認されておりません。",
        3000,
    ),
    (
        "ランサムウェアに感染し、端末が暗号化されました。対象となる情報は、顧客管理システムに"
        "登録されているお客様500名分の氏名・住所です。流出は確認されておりません。",
        500,
    ),
    # Near misses: no attack that damages data; an attack said to have damaged nothing
    (
        "不正アクセスの調査の結果、当該サーバーには会員約3,000名分の氏名が保存されていました。"
        "外部への流出は確認されておりません。",
        None,
    ),
    (
        "ランサムウェアの攻撃を受けましたが、被害はありませんでした。なお、当該サーバーには"
        "会員2,000名分の情報が保存されています。外部への流出は確認されておりません。",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), DAMAGED)
def test_records_on_a_damaged_store(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected
