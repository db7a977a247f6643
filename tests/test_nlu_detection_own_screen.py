"""Who found it (`detection`) when the writer saw it on their own machine: 「私のPCの画面に
脅迫文が出てきて」 is one of us seeing it (labelling rule 3: own staff). Only the first person
says who saw it; 「事務所のPCが」 names whose machine it is, and other sets' writers leave that
unknown.

Our own sentences: the negatives must stay unknown (or read the reporter named).
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD, SELF = Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

OWN_SCREEN: list[Case] = [
    ("さっき自分のパソコンの画面に、ファイルを戻したければ金を払えと表示されました", SELF),
    ("総務の私のPCでファイルが全部開けなくなって、拡張子が変わってます", SELF),
    # Whose machine only, a question, or someone else who told.
    ("事務所のPCの画面に英語の文章が出てて、ファイルが開かない", None),
    ("私のPCに変な画面が出たらどうすればいいですか？", None),
    ("私のPCから変なメールが届いていると取引先から連絡がありました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), OWN_SCREEN)
def test_detection_own_screen(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
