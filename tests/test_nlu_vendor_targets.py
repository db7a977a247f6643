"""Whose systems an attack reached, when the text names them with に or an honorific.

「委託先のサーバーに外部から侵入があった」「同社の管理システムに第三者が不正にログイン」: に
names the systems the attack reached, past where it came from or who made it. 「システム会社
さんのサーバー」: a firm named by its trade with an honorific is one we deal with, never us.
Both are an attack at a contractor (rule 2: `vendor_leak`, our access unknown); the same
words of our own systems stay our intrusion.
"""

from __future__ import annotations

import pytest

from coverage import Access, IncidentType
from nlu.extract import read_message

VENDOR, OURS = IncidentType.VENDOR_LEAK, IncidentType.UNAUTHORIZED_ACCESS

Case = tuple[str, IncidentType | None, Access | None]

TARGETS: list[Case] = [
    ("会員管理をお願いしているシステム会社さんのサーバーに外部から侵入がありました", VENDOR, None),
    ("委託先のサーバーに侵入されました", VENDOR, None),
    ("委託先のサーバーに第三者が侵入しました", VENDOR, None),
    (
        "メール配信サービスの運営会社から、同社の管理システムに第三者が不正にログインしたとの"
        "報告がありました",
        VENDOR,
        None,
    ),
    # Our own systems, with the same words.
    ("うちのサーバーに外部から侵入がありました", OURS, Access.FOUND),
    ("当社サーバーに第三者が不正にログインしました", OURS, Access.FOUND),
]

HONOURED: list[Case] = [
    ("システム会社さんのサーバーに外部から侵入があったそうです", VENDOR, None),
    ("印刷会社さんのサーバーが攻撃を受けました", VENDOR, None),
    ("業者さんのシステムが乗っ取られた", VENDOR, None),
    ("運送屋さんのパソコンがウイルスに感染しました", VENDOR, None),
    # A partner is no contractor; a bare 会社 may be ours.
    ("取引先様のサーバーがハッキングされました", None, None),
    ("会社のサーバーがハッキングされました", OURS, Access.FOUND),
]


@pytest.mark.parametrize(("text", "kind", "access"), TARGETS)
def test_systems_named_with_ni_are_the_attacks_target(
    text: str, kind: IncidentType | None, access: Access | None
) -> None:
    reading = read_message(text)
    assert (reading.incident_type, reading.unauthorized_access) == (kind, access)


@pytest.mark.parametrize(("text", "kind", "access"), HONOURED)
def test_an_honoured_firms_systems_are_not_ours(
    text: str, kind: IncidentType | None, access: Access | None
) -> None:
    reading = read_message(text)
    assert (reading.incident_type, reading.unauthorized_access) == (kind, access)


def test_a_party_asked_with_ni_is_no_target() -> None:
    """「業者さんに…調べてもらう」: the firm is who checks, the suspicion stays ours."""
    reading = read_message(
        "院のパソコンがウイルスにかかったっぽいです。業者さんに感染してるかどうか調べてもらいます"
    )
    assert reading.incident_type is IncidentType.SUSPECTED
