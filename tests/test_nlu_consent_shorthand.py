"""The insurer's consent said as a bare value after its word (「同意OK」「同意もOK」「同意yes」).

Our own sentences, in the terse register of agents and key lists; questions and
suppositions with the same words must stay unknown.
"""

from __future__ import annotations

import pytest

from nlu import read_message
from nlu.evaluate import predict

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


# Set 11, written blind: consent said with the kana とれ (MeCab splits it into と+れ), the
# insurer said to be not yet told (話してない) once work had begun, and a quoted consent
# question answered with the without-doing form of getting it (得ずに発注).
KANA_TORE = [
    "代理店から保険会社の同意とれてます",
    "損保の同意とれました",
]
KANA_TORE_OPEN = [
    "同意とれますか？",
    "同意とれたら発注します",
    "同意とれてないです",
]


@pytest.mark.parametrize("message", KANA_TORE)
def test_consent_written_in_kana_tore_is_given(message: str) -> None:
    assert read_message(message).consent is True


@pytest.mark.parametrize("message", KANA_TORE_OPEN)
def test_kana_tore_asked_supposed_or_denied_is_not_given(message: str) -> None:
    assert read_message(message).consent is not True


REFUSED_TURNS: list[tuple[str, ...]] = [
    ("サーバー復旧を業者に依頼しました。費用は200万です", "保険会社にはまだ話してないです"),
    ("保険会社にはまだ話していません。もう発注しちゃいました",),
    ("> 保険会社の同意は得ていますか？\n得ずに業者に発注しました",),
    ("> 同意は取っていますか？\n取らずにもう契約しちゃいました…80万",),
]
OPEN_TURNS: list[tuple[str, ...]] = [
    ("保険会社にはまだ話してないです",),
    ("> 保険会社の同意は得ていますか？\n得ずに進めるつもりはありません。これから相談します",),
    ("> 保険会社の同意は得ていますか？\nまだです",),
    ("> 公表はしましたか？\nせずに様子を見ています。業者に発注しました",),
    ("同僚にはまだ話してないです。業者に発注しました",),
]


@pytest.mark.parametrize("turns", REFUSED_TURNS)
def test_spent_without_telling_the_insurer_is_a_refusal(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["consent"] is False


@pytest.mark.parametrize("turns", OPEN_TURNS)
def test_missing_consent_with_nothing_spent_stays_open(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["consent"] is None
