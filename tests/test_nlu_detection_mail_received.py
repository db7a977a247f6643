"""A mail received as a favour tells who told us, as a LINE or a call does.

「お客様から「…」とメールをいただいて気づきました」: いただく, もらう or 頂戴する a mail from
someone is their report (labelling rule 3), where it read as our own noticing or as nothing;
a 誤送信 found after it is what came to light, not a mail we sent out. A mail we sent, a
price quoted, or an investigator's findings tell no detection.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

CASES: list[tuple[str, Detection | None]] = [
    ("会員さんからメールもらって、パスワードが勝手に変えられてるって", THIRD),
    ("お客様より、身に覚えのない注文があるとのメールを頂戴しました", THIRD),
    ("読者の方から「写真が丸見えです」とメールをいただいて、初めて設定ミスに気づきました", THIRD),
    # What came to light after the mail, named by a sending noun, is no mail we sent out.
    ("取引先の方から、添付ファイルが別の会社宛てだとメールをいただき、誤送信が分かりました", THIRD),
    ("送り先の事務所からメールを頂き、FAXの誤送信が判明しました", THIRD),
    # Near misses: our own mail, a quote, a finding ordered once we knew, a request.
    ("お客様全員にお詫びのメールを送りました。誤送信の件です", None),
    ("業者から見積もりのメールをもらいました。調査費は80万円です", None),
    ("フォレンジック業者から、調査の結果、侵入の痕跡はなかったとメールをいただきました", None),
    ("詳しいことはメールをいただければ折り返します", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_mail_received_names_who_told(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
