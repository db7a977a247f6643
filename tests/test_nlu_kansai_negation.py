"""Kansai negation (「せえへん」「言わへん」) denies like ない.

Our own sentences. Set 25, written blind in regional speech, said 「公表はせえへん」 and the
reading took it as announced: UniDic tags that へん as an auxiliary, and only the standard
negations were listed. The noun 辺 (「この辺」) negates nothing.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[str, str, object]] = [
    ("公表はせえへん方針や", "announced", False),
    ("うちは公表せえへんつもりです", "announced", False),
    ("HPには載せへんで、公表はせえへん", "announced", False),
    ("公表はもうしたで", "announced", True),
    # 辺 is a place, not a negation: the announcement stays affirmed.
    ("この辺の経緯はHPで公表しました", "announced", True),
]


@pytest.mark.parametrize(("text", "fact", "value"), CASES)
def test_kansai_negation(text: str, fact: str, value: object) -> None:
    assert predict([text])[0][fact] == value
