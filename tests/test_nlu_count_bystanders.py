"""Counts of those an incident touched otherwise than through their data are no victims:
people kept from a service while it was down, the companies the company supplies, those a
suspicion that came to nothing only worried."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

# People who could not book, be seen or pay while a system was down: no data of theirs hit.
OUTAGES: list[tuple[str, int | None]] = [
    ("DDoS攻撃でサイトが止まり、予約ができなかったお客様は約8,000人と見られます", None),
    ("システム停止により、外来患者約600人の受診に遅れが出ました", None),
    ("ランサムウェアで受付システムが止まり、来院した患者さん120名の診療に支障が出た", None),
    ("通販サイトがつながらず、約3万人が購入できない状態が続いた", None),
    ("サーバーダウンで、利用者約2,500人の決済が一時中断した", None),
    ("会員約4,000人がログインしづらい状態になった", None),
    ("予約の変更を希望する患者約40人には電話で連絡した", None),
    ("システム停止で、予約のキャンセルをお願いしたお客様は約300名です", None),
    # Served by hand while the system was down (「紙のカルテで…対応を続けている」).
    ("電子カルテが使えず、紙のカルテで入院患者約250人への対応を続けている", None),
    ("受付システムが停止したため、手書きで患者さん80人の受付を継続しました", None),
    # Near misses: data was hit, or the count is said of the data, beside the outage.
    ("不正アクセスで会員約3,000人の個人情報が流出し、サイトも利用できなくなった", 3000),
    ("ランサムウェアで顧客データ約5,000件が暗号化され、利用できなくなりました", 5000),
    ("サイトを利用した約2,000人のカード情報が漏えいしたおそれ", 2000),
    ("予約サイトが改ざんされ、予約者1,200人の氏名と電話番号が流出しました", 1200),
    ("予約システムの障害で、お客様約800人の予約情報が閲覧できる状態になっていた", 800),
    ("予約情報が変更された患者約40人に連絡しました", 40),
    ("情報が流出した患者約250人への対応を続けている", 250),
    ("対象のお客様約2,000名への対応を続けております", 2000),
    ("顧客情報が流出しました。お客様約300名への対応を続けております", 300),
    ("不正アクセスにより、影響を受けたお客様は約1,500名です", 1500),
]


@pytest.mark.parametrize(("text", "expected"), OUTAGES)
def test_people_kept_from_a_service_are_no_victims(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# 「Nの取引先」 describes the company by whom it supplies; those companies are no victims.
RELATIONS: list[tuple[str, int | None]] = [
    ("当社は大手家電メーカー5社の1次取引先で、ランサムウェアに感染しました", None),
    ("同社は従業員約200人、県内の建設会社12社の下請けとして工事を請け負う", None),
    ("ウイルス感染で出荷が止まりました。うちは食品メーカー4社の納入業者です", None),
    # Near misses: the partners' own data, or partners counted after the word.
    ("不正アクセスで取引先3社の見積書データが流出しました", 3),
    ("メールを誤送信し、3社の取引先情報が漏えいしました", 3),
    ("取引先8社の担当者連絡先が入ったPCを紛失しました", 8),
]


# Customers kept waiting for goods while a plant or a system is down: no data of theirs hit.
DELIVERIES: list[tuple[str, int | None]] = [
    ("工場のサーバーが感染し、得意先約20社への納品に遅れが生じています", None),
    ("システム停止で、取引先12社への出荷ができない状態です", None),
    ("生産管理システムが止まり、顧客8社への部品の供給が遅延しています", None),
    # Near misses: the companies' own data said hit.
    ("取引先12社の納品データが流出しました", 12),
    ("出荷システムが改ざんされ、取引先15社の情報が漏えいしました", 15),
]


@pytest.mark.parametrize(("text", "expected"), DELIVERIES)
def test_companies_kept_waiting_for_goods_are_no_victims(text: str, expected: int | None) -> None:
    assert read_message(text).corporations == expected


@pytest.mark.parametrize(("text", "expected"), RELATIONS)
def test_companies_the_company_supplies_are_no_victims(text: str, expected: int | None) -> None:
    assert read_message(text).corporations == expected


# Whom a notice apologises to for worry, when it says nothing leaked or harmed: no victims.
WORRIED: list[tuple[str, int | None, int | None]] = [
    (
        "調査の結果、不正アクセスの事実は認められませんでした。お取引先様(約120社)には、"
        "ご心配をおかけしたことをお詫び申し上げます。",
        None,
        None,
    ),
    ("不審な通信は誤検知でした。会員の皆様約2,000名には、ご不安をおかけしました。", None, None),
    # Near misses: data named, a leak or harm said, or 迷惑 (said to victims).
    ("顧客情報が流出しました。お客様300名には、ご心配をおかけしております。", 300, None),
    ("取引先15社の見積データにつき、15社にはご心配をおかけしました。", None, 15),
    ("ランサムウェアに感染しました。取引先12社にはご心配をおかけしております。", None, 12),
    ("対象となるお客様約300名には、ご迷惑とご心配をおかけし、深くお詫び申し上げます。", 300, None),
]


@pytest.mark.parametrize(("text", "individuals", "corporations"), WORRIED)
def test_those_only_worried_are_no_victims(
    text: str, individuals: int | None, corporations: int | None
) -> None:
    reading = read_message(text)
    assert (reading.individuals, reading.corporations) == (individuals, corporations)
