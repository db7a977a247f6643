"""A phrase is found in the registers users type it in (class: 「見当たりません」 read as
nothing where 「見当たらない」 was a loss; 「送っちゃった」 where 「送ってしまった」 was a
mis-sent mail).

UniDic gives the verb one lemma in 見当たら|ない, 見当たり|ませ|ん, 見当たら|ん and
見当たら|へん; only the endings differ (ない, ます + ず, ず, Western へん). 〜てしまう
contracted is one word, ちゃう (じゃう after ん). Each phrase set registers every such form
of its phrases, so a word list need not spell each register out, and a panicked user's
casual or polite message reads as the plain one.
"""

from __future__ import annotations

import pytest

from coverage import IncidentType
from nlu import read_message
from nlu.doc import make_doc
from nlu.normalize import normalize
from nlu.phrases import PhraseSet

NOT_FOUND = PhraseSet({"gone": ["見当たらない", "つながらない"]})
SENT = PhraseSet({"sent": ["送ってしまっ", "飲んでしまう"], "opened": ["開いちゃっ"]})

# (text, whether the plain phrase is found in it)
REGISTERS = [
    ("USBが見当たらない", True),
    ("USBが見当たりません", True),
    ("USBが見当たりませんでした", True),
    ("USBが見当たらん", True),
    ("USBが見当たらなかった", True),
    ("ネットがつながりません", True),
    # Western Japanese へん (UniDic's negating へん) is a register too: 「まだわからへん」 is a
    # doubt, as 「まだわからない」 is, not a denial.
    ("ネットがつながらへん", True),
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


# (text, the label found, or None)
CONTRACTIONS = [
    ("取引先に送っちゃった", "sent"),
    ("取引先に送っちゃいました", "sent"),
    ("取引先に送ってしまった", "sent"),
    ("薬を飲んじゃう", "sent"),
    ("添付を開いてしまった", "opened"),
    ("添付を開いちゃった", "opened"),
    # Near misses: the verb alone, or another auxiliary.
    ("取引先に送った", None),
    ("取引先に送っておいた", None),
    ("添付を開いた", None),
]


@pytest.mark.parametrize(("text", "label"), CONTRACTIONS)
def test_te_shimau_and_its_contraction_are_one_phrase(text: str, label: str | None) -> None:
    found = SENT.find(make_doc(normalize(text)))
    assert (found[0].label if found else None) == label


def test_a_mail_shown_to_all_in_cc_is_a_misdelivery_not_a_visual_leak() -> None:
    """「見えちゃってた」 now matches a visual leak's 「見えてしまっ」: said of CC, it is a mail."""
    reading = read_message("メルマガの宛先がCCで全員に見えちゃってた")
    assert reading.incident_type is IncidentType.MISDELIVERY
    shown = read_message("受付で他の患者さんのカルテが見えちゃってた")
    assert shown.incident_type is IncidentType.VISUAL_LEAK
