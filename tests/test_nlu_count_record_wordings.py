"""Record counts (件) said without a word for their data right before them, in three
wordings of set 38–39 chat: the tally of harm after a leak (「被害件数は…件」), accounts
logged into (「…件ログインされた」), and records' worth shown in a cleft (「写ってたのは…件分」).
Each counts persons (labelling rule 7). Our own sentences, with near misses.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

COUNTED: list[tuple[list[str], int | None]] = [
    # A tally of harm after persons' data was said leaked in the message.
    (["会員の住所と電話番号が流出しました。被害件数は約300件です"], 300),
    (["通販サイトからクレジットカード番号が抜かれていました。被害数は65件です"], 65),
    # Near misses: a statistic of incidents, money taken, data named but not said leaked.
    (["警察庁によると、昨年のランサムウェアの被害件数は150件でした"], None),
    (["ネットバンキングで不正送金があり、被害件数は3件でした"], None),
    # Accounts logged into by someone else: one member each.
    (["ポイントサイトにリスト型攻撃があり、会員アカウントに540件ログインされていました"], 540),
    (["調べたら、ほんまに97件ログインされとったわ"], 97),
    (["会員サイトで230件不正ログインされたことが分かりました"], 230),
    # Records' worth shown in a cleft on an exposure.
    (["配信動画の背景に顧客名簿が映り込んでいました", "映ってたのは22件分です"], 22),
    (["見えていたのは9件分だけです"], 9),
    # Near misses: a bare 件 in the cleft may count files; no exposure verb.
    (["写っていたのは3件です"], None),
    (["削除したのは40件分です"], None),
]


@pytest.mark.parametrize(("messages", "expected"), COUNTED)
def test_record_counts_in_these_wordings(messages: list[str], expected: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == expected
    assert facts.get("corporations") is None
