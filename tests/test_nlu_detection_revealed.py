"""Who told, when the report is said by its subject, glossed by an alias, or an invoice.

A report that brought the incident to light names its teller as its subject
(「客の1人が事務局に連絡し、発覚した」); a name glossed 「(以下「委託先」)」 is the sender of
the report that follows; an invoice from a rights holder is the claim (spec "Third party").
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

REVEALED_BY_ITS_SUBJECT: list[Case] = [
    ("店員が電話で顧客の住所を話しているのを聞いた男性が本社に連絡し、発覚した。", THIRD),
    ("待合室での会話を聞いていた別の患者が病院に電話してきて判明しました", THIRD),
    ("誤って届いた封書を受け取った住民が市に連絡したことで発覚した。", THIRD),
    ("取引先企業の社員が当社に連絡して判明しました。", THIRD),
    ("研修資料に元の顧客名が残っており、元社員が会社に連絡して発覚した。", THIRD),
    ("監視会社が当社に通報して発覚しました。", EXTERNAL),
    # Our own staff, a system or a tool named as subject names no outside teller.
    ("総務の担当者が課長に報告して発覚しました。", SELF),
    ("システムが警告して判明した。", None),
    # The report came after the incident was known: nothing revealed by it.
    # (客 is a reporter word now, read as お客様 and 顧客 are; a subject no list names keeps
    # this case about the frame alone.)
    ("男性が本社に連絡してきたので、謝罪しました。", None),
    ("顧客情報の流出が発覚したため、当社は警察に連絡しました。", None),
]

ALIAS_OF_THE_SENDER: list[Case] = [
    (
        "当社が配送業務を委託している株式会社ハコブ(以下「委託先」)より、"
        "委託先のサーバーが攻撃を受け、当社顧客の情報が流出したとの報告を受けました。",
        THIRD,
    ),
    (
        "当社が印刷を委託している株式会社プリント(以下「委託先」)から、"
        "同社の端末がウイルスに感染し、名簿が外部に送信されたとの連絡を受けました。",
        THIRD,
    ),
    # An alias without a report after it says nothing of who told.
    ("株式会社プリント(以下「委託先」)に印刷を委託しております。", None),
]

SUFFIX_NAMED_SOURCE: list[Case] = [
    (
        "当会が利用している名簿サービスの運営者より、同社のサーバーが不正アクセスを受け、"
        "当会の会員情報が閲覧された可能性があるとの連絡を受けました。",
        THIRD,
    ),
    ("今年度より、新しい名簿システムを導入しております。", None),
]

INVOICE_FROM_A_RIGHTS_HOLDER: list[Case] = [
    ("ブログに使った写真について、写真家さんから無断使用だと請求書が届きました", THIRD),
    ("イラストレーターから使用料の請求書が来ました", THIRD),
    # An invoice from anyone else (a vendor's bill) says nothing of who found it.
    ("調査会社から請求書が届きました。調査費は80万円です", None),
]

CALL_THAT_CAME: list[Case] = [
    ("別の取引先にリストを送ってしまい、先方から「これ違いますよ」って電話きました", THIRD),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    REVEALED_BY_ITS_SUBJECT
    + ALIAS_OF_THE_SENDER
    + SUFFIX_NAMED_SOURCE
    + INVOICE_FROM_A_RIGHTS_HOLDER
    + CALL_THAT_CAME,
)
def test_detection_read(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
