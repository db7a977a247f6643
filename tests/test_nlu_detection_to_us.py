"""Who found it (`detection`) when the report is addressed to us: a security operator's
letter to 御中 or 貴社, our staff telling us, a call typed in kana, a notice reaching our
own head.

The spec's "External report" is a security or network operator reporting; one of us is
self; a wrong value is worse than none, so near misses stay unknown.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

# 「SOCよりご連絡いたします」 in a letter to us is the operator's humble report to us.
OPERATORS_LETTER: list[Case] = [
    (
        "情報システム部 御中\n監視センターよりご報告いたします。"
        "貴社サーバーでマルウェアの通信を検知しました。",
        EXTERNAL,
    ),
    (
        "株式会社△△ ご担当者様\nレンタルサーバー会社よりご連絡いたします。"
        "貴社サイトが改ざんされています。",
        EXTERNAL,
    ),
    (
        "システム管理室 御中\nセキュリティ監視サービス（MSS）よりご連絡いたします。"
        "不正アクセスを検知しました。",
        EXTERNAL,
    ),
    # Our own notice, to customers: we tell, nobody told us.
    ("お客様各位\n当社よりご連絡いたします。不正アクセスが発生しました。", None),
    ("お取引先各位\n弊社よりご報告いたします。ランサムウェアに感染しました。", None),
]

# 「経理の子が…って言ってきました」: our staff (a department's 子, 人, さん) telling us.
STAFF_TELLING_US: list[Case] = [
    ("総務の子が、共有フォルダのファイルが開けないって言ってきました。ランサムウェアでした", SELF),
    ("営業さんが、送ったメールの宛先が違ってたと報告してくれました。誤送信です", SELF),
    ("社員が、画面に脅迫文が出てるって言ってきました。ランサムウェアに感染していた", SELF),
    # What the staff did, someone else's staff, or an outsider named as the one who told.
    ("経理の子がメールを誤送信しました", None),
    ("取引先の経理の人が、請求書メールが変だと言ってきました。不正アクセスされていた", None),
    ("社員が、警察から連絡があったと言ってきました。不正アクセスされていた", EXTERNAL),
]

# A call typed in kana (「でんわきました」) is a report as 電話きました is.
CALL_IN_KANA: list[Case] = [
    ("おきゃくさんからでんわがあって、個人情報がもれてるって", THIRD),
    ("取引先からでんわきて、うちから変なメールが来てるって。不正アクセスされてた", THIRD),
    # A call we made, or a phone that is only a thing.
    ("おきゃくさんにでんわしてあやまりました。メールを誤送信していた", None),
    ("でんわきれてた。ランサムウェアに感染した", None),
]

# A system's notice reaching one of our own heads is his own finding.
NOTICE_TO_OUR_HEAD: list[Case] = [
    ("社長のPCにアラートが来た。ランサムウェアに感染していた", SELF),
    ("院長本人のスマホに、不審なログインの通知メールが届きました。不正アクセスされていた", SELF),
    ("店長に、海外からのログインを知らせる通知が届いた。不正アクセスされていた", SELF),
    # Not a notice, someone else's head, an outsider sending it, or none came.
    ("社長のスマホに脅迫メールが届いた。ランサムウェアに感染していた", None),
    ("取引先の社長のスマホに通知が届いた。不正アクセスされていた", None),
    ("社長のスマホに、警察から通知が届いた。不正アクセスされていた", EXTERNAL),
    ("社長のスマホに通知が届かなかった。不正アクセスされていた", None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    OPERATORS_LETTER + STAFF_TELLING_US + CALL_IN_KANA + NOTICE_TO_OUR_HEAD,
)
def test_who_found_it_when_told_to_us(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
