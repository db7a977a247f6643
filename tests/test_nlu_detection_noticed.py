"""Who found it (`detection`) when an outsider noticed it and no から says who told: a news
report's 「保守を委託している業者が異常なアクセスに気付き判明した」, a contractor that 「社内調査で
把握し、同社に報告した」, and a vendor's letter to its client telling what its own regular
checks found (labelling rule 3: a maintenance vendor or a contractor is a third party, a
security operator an external report).

Our own sentences: the negatives must stay unknown (or keep our own finding), the positives
next to them must read the finder's category.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

# A firm outside as the subject of a finding, then it came to light or the firm reported it.
OUTSIDER_NOTICED: list[Case] = [
    ("システムの保守を委託している会社が、サーバーへの不審なログインに気付き発覚した。", THIRD),
    ("配送を委託している会社が、伝票データの持ち出しを把握し、同社に報告した。", THIRD),
    ("監視会社が深夜の不審な通信を検知し、当社に通報しました。", EXTERNAL),
    # Our own sender, a finding denied, or someone else's report: no outsider told.
    ("送った本人がすぐ気付いて先方に連絡し、削除してもらいました。", SELF),
    ("委託先が漏えいに気付いていなかったことが、後の調査で判明した。", None),
    ("業者が不具合を把握したあと、当社が利用者に連絡した。", None),
]

# A firm no reporter word names, named by what it does for us: an outsider all the same.
FIRM_BY_WORK: list[Case] = [
    ("システムの保守を請け負う業者が、サーバーへの不審なログインに気付き発覚した。", THIRD),
    ("発送を代行する会社が、誤封入に気付き、当社に連絡した。", THIRD),
    # Its finding alone says nothing of how we were told, but it is no finding of ours.
    ("保守を請け負う業者が異常に気付いた", None),
    # The writer's own employer is ours.
    ("私が勤めている会社が、サーバーの異常に気付いた", SELF),
]

# A vendor's letter to its client: its own regular checks found the incident.
VENDOR_LETTER: list[Case] = [
    (
        "株式会社サンプル 御中\n弊社が実施している貴社サーバーの定期点検において、"
        "不正なファイルが設置されていることを確認いたしました。",
        THIRD,
    ),
    (
        "貴社ECサイトの保守作業の際、弊社にてトップページの改ざんを発見いたしましたので"
        "ご報告いたします。",
        THIRD,
    ),
    # An investigation we ordered, a check that found nothing, or our own notice.
    (
        "株式会社サンプル 御中\nご依頼いただいた調査の結果、貴社サーバーへの侵入を"
        "確認いたしました。",
        None,
    ),
    (
        "株式会社サンプル 御中\n弊社が実施している貴社サイトの定期巡回において、"
        "異常は確認されませんでした。",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTSIDER_NOTICED + FIRM_BY_WORK + VENDOR_LETTER)
def test_detection_noticed(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


def test_own_regular_check_is_no_vendor() -> None:
    text = "当社が実施している定期点検において、不正なファイルを確認しました。"
    assert read_message(text).detection is not THIRD
