"""Doubts about the incident and how they are settled: a bare confirmation after the doubt
(in its message or a later one), an event doubted as a whole (「気のせいかも」), and a leak
in doubt that names no system of ours. Sentences of our own, asserting the incident type
and the access a user would see."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# A bare 確定 / 確認済み / 間違いない, neither denied, hedged nor asked and said of nothing
# else, settles the one attack a doubt named: found (rule 2: a suspicion becomes the
# confirmed type). What the attack led to (a forged invoice) is no type of its own.
SETTLED: list[Row] = [
    (
        ["社長のメール、乗っ取られてるかも", "ログ確認しました、確定です"],
        "unauthorized_access",
        "found",
    ),
    (
        ["ファイルサーバーがランサムっぽい", "業者さんに見てもらいました。確定です"],
        "malware",
        "found",
    ),
    (
        [
            "経理のアカウントに不正ログインされた可能性あり",
            "間違いないです。",
            "偽の請求書が取引先に届いていました",
        ],
        "unauthorized_access",
        "found",
    ),
    (
        ["営業のメールに不正ログインされたかも", "確定。取引先に偽の請求書メールが出てた"],
        "unauthorized_access",
        "found",
    ),
    (["夜中に外部から入られたみたいです…ログで確認済みです"], "unauthorized_access", "found"),
    # A verb before it (「見てもらって確定」) may confirm anything: left a suspicion.
    (["ファイルサーバーがランサムっぽい", "業者さんに見てもらって確定しました"], "suspected", None),
    (["PCがウイルスに感染したっぽい。調査で確定"], "malware", "found"),
    # Settled the other way, or not settled: the suspicion stays.
    (["社長のメール、乗っ取られてるかも", "確認したら違った"], "suspected", None),
    (["社長のメール、乗っ取られてるかも", "確認したら間違いでした"], "suspected", None),
    (["社長のメール、乗っ取られてるかも", "まだ確定ではないです"], "suspected", None),
    (["社長のメール、乗っ取られてるかも", "確定？"], "suspected", None),
    (["社長のメール、乗っ取られてるかも", "感染は未確定です"], "suspected", None),
    (["社長のメール、乗っ取られてるかも", "確定です。ただ被害範囲はまだ調査中"], "suspected", None),
    # 確定 said of something else: an amount, a date.
    (["社長のメール、乗っ取られてるかも", "調査の見積もり金額が確定しました"], "suspected", None),
    (["不正アクセスの可能性があります", "公表日が確定しました"], "suspected", None),
    (["侵入されたかも…でも見積もりは確定"], "suspected", None),
    # A confirmation before the doubt is no answer to it.
    (["確定ではないけど、侵入されたかもしれない"], "suspected", None),
    # Access ruled out before: a later 確定 does not bring the attack back.
    (
        ["不正ログインかも", "調査の結果、不正ログインはありませんでした", "確定です"],
        "suspected",
        "not_found",
    ),
    # Nothing was doubted: a bare confirmation names no type.
    (["確定です"], None, None),
]

# An event doubted as a whole (「気のせいかも」「勘違いかもしれない」): nothing is known to have
# happened, so no type; a doubt of how it happened only (the post is there) keeps the type.
IMAGINED: list[Row] = [
    (["会議室で話してた内容、隣の客に聞かれてたっぽい。気のせいかもだけど"], None, None),
    (["USB失くしたかも…勘違いかもしれない"], None, None),
    (["画面を盗み見されたかも、思い過ごしかもしれない"], None, None),
    (["画面をのぞかれてたみたい。考え過ぎかもだけど"], None, None),
    # The doubt denied, or only about how: the type stands.
    (["カフェで画面をのぞかれたみたいで、顧客の名前がSNSに出てました"], "visual_leak", None),
    (["USB失くしたかも。気のせいではなかったです、どこにもない"], "lost_or_stolen", None),
    # A hedged attack stays a suspicion, whatever the doubt.
    (["不正アクセスっぽいけど気のせいかも"], "suspected", None),
]

# A leak in doubt in a message naming no system or stored data of ours is no possible
# attack on our systems (rule 2's `suspected`); with one named it is.
LEAKS: list[Row] = [
    (["取引先の情報が漏れてるかもって部長に言われた"], None, None),
    (["顧客情報が流出したかもしれないと連絡がありました"], None, None),
    (["ECサイトから顧客情報が漏れてるかもしれません"], "suspected", None),
    (["顧客情報が漏れてるかも。サーバーのログを見てます"], "suspected", None),
    (["顧客データが流出した可能性があります"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), SETTLED + IMAGINED + LEAKS)
def test_doubts_settled(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# What an attack held led to (a forged invoice sent from the hijacked mailbox) is no type of
# its own; a retraction still replaces the attack.
CONSEQUENCES: list[Row] = [
    (
        ["社長のメールが乗っ取られました", "取引先に偽の請求書が送られていました"],
        "unauthorized_access",
        "found",
    ),
    (
        ["経理のPCがウイルスに感染しました", "偽の振込先に送金してしまった取引先もいます"],
        "malware",
        "found",
    ),
    (["不正アクセスされたと思ってました", "すみません、実は共有設定ミスでした"], "other", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), CONSEQUENCES)
def test_consequence_of_attack(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


# A doubt the writer takes back at once with いや / いえ and the bare verb restated
# (「…みたいです いや してました」) settles the attack: found. A take-back that denies or
# doubts again (「いや、してないかも」), or says it does not know, leaves the suspicion.
TAKEN_BACK: list[Row] = [
    (["経理のPCがウイルスに感染したみたいです。いや、してました。"], "malware", "found"),
    (["共有サーバーがランサムに感染してたっぽい いえ してました"], "malware", "found"),
    (["管理画面に不正ログインされたかもです、いや、されてました"], "unauthorized_access", "found"),
    (["経理のPCがウイルスに感染したみたいです。いや、してないかも。"], "suspected", None),
    (["経理のPCがウイルスに感染したみたいです。いや、わかりません。"], "suspected", None),
    (["経理のPCがウイルスに感染したみたいです。いや、してたかもしれないです"], "suspected", None),
    (["経理のPCがウイルスに感染したみたいです"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), TAKEN_BACK)
def test_a_doubt_taken_back_at_once_is_settled(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
