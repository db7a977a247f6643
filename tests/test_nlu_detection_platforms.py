"""Who found it (`detection`) when a platform the company sells or publishes through alerts
it to an attack on its account there: the operator of the service reporting an attack on it,
an external report [interpretation]. A mail in a platform's name (or anyone's) that was a
lure, called fake or whose bait someone took, is the attack and no report of it.

Our own sentences: the negatives must stay unknown, the positives next to them must read the
reporter's category.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

# The platform, then から, the attack on the account it names, and the channel.
PLATFORM_ALERTS: list[Case] = [
    (
        "Googleから『お使いのアカウントへの不審なログイン』と通知、見たら知らない端末が並んでた",
        EXTERNAL,
    ),
    (
        "アマゾンから、出品アカウントへの不正ログインの連絡があり、確認すると商品が書き換えられていました",
        EXTERNAL,
    ),
    # A platform's mail about no attack names no reporter of one.
    ("Googleから『検索結果の順位』についてメール、ついでに相談です", None),
]

# A lure in someone's name: called fake, or its link, attachment or password form used.
LURES: list[Case] = [
    ("Amazonからメールが来て、リンクを開いてしまいました", None),
    ("アマゾンから不正ログインのお知らせメールが届き、パスワードを入力してしまった", None),
    (
        "Googleから『不正アクセスを検知しました』とメールが来ました。本物かわからず開いていません",
        None,
    ),
    ("Amazonから不審なログインの偽メールが来ました", None),
    ("宅配業者から不在通知のSMSが来て、URLを押してしまいました", None),
    # The lure reported by someone else is their report.
    ("取引先から、当社を装ったメールのリンクを開いてしまったと連絡がありました", THIRD),
    ("取引先から、フィッシングメールが届いていると連絡がありました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), PLATFORM_ALERTS + LURES)
def test_detection_platforms(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
