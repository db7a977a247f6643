"""A quote never starts in the middle of a word: the user reads 「お客様カード…」, not
「様カード…」, so they can find their own words."""

from __future__ import annotations

import pytest

from nlu import read_message

# (message, fact, how the quote must start)
WHOLE_WORDS = [
    (
        "店のお客様カード（紙）の束がなくなってる…たぶん閉店作業のときに捨てちゃったかも",
        "incident_type",
        "お客様カード",
    ),
    (
        "昨日の夕方にUSBメモリ経由で社内端末3台がウイルスに感染しました",
        "unauthorized_access",
        "社内端末3台",
    ),
    (
        "外部のセキュリティ監視サービスにより不正アクセスのおそれを検知したため",
        "incident_type",
        "セキュリティ監視サービス",
    ),
    ("委託先（DM発送業者）で顧客データ5,000件が流出しました", "individuals", "DM発送業者"),
]


@pytest.mark.parametrize(("message", "fact", "start"), WHOLE_WORDS)
def test_a_quote_starts_at_a_word(message: str, fact: str, start: str) -> None:
    evidence = read_message(message).evidence[fact]
    assert evidence.text.startswith(start)


# A quote does not start on a verb that only completes the words before it (「…になって」).
LEANING_VERBS = [
    ("事務所のPCが急に真っ暗になって英語の脅迫文みたいなのが出てる", "incident_type", "英語の"),
    ("サーバーがいきなりおかしくなって画面に身代金を要求する文が出た", "incident_type", "画面に"),
]


@pytest.mark.parametrize(("message", "fact", "start"), LEANING_VERBS)
def test_a_quote_does_not_start_on_a_leaning_verb(message: str, fact: str, start: str) -> None:
    evidence = read_message(message).evidence[fact]
    assert evidence.text.startswith(start)


# A quote that cuts a 「」 takes in its other half, so the user reads a whole bracket.
BRACKETS = [
    ("お客さんから「御社から変なメール来た」って電話、Emotetかも", "detection"),
    ("カード会社より「不正利用の疑いがある」と連絡を受けました", "detection"),
]


@pytest.mark.parametrize(("message", "fact"), BRACKETS)
def test_a_quote_closes_the_bracket_it_opens(message: str, fact: str) -> None:
    text = read_message(message).evidence[fact].text
    assert text.count("「") == text.count("」")
