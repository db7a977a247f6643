"""Our own head telling us (`detection`): 「院長から連絡があり発覚」「社長から連絡があって
気づいた」 is told inside, as 「上司から」 is (nlu.reporter_roles, nlu.findings).

Precision first: the head may relay what a patient or a customer told him, so neither an
outsider (third party) nor our own finding (self) is said; unknown. Someone else's officer
(「取引先の社長から」「税理士の先生から」) stays an outsider, a finding prompted by an
outsider's report stays theirs, and a signal of our own tools (「アラートが出て気づいた」) or
our staff's finding stays self.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD, SELF = Detection.THIRD_PARTY, Detection.SELF

OWN_HEAD: list[tuple[str, Detection | None]] = [
    # Our head as the one who told: unknown.
    ("院長から連絡があり、ランサムウェアの感染が発覚しました", None),
    ("理事長から連絡が入り判明した", None),
    ("校長から報告があり、USBメモリの紛失が分かりました", None),
    ("所長から連絡があり判明", None),
    ("院長先生から電話があって発覚しました", None),
    ("社長さんから連絡があり、誤送信に気づいた", None),
    ("弊社社長から連絡があり発覚", None),
    ("当院の院長から報告があり判明しました", None),
    # A finding prompted by being told: the teller says it, and one of us says nothing.
    ("社長から連絡があって気づいた", None),
    ("上司から連絡をもらって初めて気づきました", None),
    ("電話があって気づいた", None),
    # Our head telling others: no report received at all.
    ("誤送信の相手先には社長から連絡しました", None),
    ("患者様には院長より直接お詫びいたしました", None),
    # Near misses: someone else's officer, or an outsider's report, is a third party.
    ("取引先の社長から連絡があり発覚", THIRD),
    ("顧問先の社長から連絡があって気づいた", THIRD),
    ("税理士の先生から連絡があり発覚しました", THIRD),
    ("A社の代表から連絡があり、誤送信が分かった", THIRD),
    ("お客様から連絡があって気づきました", THIRD),
    ("院長から、患者さんから電話があったと連絡がありました", THIRD),
    # Our own staff, tools or eyes: self.
    ("スタッフから連絡があり発覚しました", SELF),
    ("社長が不審なログインに気づいた", SELF),
    ("アラートが出て気づいた", SELF),
    ("ログを見て気づいた", SELF),
    ("連絡しようとして気づいた", SELF),
]


@pytest.mark.parametrize(("text", "expected"), OWN_HEAD)
def test_own_head(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected


# A mis-sent mail reported by one of us is no recipient's report (nlu.reporter_words).
MISDELIVERY_TOLD_INSIDE: list[tuple[str, Detection | None]] = [
    ("社長から連絡があり、誤送信に気づいた", None),
    ("上司から連絡があり、誤送信に気づいた", None),
    ("店長さんから連絡があり、FAXの誤送信が分かった", None),
    ("社長さんから連絡があり、ウイルス感染に気づいた", None),
    # Near misses: a recipient or an outsider's staff told.
    ("誤送信先から連絡があり、誤送信に気づいた", THIRD),
    ("相手から連絡があり誤送信に気づいた", THIRD),
    ("取引先の部長から連絡があり、誤送信が分かりました", THIRD),
    ("封入に誤りがあると建設課に連絡があり、誤送付が判明した", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), MISDELIVERY_TOLD_INSIDE)
def test_misdelivery_told_inside(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
