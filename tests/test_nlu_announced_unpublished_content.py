"""Announced, when what leaked is content not yet made public (class: unpublished content).
「未公表の情報」「非公表の資料」 name the leaked matter, not whether the incident was announced;
「未公表のまま」「非公表の扱い」 still say it was not. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CONTENT = [
    ("来月発売の製品に関する未公表の情報が取引先から外部に漏れました。", None),
    ("メールを誤送信し、未公表の資料を社外の方に送ってしまいました。", None),
    ("決算の未発表の数値が含まれたファイルを置き忘れました。", None),
    ("非公表の情報を含む会議の内容がSNSに書き込まれました。", None),
    ("ウイルスに感染し、未公表の新製品の図面が盗まれた可能性があります。", None),
]

# Still about announcing the incident.
STATE = [
    ("ウイルスに感染しました。本件は未公表のままです。", False),
    ("不正アクセスがありましたが、非公表の扱いとしています。", False),
    ("未公表の情報が漏れた件、昨日HPで公表しました。", True),
    ("誤送信がありました。公表はしていません。", False),
]


@pytest.mark.parametrize(("text", "expected"), CONTENT)
def test_unpublished_content_says_nothing_of_announcing(text: str, expected: bool | None) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is expected


@pytest.mark.parametrize(("text", "expected"), STATE)
def test_the_incident_unannounced_still_reads(text: str, expected: bool | None) -> None:
    facts, _, _ = predict([text])
    assert facts["announced"] is expected
