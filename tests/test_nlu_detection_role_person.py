"""One of our own people named with 本人 or ご自身 (`detection` self): 「発見は院長ご本人」
「気づいたのは店長ご本人」 name the director or the manager himself, one of us, in a key's
value, a cleft, a subject or an agent's relay (nlu.reporter_roles).

Precision first: a bare ご本人 (本人様) is a data subject, an outsider, and so is one after
an outsider (「患者ご本人」「取引先の社長ご本人」); 「本人確認」 names no finder at all. Our own
person as the source of a report (「院長ご本人から連絡」) is told inside, as 「上司から」 is:
unknown, not an outsider.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD, SELF = Detection.THIRD_PARTY, Detection.SELF

ROLE_PERSON: list[tuple[str, Detection | None]] = [
    # A key's value, with : or は.
    ("発見：院長ご本人", SELF),
    ("発見者：社長本人", SELF),
    ("発見は店長ご本人です。公表はまだしていません", SELF),
    # A cleft.
    ("最初に気づいたのは理事長ご自身です", SELF),
    ("見つけたのは園長ご本人でした", SELF),
    ("気づいたのは先生ご自身だそうです", SELF),
    # The subject of a finding, also relayed by the client's agent.
    ("お客様の社長ご本人が気づいたそうです", SELF),
    ("代理店です。お客様の院長ご本人が画面の異常に気づいたそうです", SELF),
    ("オーナーご本人が不審なログインに気づきました", SELF),
    ("当院の院長ご本人が発見しました", SELF),
    # Near misses: a data subject, or someone else's officer, stays an outsider.
    ("ご本人から問い合わせがあり発覚", THIRD),
    ("ご本人様から連絡があり、誤送信が分かりました", THIRD),
    ("患者ご本人からの電話で発覚", THIRD),
    ("会員ご本人から指摘があり発覚しました", THIRD),
    ("取引先の社長ご本人から連絡があり発覚", THIRD),
    ("取引先の社長ご本人が気づいて連絡をくれた", THIRD),
    # Our own person telling us: inside, like 「上司から」, not an outsider.
    ("院長ご本人から連絡があり発覚", None),
    ("社長本人から連絡があり発覚しました", None),
    # No finder named.
    ("本人確認", None),
    ("本人確認書類を紛失しました", None),
    ("患者ご本人が気づいた", None),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_PERSON)
def test_role_person(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection == expected
