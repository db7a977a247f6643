"""Being asked is not being overheard (class: wrong visual leaks from 聞かれる).

聞かれる is both "be asked" and "be overheard". Said of those whose job is to ask (the agent,
the insurer, a boss, the police), it is a question put to the writer, no leak; a screen
photographed to send or keep is a record. Talk overheard and a screen photographed without
leave stay visual leaks.
"""

from __future__ import annotations

import pytest

from coverage import IncidentType
from nlu import read_message

# (message, the incident type read)
CASES = [
    ("代理店に聞かれたんですが、調査費はいくらまで出ますか", None),
    ("保険会社の人に聞かれたので、分かる範囲で答えました", None),
    ("上司に聞かれて、まだ分からないと答えました", None),
    ("エラー画面を撮影して送ってください", None),
    ("念のため画面を撮影して残しておきます", None),
    # Near misses: overheard, or photographed without leave.
    ("隣の席の人に電話の内容を聞かれてしまった", IncidentType.VISUAL_LEAK),
    ("待合室で病状を話していたら他の患者さんに聞かれてしまった", IncidentType.VISUAL_LEAK),
    ("来庁者が窓口の画面を無断で撮影していました", IncidentType.VISUAL_LEAK),
]


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_being_asked_is_no_visual_leak(text: str, kind: IncidentType | None) -> None:
    assert read_message(text).incident_type is kind


# The question between the asker and 聞かれる: a party marked with から, or one whose job is
# to ask marked with に, asked the writer; a hearer marked with に after the から overheard.
ASKED_SOMETHING = [
    ("元請けから、情報管理の体制を聞かれています", None),
    ("利用者のご家族から電話で入所日を聞かれました", None),
    ("保険会社に見積もりの内訳を聞かれたので送りました", None),
    ("弁護士に当日の経緯を聞かれています", None),
    ("本社から連絡があり、その件を話していたら隣の客に聞かれた", IncidentType.VISUAL_LEAK),
    ("ロビーで契約の話をしていて、来客に内容を聞かれてしまった", IncidentType.VISUAL_LEAK),
]


@pytest.mark.parametrize(("text", "kind"), ASKED_SOMETHING)
def test_a_question_put_by_someone_is_no_visual_leak(text: str, kind: IncidentType | None) -> None:
    assert read_message(text).incident_type is kind
