"""A doubt said after an attack is confirmed is about what the clause names, not about the
attack: what was taken (「情報が抜かれたかはまだわからない」), an aspect taken as topic with
について / に関して (「件数については精査中」) as it is with は, or whether to do another thing
(「公表するかどうかは相談中」). A "don't know" said in Kansai
(「わからへん」) is a doubt too, never the denial its へん would be alone."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


TAKEN: list[Row] = [
    (
        [
            "ネットショップの管理画面に不正ログインされました",
            "顧客の情報が抜かれたかはまだわからないです",
        ],
        "unauthorized_access",
        "found",
    ),
    (
        ["会員サイトのアカウントが乗っ取られとった", "会員データが抜かれたかはまだわからへん"],
        "unauthorized_access",
        "found",
    ),
    (
        ["サーバーがランサムウェアに感染しました。ファイルも抜かれているかもしれません"],
        "malware",
        "found",
    ),
    # Said alone, a theft of data in doubt is a doubt about the attack (no type confirmed).
    (["顧客の情報が抜かれたかもしれません"], "suspected", None),
    # A doubt about the attack itself still takes a confirmed one back when corrected.
    (
        ["不正ログインされました", "すみません、不正ログインかどうかはまだわかりません"],
        "unauthorized_access",
        None,
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), TAKEN)
def test_a_doubt_about_what_was_taken_keeps_the_attack(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


ABOUT: list[Row] = [
    (
        [
            "事務所のパソコンがマルウェアに感染したことが確認されましたが、流出した件数については引き続き調査中です"
        ],
        "malware",
        "found",
    ),
    (
        ["サーバーへの不正アクセスを確認しました。侵入経路に関しては現在も解析を進めています"],
        "unauthorized_access",
        "found",
    ),
    # A check still under way of the attack itself leaves it open.
    (["不正アクセスがあったかについては引き続き調査中です"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ABOUT)
def test_an_aspect_taken_as_topic_with_nitsuite_is_what_is_checked(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


WHETHER_TO: list[Row] = [
    (
        ["業者さんの調査でランサムウェアと確定しました。公表するかどうかは社長と相談中です"],
        "malware",
        "found",
    ),
    (
        ["ホームページの改ざんが確認されました。発表するかは取締役会で決めます"],
        "unauthorized_access",
        "found",
    ),
    # Whether the attack happened, asked the same way, is still a doubt.
    (["サーバーに不審な通信がありました。侵入されたかどうかは調査中です"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), WHETHER_TO)
def test_whether_to_announce_is_no_doubt_about_the_attack(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


KANSAI: list[Row] = [
    (["侵入されたんかどうか、まだわからへん"], "suspected", None),
    (["ウイルスに感染したんかは分からへんけど、画面がおかしい"], "suspected", None),
    # Kansai denial after a check is still a denial.
    (["業者に見てもろたけど、侵入はされてへんかったわ"], None, "not_found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), KANSAI)
def test_a_kansai_dont_know_is_a_doubt(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
