"""An attack stated in a sentence that ends on its noun (「…に感染。」) or confirmed before a
doubt of the recovery (「復旧のめどは不明」) stays confirmed: a next sentence with a subject
of its own, or a doubt of the aftermath, says another thing (tests/data/README.md rule 2:
the confirmed type; rule 4: access found)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


NOUN_ENDED: list[Row] = [
    (["総務の端末がランサムウェアに感染。共有フォルダへの影響は確認中です"], "malware", "found"),
    (
        ["通販サイトに不正ログイン。カード情報の流出有無は調べています"],
        "unauthorized_access",
        "found",
    ),
    (["ホームページが改ざん。閲覧者への影響はまだわかりません"], "unauthorized_access", "found"),
    # A doubt with no subject of its own, or one said in the same sentence, is the attack's.
    (["ウイルス感染。まだ確認できていません"], "suspected", None),
    (["ランサムウェアかも。原因は不明"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), NOUN_ENDED)
def test_a_noun_ended_statement_is_not_doubted_by_the_next_subject(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


AFTERMATH: list[Row] = [
    (
        ["倉庫管理システムがランサムウェアにやられました。復旧のめどは不明"],
        "malware",
        "found",
    ),
    (
        ["会員サイトに不正アクセスがありました。被害額はまだ分かりません"],
        "unauthorized_access",
        "found",
    ),
    (
        ["サーバーへの侵入を確認しました。サービス再開の見通しは不明です"],
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), AFTERMATH)
def test_a_doubt_of_the_recovery_leaves_the_attack_confirmed(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
