"""A key followed by a bare 無 with no colon (「公表無」「同意無で発注」), as 情シス write a list
of facts: 無 alone is 無し. Consent missing counts as refused only once money was spent
(labelling rule 6). 有無, 無断 and 無料 are words of their own and deny nothing. Sentences of
our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

ANNOUNCED: list[tuple[str, bool | None]] = [
    ("不正ログイン確認、公表無、見積 50万", False),
    ("ランサム確定/公表無/窓口開設済", False),
    ("侵入無、自社で気づいた、公表無", False),
    ("公表有/窓口開設済", True),
    # A list of keys with colons: 無 is the item before, not a value of 公表.
    ("侵入：無\n公表：未定", None),
    # Near misses: 有無 asks, 無料 is a price, nothing denies the announcement.
    ("公表の有無で補償は変わりますか", None),
    ("公表有無は未定", None),
    ("無料のチェックツールで調べました。公表するか検討中", None),
]

CONSENT: list[tuple[str, bool | None]] = [
    ("同意無で復旧業者に発注しました。120万", False),
    ("侵入あり、公表済、同意無で調査済み 300万", False),
    # Near misses: nothing said to be spent, or the word is another one.
    ("同意無", None),
    ("同意の有無はまだ確認していません", None),
    ("無断でHPの写真を使われた件、同意も何もないです", None),
]


@pytest.mark.parametrize(("message", "announced"), ANNOUNCED)
def test_bare_mu_after_announced_denies_it(message: str, announced: bool | None) -> None:
    facts, _, _ = predict([message])
    assert facts["announced"] is announced


@pytest.mark.parametrize(("message", "consent"), CONSENT)
def test_bare_mu_after_consent_with_spending_is_refused(message: str, consent: bool | None) -> None:
    facts, _, _ = predict([message])
    assert facts["consent"] is consent
