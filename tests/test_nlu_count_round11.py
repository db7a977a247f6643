"""Counts missed or misread in sets 2 to 25 (wave 11), by class: person data said politely
or after a word that alone counts no persons, a group said to be none in a breakdown."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

# 「お客様300件のお名前・ご住所」: お名前 is 氏名 said politely; a mail address, a name or an
# address after 配信先 / 問い合わせ is one person's. Near misses stay unknown: inquiries,
# mails sent, records of no persons.
PERSON_DATA: list[tuple[str, int | None]] = [
    ("紛失した端末には、お客様300件のお名前・ご住所が保存されていました。", 300),
    ("盗まれたノートには会員様45件のお名前とお電話番号を控えていました。", 45),
    ("委託先から、配信先メールアドレス 2,400件 が流出したと連絡がありました。", 2400),
    ("不正アクセスにより、問い合わせ者の氏名 120件が閲覧された可能性があります。", 120),
    # Near misses
    ("サイトが改ざんされ、お客様から問い合わせ10件ほど来ています。", None),
    ("メルマガの配信先 5,000件に誤った案内を送りました。", None),
    ("お名前の入力欄が表示されない不具合が3件ありました。", None),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_DATA)
def test_person_data_said_politely_or_after_a_non_person_word(
    text: str, expected: int | None
) -> None:
    assert read_message(text).individuals == expected


# 「法人のお客様が7社、個人のお客様はいませんでした」: in a breakdown, a group said to be none is
# 0, not unknown. Alone (no count of the other group) it is not read.
NONE_SAID: list[tuple[str, int | None, int | None]] = [
    ("被害の内訳は、法人のお客様が3社、個人のお客様はいませんでした。", 0, 3),
    ("件数: 個人 1,250 / 法人 なし", 1250, 0),
    ("影響は個人会員 400名、法人会員は0です", 400, 0),
    ("個人の方は該当なし、法人顧客5社の担当者情報が流出しました。", 0, 5),
    # Near misses: no breakdown, or 個人/法人 inside another word.
    ("法人はなしで、個人はまだ数えています。", None, None),
    ("個人情報はありませんでした。法人のお客様2社の見積書が流出しました。", None, 2),
    ("社団法人なしでも構いません。会員120名の名簿が流出しました。", 120, None),
]


@pytest.mark.parametrize(("text", "individuals", "corporations"), NONE_SAID)
def test_a_group_said_to_be_none_beside_a_count(
    text: str, individuals: int | None, corporations: int | None
) -> None:
    reading = read_message(text)
    assert (reading.individuals, reading.corporations) == (individuals, corporations)


# 「取引先歯科医院（14医院）からお預かりしている技工指示書」: companies that entrusted us with
# records about their customers or patients are the principals, not victims. Their own data
# (図面, 技術資料) entrusted still counts them.
PRINCIPALS: list[tuple[str, int | None]] = [
    ("顧問先（5社）からお預かりしている顧客名簿を入れたUSBメモリを紛失しました。", None),
    ("提携クリニック12医院から預かった患者情報が、ランサムウェアで暗号化されました。", None),
    # Near misses: the companies' own data, or the companies named as owners of the records.
    ("取引先8社からお預かりした図面データが流出した可能性があります。", 8),
    ("不正アクセスにより、取引先6社の見積書が流出しました。", 6),
]


@pytest.mark.parametrize(("text", "expected"), PRINCIPALS)
def test_principals_of_records_about_persons(text: str, expected: int | None) -> None:
    assert read_message(text).corporations == expected


# 「名前が出たのは先方の社員３名です」: another company's staff whose data it was are victims;
# our own staff handling it or whose PC it was are not.
OTHER_PARTY_STAFF: list[tuple[str, int | None]] = [
    ("誤送信したファイルに載っていたのは取引先の社員4名の氏名です。", 4),
    ("SNSに名前が出ちゃったのは先方の担当者２名です", 2),
    # Near misses: our own people.
    ("今こっちは社員５名で対応中です", None),
    ("社員3名のパソコンがウイルスに感染しました。", None),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_PARTY_STAFF)
def test_another_partys_staff_are_victims(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# 「受診者2名の通知書を別の受診者様宛ての封筒に封入」: examinees are persons whose records a
# clinic holds, as 患者 are. A count of staff or of mails sent stays unknown.
EXAMINEES: list[tuple[str, int | None]] = [
    ("封入ミスにより、受診者3名の結果通知書を別の方に郵送してしまいました。", 3),
    ("健診の受診者5名分の問診票が所在不明です。", 5),
    # Near misses
    ("健診センターの職員2名が封入作業をしていました。", None),
    ("受診者から問い合わせ10件がありました。", None),
]


@pytest.mark.parametrize(("text", "expected"), EXAMINEES)
def test_examinees_are_persons_whose_records_leaked(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected
