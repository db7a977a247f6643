"""The insurer's consent said as a bare value after its word (「同意OK」「同意もOK」「同意yes」).

Our own sentences, in the terse register of agents and key lists; questions and
suppositions with the same words must stay unknown.
"""

from __future__ import annotations

import pytest

from nlu import read_message

GIVEN = [
    "HPで公表済み、保険会社の同意もOK",
    "同意OK、発注しました",
    "ランサム確定、公表no、同意yes",
    "損保の同意OKです",
    "代理店経由で同意もOKでした。",
    "同意済です",
]

NOT_STATED = [
    "同意OKですか？",
    "同意OK？",
    "同意OKなら発注します",
    "たぶん同意OK",
    "同意OKだと思います",
    "お客様の同意もOK",
    "同意OKもらえるかな",
]


@pytest.mark.parametrize("message", GIVEN)
def test_a_bare_value_after_consent_gives_it(message: str) -> None:
    assert read_message(message).consent is True


@pytest.mark.parametrize("message", NOT_STATED)
def test_asked_supposed_or_guessed_consent_stays_unknown(message: str) -> None:
    assert read_message(message).consent is None
