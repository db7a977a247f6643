"""Items sent astray, each one person's: a letter addressed to one resident posted to
another (「入居者さん宛てのご案内を、別の入居者さんに郵送してしまいました。２件です。」), and a
count in brackets closing the sentence that says an item held another's data (「別の方の写しを
同封して送ってしまいました（1件）」): as many persons as items.

Our own sentences. Sets 32 and 35, written blind, left both counts unread: 「別の入居者さん」
was no other person, and the bracketed 「（1件）」 was in the sentence itself, not after it.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

ASTRAY: list[tuple[str, int]] = [
    ("会員さん宛ての更新のお知らせを、別の会員さんに郵送してしまいました。3件です。", 3),
    ("利用者様宛ての請求書を、他の利用者様に送ってしまいました。5通です。", 5),
    ("申請された方に、別の方の証明書の写しを同封して送ってしまいました（1件）。", 1),
    ("窓口で、他のお客様の控えをお渡ししてしまいました（2件）", 2),
]

# Near misses: the count names something else, or no one else's data is said.
NOT_PERSONS: list[str] = [
    "別の会員さんからお問い合わせがありました。3件です。",
    "案内状を郵送しました（120件）。",
]


@pytest.mark.parametrize(("message", "count"), ASTRAY)
def test_items_sent_astray_count_persons(message: str, count: int) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] == count


@pytest.mark.parametrize("message", NOT_PERSONS)
def test_other_counts_of_items_are_no_persons(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] is None
