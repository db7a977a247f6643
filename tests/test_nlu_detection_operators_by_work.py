"""An operator named by the work it does for us, not by a reporter word, is an external report.

「ネットワークの見張りを頼んでる会社から電話が来た」「監視ベンダーから通知」「うちのサイトを
ホスティングしてる業者から連絡」: watching or hosting our systems is the pamphlet's 外部からの
通報 (labelling rule 3), where an unnamed firm or a bare ベンダー reads as a third party. A firm
whose work is a thing (監視カメラ), guarding premises (警備) or upkeep (保守) stays a third
party.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY

CASES: list[tuple[str, Detection | None]] = [
    # The work as the last noun before the firm.
    ("監視ベンダーから、社内PCで不審なプロセスを検知したと通知がありました", EXTERNAL),
    ("セキュリティの会社さんから電話があって、サーバーが攻撃を受けてるみたいです", EXTERNAL),
    ("けさ監視業務の業者より、不正な通信を検知したとの連絡を受けました", EXTERNAL),
    # The work as the object of the verb that hands it over, in several registers.
    ("ネットワークの見張りを頼んでる会社から電話が来て、不正アクセスっぽいと言われた", EXTERNAL),
    ("セキュリティ監視を依頼している企業からの報告で、マルウェア感染が判明しました", EXTERNAL),
    ("SOCをお願いしてる業者から連絡があり、ランサムウェアの通信が見つかったそうです", EXTERNAL),
    # The hosting done for us, telling of an attack on it.
    ("うちのサイトをホスティングしてる業者から、DDoS攻撃を受けていると連絡がありました", EXTERNAL),
    # Near misses: the work is a thing, or upkeep, or no firm is named after it.
    ("監視カメラの業者から電話があって、事務所のPCがウイルスに感染してると言われた", THIRD),
    ("ビルの警備をお願いしている会社から、事務所のPCが盗まれていると連絡がありました", THIRD),
    ("保守ベンダーから連絡があり、サーバーへの不正アクセスがわかりました", THIRD),
    ("印刷を委託している事業者から、発送リストを誤って送ったと報告がありました", THIRD),
    ("監視を強化することにしました", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_an_operator_named_by_its_work_reports_from_outside(
    text: str, expected: Detection | None
) -> None:
    assert read_message(text).detection == expected
