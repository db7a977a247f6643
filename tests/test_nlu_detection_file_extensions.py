"""A point run on into letters (「.lockbit」「.txt」「example.com」) is part of a file extension or
a host name, not a full stop: the sentence it stands in goes on to who said it
(「経理の子が「…が全部 .lockbit になってます」って言ってきた」 is our staff telling us: self).

Our own sentences; a real full stop still ends its sentence.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.doc import make_doc
from nlu.extract import read_message

SELF, THIRD = Detection.SELF, Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

EXTENSIONS: list[Case] = [
    ("総務の子が「ファイルが全部 .encrypted って名前になってる」って言ってきました。", SELF),
    ("経理の人が、README.txt という脅迫文が置かれていると報告してくれました。", SELF),
    ("取引先から、info@example.com から変なメールが来たと連絡がありました。", THIRD),
    # Nobody said to have told: still unknown.
    ("ファイルの拡張子が全部 .locked に変わっています。", None),
]


@pytest.mark.parametrize(("text", "expected"), EXTENSIONS)
def test_detection_file_extensions(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("拡張子が .lockbit になった。", 1),
        ("example.com から届いた。", 1),
        ("止まった. 再起動した。", 2),
        ("Done. Next", 2),
    ],
)
def test_point_in_a_name_ends_no_sentence(text: str, sentences: int) -> None:
    assert len(make_doc(text).sentences()) == sentences
