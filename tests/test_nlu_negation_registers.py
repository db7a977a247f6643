"""A phrase written with a plain negation is found in every register (class: 「見当たりません」
read as nothing where 「見当たらない」 was a loss).

UniDic gives the verb one lemma in 見当たら|ない, 見当たり|ませ|ん and 見当たら|ん; only the
endings differ (ない, ます + ず, ず). Each phrase set registers the three, so a word list
need not spell each register out, and the first message of a panicked user written politely
reads as the plain one does.
"""

from __future__ import annotations

import pytest

from coverage import IncidentType
from nlu import read_message
from nlu.doc import make_doc
from nlu.normalize import normalize
from nlu.phrases import PhraseSet

NOT_FOUND = PhraseSet({"gone": ["見当たらない", "つながらない"]})

# (text, whether the plain phrase is found in it)
REGISTERS = [
    ("USBが見当たらない", True),
    ("USBが見当たりません", True),
    ("USBが見当たりませんでした", True),
    ("USBが見当たらん", True),
    ("USBが見当たらなかった", True),
    ("ネットがつながりません", True),
    ("ネットがつながらへん", False),  # Kansai へん is another word, not expanded
    # Near misses: the affirmative in any register is no match.
    ("USBは見当たります", False),
    ("USBが見当たった", False),
    ("ネットがつながりました", False),
]


@pytest.mark.parametrize(("text", "found"), REGISTERS)
def test_a_plain_negation_phrase_is_found_in_every_register(text: str, found: bool) -> None:
    assert bool(NOT_FOUND.find(make_doc(normalize(text)))) is found


# (message, the incident type read): a loss said politely or curtly is the loss said plainly.
LOSSES = [
    ("成績処理用のUSBが見当たりません", IncidentType.LOST_OR_STOLEN),
    ("会社のスマホが見当たらん", IncidentType.LOST_OR_STOLEN),
    ("顧客台帳のファイルが入ったUSBメモリが見当たらない", IncidentType.LOST_OR_STOLEN),
]


@pytest.mark.parametrize(("text", "kind"), LOSSES)
def test_a_loss_reads_the_same_in_every_register(text: str, kind: IncidentType) -> None:
    assert read_message(text).incident_type is kind
