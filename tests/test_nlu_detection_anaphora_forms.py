"""A report from a party named before by a 同- word (`nlu.reporter_anaphora`) in more forms:
its source after the report word's が (「…との報告が、5月2日、同社から当社にありました」),
a three-token name (同|事業|者), and the names a group, an inn or an office writing of
itself uses (当グループ, 当館, 当事務所), which make 同社 another party.

Our own sentences: a report that went elsewhere, or a から of a viewpoint, tells no one.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

ANAPHORA_FORMS: list[Case] = [
    (
        "当社が業務を委託している株式会社みどりにおいて、同社のサーバーが攻撃を受けたとの"
        "報告が、5月2日、同社から当社にありました。",
        THIRD,
    ),
    (
        "当館で利用している予約システムの会社が不正アクセスを受け、当館のお客様情報が"
        "流出したと、同事業者より報告がありました。",
        THIRD,
    ),
    ("当事務所が利用するサービスの運営会社が攻撃を受け、同社から連絡がありました。", THIRD),
    # Not a report that came to us.
    ("当社では、調査結果の報告が、5月2日、同社から監督官庁に提出されました。", None),
    ("当社の調査の報告は、同社から見て妥当なものでした。", None),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORA_FORMS)
def test_detection_anaphora_forms(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
