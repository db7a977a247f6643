"""Who writes is not who found it; a price or our adviser's advice is no report (rule 3)."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

_INTRO = [
    # A team introducing the writer, nothing said of how it came to light: unknown.
    ("情シスです。倉庫のタブレットが1台なくなっていました", None),
    ("情シスの佐藤です。出張先でノートPCを置き引きされました", None),
    ("総務部です、顧客名簿の入ったUSBを紛失しました", None),
    ("こちら情シスです。社用スマホが盗まれました", None),
    # The team as the finder, or the writer telling what they did to find it: self.
    ("情シスが気づきました。共有フォルダが暗号化されています", "self"),
    ("発見：情シス", "self"),
    ("情シスです。今朝EDRで検知した不審な通信の件です", "self"),
    # The introduction beside an outsider's report: the outsider told.
    ("情シスです。監視会社から不審な通信があると連絡がありました", "external_report"),
    ("情シスです。取引先から変なメールが届いていると問い合わせがありました", "third_party"),
]

_ADVICE = [
    # A price quoted or our adviser's advice: no report of the incident.
    ("弁護士からは回答書の作成に40万かかると言われました", None),
    ("弁護士から公表した方がいいと言われました", None),
    ("代理店からは早めに警察へ相談するようにと言われています", None),
    # A rights holder's lawyer's claim, or a customer telling us: a report.
    ("弁護士から、写真の無断使用について通知が届いた", "third_party"),
    ("取引先から請求書のメールが偽物だと言われました", "third_party"),
]


@pytest.mark.parametrize(("text", "expected"), _INTRO)
def test_a_self_introduction_names_the_writer_not_the_finder(
    text: str, expected: str | None
) -> None:
    detection = read_message(text).detection
    assert (detection.value if detection else None) == expected


@pytest.mark.parametrize(("text", "expected"), _ADVICE)
def test_a_quoted_price_or_advice_is_no_report(text: str, expected: str | None) -> None:
    detection = read_message(text).detection
    assert (detection.value if detection else None) == expected
