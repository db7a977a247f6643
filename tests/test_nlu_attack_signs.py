"""Signs and warnings of an attack are no attack found: a sign (「攻撃の兆候あり」), a mass of
access with no harm said (「大量アクセスを確認」), a fake warning quoted (「ウイルスに感染しました」
って警告) and ransomware-like symptoms with no attack named (「拡張子が全部変わってて開けません」)
are a possible attack (`suspected`), whose later conclusion (「侵入は無しでした」) is not_found."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# 兆候, 予兆, 前兆 after an attack word: a sign to check; denied, a denial.
SIGN_OF_ATTACK: list[Row] = [
    (
        ["監視会社から「不正アクセスの兆候あり」と連絡→調べたら侵入はなかったです"],
        "suspected",
        "not_found",
    ),
    (["サーバーに攻撃の予兆があるとプロバイダから連絡がありました"], "suspected", None),
    (["侵入の前兆のような通信が見つかったので調査中です"], "suspected", None),
    (
        ["攻撃の兆しがあると言われて調べたら、不正アクセスが確認されました"],
        "unauthorized_access",
        "found",
    ),
    (["侵入の兆候はありませんでした"], None, "not_found"),
]

# A mass of access is a DDoS when the service suffered or it is called an attack.
MASS_ACCESS: list[Row] = [
    (["FWのログで海外から大量のアクセスを確認、侵入されたかは調査中"], "suspected", None),
    (
        [
            "深夜に海外IPから大量アクセスがありました",
            "調査の結果、不正アクセスは認められませんでした",
        ],
        "suspected",
        "not_found",
    ),
    (["大量アクセスでサイトがダウンしました"], "ddos", "found"),
    (["大量のアクセスが集中する攻撃を受けて、予約サイトが繋がらない"], "ddos", "found"),
]

# Attack words quoted as a screen's text (って警告, って表示) are a support scam's screen: a
# possible attack on the machine, no infection said.
QUOTED_WARNING: list[Row] = [
    (
        ["PCに「ウイルスに感染しました」って警告が出た", "本当に感染してるかはまだ確認中"],
        "suspected",
        None,
    ),
    (["「ハッキングされています」って表示が出て電話番号が書いてある"], "suspected", None),
    (["ウイルスに感染したって情シスから言われました"], "malware", "found"),
]

# Every file unreadable or renamed, no attack named: a possible ransomware infection.
RANSOM_SYMPTOMS: list[Row] = [
    (["朝来たらファイルの拡張子が全部変わってて開けません"], "suspected", None),
    (["画面に英語のメッセージが出て、共有フォルダのファイルが全部開けない"], "suspected", None),
    (["サーバーのファイルがすべて開けなくなった。ランサムウェアでした"], "malware", "found"),
    # One file that will not open is no sign.
    (["取引先から来たエクセルのファイルが開けません"], None, None),
    (["ワードが起動しません、どうすれば？"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), SIGN_OF_ATTACK)
def test_sign_of_attack(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


@pytest.mark.parametrize(("messages", "kind", "access"), MASS_ACCESS)
def test_mass_access(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


@pytest.mark.parametrize(("messages", "kind", "access"), QUOTED_WARNING)
def test_quoted_warning(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)


@pytest.mark.parametrize(("messages", "kind", "access"), RANSOM_SYMPTOMS)
def test_ransom_symptoms(messages: list[str], kind: str | None, access: str | None) -> None:
    assert _seen(messages) == (kind, access)
