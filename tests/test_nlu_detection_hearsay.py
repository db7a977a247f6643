"""An operator's account passed on as hearsay (`detection` external_report): 「レンサバの
会社によるとDDoS受けてるとのこと」 is the hosting operator telling us (nlu.reporter_hearsay).

Precision first: only a security or network operator, and only in a sentence the writer ends
in hearsay. A news report's 「市によると」「県警によると」 names its source (often the victim
itself), and a contractor's account (「委託先によると」) is left to the report words.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT

HEARSAY: list[tuple[str, Detection | None]] = [
    ("朝からサイトが落ちてる。レンサバの会社によるとDDoS受けてるとのこと", EXTERNAL),
    ("レンタルサーバーの会社によると、DDoS攻撃を受けているとのことです。", EXTERNAL),
    ("プロバイダによると不正アクセスがあったとのこと", EXTERNAL),
    ("監視会社の担当者によると、不審な通信が出ているとのこと", EXTERNAL),
    ("SOCの話では、マルウェアの通信を検知したそうです", EXTERNAL),
    ("プロバイダさんによるとサイトが改ざんされてるって", EXTERNAL),
    # Near misses: a public body or a contractor as a source, no hearsay, nothing told.
    ("市によると、不正アクセスを受けたとのこと", None),
    ("県警によると、6日に国外から不正アクセスがあったという", None),
    ("レンタルサーバー会社によると、同社のサーバーが攻撃を受けたという", None),
    ("プロバイダによると、原因は調査中です", None),
    ("委託先によると、不正アクセスがあったとのこと", None),
]


@pytest.mark.parametrize(("text", "expected"), HEARSAY)
def test_hearsay_account(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
