"""Incident type and unauthorized access: classes of misreadings found on unseen text (sets 39
and 40), one table per class, with sentences of our own asserting what the user would see,
and near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# A doubt whose clause takes another matter as topic (「件数については精査中」「公表するか
# どうかは相談中」) is that matter's, not whether the confirmed attack happened.
OTHER_MATTERS_DOUBTED: list[Row] = [
    (
        ["サーバーがランサムウェアに感染しました。被害件数については現在精査中です。"],
        "malware",
        "found",
    ),
    (
        ["業者の調査でEmotetと確定しました。公表するかどうかは役員会で検討中です。"],
        "malware",
        "found",
    ),
    (["不正ログインと確定。公表に関しては未定です"], "unauthorized_access", "found"),
    # The attack itself still doubted: a suspicion.
    (["ウイルスに感染したかどうかは精査中です。"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), OTHER_MATTERS_DOUBTED)
def test_a_doubt_about_another_matter_leaves_the_attack_confirmed(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# An infection's spread doubted (「感染拡大は確認されておりません」) after the infection is
# known: the infection stands; the spread alone doubted is still a suspicion.
SPREAD_DOUBTED: list[Row] = [
    (
        [
            "経理部のPC1台のマルウェア感染についてご報告します。当該PC以外への感染拡大は確認されていません。"
        ],
        "malware",
        "found",
    ),
    (
        ["受付端末がウイルスに感染していました。他の端末への感染拡大は調査中です"],
        "malware",
        "found",
    ),
    (["院内で感染拡大のおそれがあります。"], "suspected", None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), SPREAD_DOUBTED)
def test_a_doubted_spread_leaves_the_infection_confirmed(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A support scam's screen quoted at length (「ウイルスを検出しました！…電話してください」って
# 画面): what the screen showed, no infection of ours said, only a possible one.
LONG_SCREEN_QUOTES: list[Row] = [
    (
        [
            "会社のPCに「ウイルスが見つかりました！直ちに下記のサポート窓口までお電話ください」って画面が出た"
        ],
        "suspected",
        None,
    ),
    (
        [
            "「トロイの木馬に感染しています。個人情報が危険です。今すぐこちらへ電話を」と警告が表示された"
        ],
        "suspected",
        None,
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), LONG_SCREEN_QUOTES)
def test_a_long_quoted_screen_warning_is_only_a_possible_infection(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# An attacker said to have reached one of our systems (「攻撃者が…サーバーまで到達していた」):
# an intrusion, read for its doubts and denials as any attack word; no system, no intrusion.
ATTACKER_REACHED: list[Row] = [
    (
        ["調べたところ、攻撃者は基幹サーバーまで到達していたことが判明しました"],
        "unauthorized_access",
        "found",
    ),
    (["ハッカーが社内ネットワークに入り込んでいました"], "unauthorized_access", "found"),
    (
        [
            "監視会社から不審な通信の連絡",
            "フォレンジックの結果、侵入者がNASまでたどり着いていたと確定",
        ],
        "unauthorized_access",
        "found",
    ),
    (["攻撃者がデータベースに到達した可能性があります"], "suspected", None),
    (["犯人が店舗の奥まで入り込んでいた"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), ATTACKER_REACHED)
def test_an_attacker_reaching_our_system_is_an_intrusion(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A doubt said with Western Japanese negation (「わからへん」) is a doubt, as 「わからない」 is,
# never a denial of the attack.
WESTERN_DOUBTS: list[Row] = [
    (["情報が抜かれたかはまだわからへん"], "suspected", None),
    (["うちのサーバー、データ抜かれたんかどうか、まだ分からへんねん"], "suspected", None),
    (
        # The doubt is of what was taken, not of the hijack said before (access stays found).
        ["アカウント乗っ取られとるわ", "お客さんの情報が抜かれたかはまだわからへん"],
        "unauthorized_access",
        "found",
    ),
]


@pytest.mark.parametrize(("messages", "kind", "access"), WESTERN_DOUBTS)
def test_a_doubt_in_western_negation_is_no_denial(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# A company named by the service it runs for us (「予約サイトの会社」「決済システムの会社」),
# or its side (「…の会社のほうが」): the provider, so an attack on it is a vendor leak; our own
# site attacked is ours.
SERVICE_COMPANIES: list[Row] = [
    (["決済システムの会社のほうが不正アクセスを受けたそうです"], "vendor_leak", None),
    (["ネット予約サイトの会社がランサムウェアにやられたと連絡がありました"], "vendor_leak", None),
    (["委託先のほうがハッキングされたみたいです"], "vendor_leak", None),
    (["うちの予約サイトがハッキングされました"], "unauthorized_access", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), SERVICE_COMPANIES)
def test_a_company_named_by_its_service_is_a_provider(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
