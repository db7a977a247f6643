"""A reason clause (…から, …ので) ends a clause: a negation after it is the result's, not
the cue's.

Our own sentences. Set 25 told 「ランサムで全部止まっとったから待たれへんかってん」 (we could
not wait, the ransomware had stopped everything) and the reading took the negation of 待つ as
a denial of the attack: access not found. A negation before から stays the cue's own.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[str, str, object]] = [
    ("ランサムで全部止まってたから待てなかった", "unauthorized_access", "found"),
    ("ランサムウェアに感染したので、業者を待てませんでした", "unauthorized_access", "found"),
    ("不正アクセスされたから、もうサーバーは使えない", "unauthorized_access", "found"),
    ("不正アクセスは確認されなかったので安心しました", "unauthorized_access", "not_found"),
    ("侵入はされていないから大丈夫です", "unauthorized_access", "not_found"),
    ("公表したので、問い合わせが止まらない", "announced", True),
    ("公表していないから、問い合わせはまだない", "announced", False),
]


@pytest.mark.parametrize(("text", "fact", "value"), CASES)
def test_a_reason_clause_ends_the_cue_scope(text: str, fact: str, value: object) -> None:
    assert predict([text])[0][fact] == value
