"""A report expected, waited for or supposed (「取引先から連絡が来るかもしれない」「連絡が
あれば対応します」) has not been made: it says nothing of how the incident was found."""

from __future__ import annotations

import pytest

from nlu.extract import read_message

PENDING: list[tuple[str, str | None]] = [
    ("ランサムウェアに感染したようです。そのうち取引先から問い合わせが来るかもしれません", None),
    ("不正ログインされたみたい。銀行から連絡が来るまで様子を見ます", None),
    ("サイトが改ざんされていた。保守会社から報告があれば共有します", None),
    ("ウイルス感染が分かった。警察から連絡がありましたら対応します", None),
    ("メールの誤送信をしてしまった。先方から連絡が入り次第お詫びします", None),
    ("情報漏えいの疑いがある。監視センターからの報告待ちです", None),
    ("PCが感染した。カード会社から連絡が来る予定です", None),
    # Near misses: a report that came.
    ("取引先から問い合わせが来て、ランサムウェア感染が発覚しました", "third_party"),
    ("銀行から連絡があり、不正送金に気づきました", "third_party"),
    ("監視会社から報告があって、サイトの改ざんが分かった", "external_report"),
    ("ウイルスに感染してから、取引先から苦情が来るようになった", "third_party"),
    ("監視会社から通報が入り次第、サーバーを調べて改ざんを確認した", "external_report"),
    ("カード会社から連絡がなければ気づかないままでした。不正アクセスされていた", "third_party"),
]


@pytest.mark.parametrize(("text", "expected"), PENDING)
def test_a_report_not_yet_made_is_no_detection(text: str, expected: str | None) -> None:
    detection = read_message(text).detection
    assert (detection.value if detection is not None else None) == expected
