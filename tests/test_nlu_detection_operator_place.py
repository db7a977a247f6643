"""A provider reporting an attack that happened at it (「提供事業者において発生した不正アクセス」
「提供事業者への不正アクセス」) is a contractor reporting its own leak: a third party
(tests/data/README.md rule 3), not a network operator reporting an attack on the service it
runs for us.

Our own sentences: an attack on our own account or site, told by the operator, stays an
external report.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

OPERATOR_PLACE: list[Case] = [
    (
        "当社が利用しているクラウドサービスの提供事業者において発生した不正アクセスにつき、"
        "同社から報告を受けました。",
        THIRD,
    ),
    (
        "当社が利用しているクラウドサービスの提供事業者への不正アクセスについて、"
        "同事業者より連絡がありました。",
        THIRD,
    ),
    (
        "利用しているサービス提供事業者で発生したランサムウェア被害について、"
        "同社から報告がありました。当社の顧客情報も含まれていました。",
        THIRD,
    ),
    # The attacker named with による stays inside the attack said of the operator's side.
    (
        "予約システムのサービス提供事業者より、同社のサーバーが何者かによる不正アクセスを受け、"
        "当社の会員情報が流出したとの連絡がありました。",
        THIRD,
    ),
    (
        "クラウドサービスの提供会社から、同社の環境が外部の攻撃者によってランサムウェアに感染"
        "させられたと報告がありました。",
        THIRD,
    ),
    # What the provider told, said before the provider is named: an attack at the outside
    # service it runs is on its side too.
    (
        "会員管理に使っている外部サービスにおいて不正アクセスが発生し、会員の住所が漏れた"
        "おそれがあるとの報告を、サービス提供事業者より受けました。",
        THIRD,
    ),
    (
        "弊社が契約しているクラウドサービスでランサムウェア被害が発生したとの連絡が、"
        "サービス提供会社からありました。",
        THIRD,
    ),
    # The attack is on ours: the operator's report is an external one.
    (
        "当社のサーバーにおいて不正アクセスが発生したとの連絡を、サーバー事業者より受けました。",
        EXTERNAL,
    ),
    (
        "当社サイトへの不正アクセスを検知したとの連絡を、サービス提供会社より受けました。",
        EXTERNAL,
    ),
    (
        "利用しているクラウドサービスの提供事業者から、当社アカウントへの不正アクセスを"
        "検知したとの連絡がありました。",
        EXTERNAL,
    ),
    (
        "サーバーを提供している事業者から、当社サイトへのDDoS攻撃を検知したと連絡がありました。",
        EXTERNAL,
    ),
    (
        "クラウドサービスの提供事業者から、第三者による当社アカウントへの不正アクセスを"
        "検知したとの連絡がありました。",
        EXTERNAL,
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPERATOR_PLACE)
def test_detection_operator_place(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
