"""Classes of wrong values of incident type and access left on sets 22 and 23, each with
sentences of our own and near misses that must keep their reading (tests/data/README.md
rule 2: a bare 「アクセスあり」 names no type; a question about 有無 names nothing; a quoted
fake warning is no infection)."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# A bare presence of access in a short answer names the type by its own name, as the shared
# dev chats label it (c046, c047); as a key-value line (「侵入：有」) it is the checklist's
# answer on access and names none (h22c21, h24c07; e024 names its type on a line of its own).
BARE_PRESENCE: list[Row] = [
    (["侵入：有\n検知：取引先\n費用：調査 80万"], None, "found"),
    (["侵入: あり\n公表: しない"], None, "found"),
    (["不正アクセスあり、公表はまだです。弁護士費用が40万"], "unauthorized_access", "found"),
    (["侵入あり・公表なし・コールセンター 200万"], "unauthorized_access", "found"),
    # Near misses: the type named next to it, or the access said as an event.
    (["種別：不正アクセス\n侵入：有\n公表：未定"], "unauthorized_access", "found"),
    (["事象：ランサムウェア感染\n侵入：有"], "malware", "found"),
    (["昨夜、会員サイトに不正アクセスがありました"], "unauthorized_access", "found"),
    (["ログを調べたら侵入の痕跡がありました"], "unauthorized_access", "found"),
    (["侵入：無\n公表：未定"], None, "not_found"),
]

# A question about whether an attack happened asks; it says nothing is being checked.
ASKED_WHETHER: list[Row] = [
    (["まず侵入の有無を教えてください"], None, None),
    (["感染の有無は？"], None, None),
    (
        ["発見の経緯と不正アクセスの有無を教えていただけますか", "外部通報、侵入なし"],
        None,
        "not_found",
    ),
    # Near misses: the 有無 being checked is a doubt (rule 2's suspected).
    (["業者に侵入の有無を調べてもらっています"], "suspected", None),
    (["不正アクセスの有無を確認中です"], "suspected", None),
]

# A screen's words quoted and said to have come up (「…」って出て), typed in kana or not: a
# possible attack on the machine, no infection said.
SHOWN_QUOTE: list[Row] = [
    (["がめんに「ういるすにかんせんしました、でんわしてください」ってでてきた"], "suspected", None),
    (["ブラウザに「ウイルスに感染しています」って出て音が鳴りやまない"], "suspected", None),
    (["「ウイルスを検出しました」と出てサポートの番号が書いてある"], "suspected", None),
    # Near misses: an infection said by a check's result, not a quoted screen.
    (["ウイルスに感染してるって結果が出ました"], "malware", "found"),
    (["ランサムウェアに感染して、画面に「身代金を払え」って出てます"], "malware", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), BARE_PRESENCE)
def test_bare_presence_names_the_type(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


@pytest.mark.parametrize(("messages", "kind", "access"), ASKED_WHETHER)
def test_question_about_whether_names_nothing(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


@pytest.mark.parametrize(("messages", "kind", "access"), SHOWN_QUOTE)
def test_quoted_screen_said_shown_is_only_a_possible_infection(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
