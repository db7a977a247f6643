"""A check for whether an attack happened, then its bare outcome (「不正アクセスの有無を調べて
もらったけど、なかったです」): the investigation's conclusion (tests/data/README.md rule 4), found
or not found; an outcome still awaited, hedged, asked, a condition, another party's, or one with
a subject of its own settles nothing about access."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


def _access(messages: list[str]) -> object:
    facts, _, _ = predict(messages)
    return facts["unauthorized_access"]


OUTCOMES: list[Row] = [
    (["ベンダーにサーバーへの侵入の有無を見てもらいましたが、なかったです"], "not_found"),
    (["SOCからアラート→侵入有無の確認→なし。費用は50万"], "not_found"),
    (["ウイルス感染の疑いで業者に来てもらい、調べてもらったら何も出てこなかったです"], "not_found"),
    (["不正ログインの有無を調査した結果、ありでした"], "found"),
    # Not an outcome of the check: awaited, hedged, a condition, asked, someone else's,
    # or about something else (its own subject).
    (["不正アクセスの有無を調べてもらってますが、まだ結果はわからないです"], None),
    (["侵入の有無を確認してもらったら、なかったかもしれないとのこと"], None),
    (["不正アクセスの有無を調べて、なかったら保険は出ますか？"], None),
    (["侵入の有無を調べてもらった結果、なかったですか？"], None),
    (["取引先が不正アクセスの有無を調べたら、なかったそうです"], None),
    (["不正アクセスの有無を調べたけど、情報の流出はなかった"], None),
    (["監視会社から通報を受け、現在、外部の会社により侵入の有無を調査中である。"], None),
    (["ウイルス感染の有無を確認しているところです、何もないといいのですが"], None),
]


@pytest.mark.parametrize(("messages", "access"), OUTCOMES)
def test_a_whether_checks_bare_outcome_is_its_conclusion(
    messages: list[str], access: str | None
) -> None:
    assert _access(messages) == access
