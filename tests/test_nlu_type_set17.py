"""Incident type and unauthorized access: classes of misreadings found on unseen text (sets 16
and 17), one table per class, with sentences of our own asserting what the user would see."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# 攻撃者 names who attacks, not an attack on our systems: credentials found on the attacker's
# server, checked and ruled out, leave a suspicion at most. An attack on ours named by its own
# word (乗っ取られ, 侵入) still is one; checked for and ruled out, it was suspected (rule 2).
ATTACKER_NOUN: list[Row] = [
    (
        [
            "警察から、社員のメールアカウントのパスワードが攻撃者のサーバーで見つかったと連絡が"
            "ありました。調査の結果、不正アクセスの痕跡はありませんでした"
        ],
        "suspected",
        "not_found",
    ),
    (
        [
            "不正アクセスのおそれについて。当社のIDが攻撃者の管理するサイトに掲載されていました。"
            "調査の結果、不正アクセスの痕跡はございませんでした"
        ],
        "suspected",
        "not_found",
    ),
    (["攻撃者の手口について社内で勉強会を開きました"], None, None),
    (
        ["攻撃者の管理するサーバーに顧客のIDとパスワードが載っていたと警察から連絡がありました"],
        None,
        None,
    ),
    (["攻撃者にサーバーを乗っ取られました"], "unauthorized_access", "found"),
    (["攻撃者がVPNから社内ネットワークに侵入しました"], "unauthorized_access", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ATTACKER_NOUN)
def test_attacker_noun_is_no_attack(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A ransom note quoted loosely (「身代金払えみたいなこと書いてある」「身代金を要求するような内容が
# 表示された」) is the note on the screen: ransomware, access found. The みたい is the
# paraphrase's, not a doubt; a doubt said after it, a demand in a mail, or a ransom only
# talked of keep it unconfirmed.
PARAPHRASED_NOTE: list[Row] = [
    (
        ["朝パソコンつけたら、身代金払えみたいなことが書いてあってファイルが開けない"],
        "malware",
        "found",
    ),
    (["身代金を要求するような内容が画面に表示されました"], "malware", "found"),
    (["画面が真っ赤で、身代金みたいな文が出てます。どうしたら"], "malware", "found"),
    (["身代金みたいなことが書いてあるメールが来た"], "suspected", None),
    (["身代金みたいなことが書いてあるけど、感染したかはわからない"], "suspected", None),
    (["身代金を払うみたいな話になるかも"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), PARAPHRASED_NOTE)
def test_paraphrased_ransom_note_is_shown(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# The agent's checklist term for who noticed (外部通報, 自社検知) makes a verdict a bare
# 「外部通報、不正アクセスなし」, no type, even said as a check's outcome (「外部通報を受けて調査
# した結果、不正アクセスはなし」). A suspicion named, or a report narrated by its sender
# (「監視会社からの通報を受けて調査」), was suspected.
CHECKLIST_VERDICT: list[Row] = [
    (["外部通報を受けて調査した結果、不正アクセスはなし。調査費は200万です"], None, "not_found"),
    (
        ["代理店です。外部通報で調べてもらいましたが、不正アクセスなしとの結論でした"],
        None,
        "not_found",
    ),
    (["自社検知、調査の結果、不正アクセスはありませんでした。費用は80万"], None, "not_found"),
    (
        ["不正アクセス疑いで外部通報を受けて調査した結果、不正アクセスはなし"],
        "suspected",
        "not_found",
    ),
    (
        ["監視会社からの通報を受けて調査した結果、不正アクセスはありませんでした"],
        "suspected",
        "not_found",
    ),
    (["調査の結果、不正アクセスはなかったと判明しました"], "suspected", "not_found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), CHECKLIST_VERDICT)
def test_checklist_verdict_names_no_type(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
