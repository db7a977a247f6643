"""「社員から、…（長い内容）…と、情報システム部に申告があった」: a report that quotes what it
said, then names whom it was made to, still comes from the one named before the quote,
however long the quote (self for our staff, third party for a customer).

Our own sentences; a report we made to someone (「…と、警察に通報した」) is none received.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

SELF, THIRD = Detection.SELF, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

QUOTED_TO: list[Case] = [
    (
        "総務課の職員から、取引先を名乗る差出人のメールに書かれていたリンク先でクラウドの"
        "ID・パスワードを入力してしまったと、情報システム課に自己申告がありました。",
        SELF,
    ),
    (
        "お客様から、先月注文した商品の確認メールに、見知らぬ別の方の氏名と住所と電話番号が"
        "記載されていたと、コールセンターに連絡がありました。",
        THIRD,
    ),
    # Made by us, not received.
    (
        "サーバーが外部から不正にアクセスされ、顧客情報が持ち出されたおそれがあると、警察に通報しました。",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_TO)
def test_detection_quoted_to(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
