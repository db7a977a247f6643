"""A provider's own press release, said with what it says quoted before the word
(「勤怠管理クラウドの会社が、不正アクセスを受けたってプレスリリースを出してます」), is its
announcement, not ours (labelling rule 5: a contractor's own announcement is unknown).

Our own sentences. Set 34, written blind, read a user company's chat as announced: the
quote 「…を受けたって」 stood between the provider and the release, and a provider named by
its service (クラウド) was no other party.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

THEIRS: list[str] = [
    "うちで使ってる給与計算クラウドの会社が、不正アクセスを受けたってプレスリリースを出してます。",
    "委託先が、サーバーがランサムウェアに感染したとプレスリリースを出しました。",
    "ベンダーは、顧客情報が流出したって記者会見を開いたそうです。",
]

# Near misses: ours, with what we said quoted.
OURS: list[str] = [
    "当社は、不正アクセスを受けたとプレスリリースを出しました。",
    "うちも、委託先で漏えいがあったってHPで公表しました。",
]


@pytest.mark.parametrize("message", THEIRS)
def test_a_providers_quoted_release_is_not_ours(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["announced"] is None


@pytest.mark.parametrize("message", OURS)
def test_our_own_quoted_release_still_reads(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["announced"] is True
