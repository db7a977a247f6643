"""Incident type and unauthorized access: classes of misreadings found on unseen text (set 15),
one table per class, with sentences of our own asserting what the user would see."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# An attack word whose clause is only a particle of doubt (「DDoSかも。」「ランサムかな？」) is
# said in that clause: the next sentence (「業者に見てもらってます」) is not its value, so no
# attack is found. A plain attack word before another sentence still is one.
DOUBT_PARTICLE: list[Row] = [
    (["サイトが重い。DDoSかも？いまサーバー会社に問い合わせ中です"], "suspected", None),
    (["DDoSかも。いまサーバー会社に問い合わせています"], "suspected", None),
    (["ランサムかも？業者に見てもらってます"], "suspected", None),
    (["不正アクセスかも、ログを見ています"], "suspected", None),
    (["ウイルスかもしれない？業者に見てもらってます"], "suspected", None),
    (["DDoSかな？業者に聞いてます"], "suspected", None),
    (["ランサムです。業者に見てもらってます"], "malware", "found"),
    (["DDoS攻撃を受けました。サーバー会社に問い合わせ中です"], "ddos", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), DOUBT_PARTICLE)
def test_doubt_particle_ends_the_cue(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# ログインされる said of our users with a part or a number of them between (「ログインされた
# 一部の会員様」) is honorific, no intrusion; a login by someone else (「第三者にログインされた」)
# still is one.
HONORIFIC_LOGIN: list[Row] = [
    (["ログインされた一部のお客様の画面に、他のお客様の情報が表示されました"], None, None),
    (
        [
            "会員サイトにログインされた複数の会員様に他人の住所が表示されました。"
            "調査の結果、不正アクセスではなく、改修時の不具合が原因でした"
        ],
        "other",
        "not_found",
    ),
    (["ログインされたすべてのお客様にお詫びのメールを送りました"], None, None),
    (
        ["第三者にログインされた一部のアカウントから情報が抜かれました"],
        "unauthorized_access",
        "found",
    ),
    (["管理画面に何者かにログインされました"], "unauthorized_access", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), HONORIFIC_LOGIN)
def test_honorific_login_of_some_users(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A company acting on our behalf (発送代行, 決済代行, 事務代行) is a contractor by its name: an
# attack on it is a vendor leak, our access unknown. A 代行 company only telling us of a leak
# on our own site is no attack on it.
AGENCY_CONTRACTOR: list[Row] = [
    (
        ["発送代行の会社がランサムにやられたらしく、うちの顧客データが漏れたかもと連絡がきた"],
        "vendor_leak",
        None,
    ),
    (["発送代行会社が不正アクセスを受け、当社の顧客情報が流出しました"], "vendor_leak", None),
    (
        ["事務代行業者のサーバーがウイルスに感染し、当社の社員情報が漏えいしました"],
        "vendor_leak",
        None,
    ),
    (
        ["決済代行会社から、当社サイトでカード情報が漏えいした可能性があると連絡がありました"],
        "suspected",
        None,
    ),
    (
        ["当社のサーバーが不正アクセスを受けました。発送代行会社にも連絡しました"],
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), AGENCY_CONTRACTOR)
def test_agency_is_a_contractor(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# An event only hedged, then its harm doubted too (「のぞかれてたっぽい…たぶん大丈夫だと思う」),
# names no type (rule 1). A worried question (「大丈夫でしょうか」) doubts nothing, and an event
# said plainly stays whatever its harm.
HARM_DOUBTED: list[Row] = [
    (["電車で隣の人に画面をのぞかれてたっぽい。たぶん大丈夫だと思うけど"], None, None),
    (["USBを落としたかもしれない。まあ大丈夫だと思います"], None, None),
    (["会話を業者さんに聞かれてしまったようです。大丈夫でしょうか"], "visual_leak", None),
    (["USBをなくしました。たぶん大丈夫だと思うけど"], "lost_or_stolen", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), HARM_DOUBTED)
def test_harm_doubted_after_event_in_doubt(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
