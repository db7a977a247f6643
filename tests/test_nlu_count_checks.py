"""Victim counts checked again: a later count said as what was found corrects the one known,
a part said of a whole is judged by its own item, and persons whose impact is still being
checked are no victims yet."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict
from nlu.extract import read_message

# 「確認したら2,000件だった」: a bare count said as found replaces an earlier (hedged) count.
FOUND_ON_CHECKING: list[tuple[list[str], int | None]] = [
    (["ノートPCを紛失、顧客の住所録が300件ほど入ってます", "数え直したら350件だった"], 350),
    (["USBに会員名簿が入ってて、たぶん100人くらい", "すみません、調べたら120人だった"], 120),
    (["顧客リスト入りの鞄を盗まれた、500件くらい", "リスト見たら480件でした"], 480),
    # Near misses: nothing known to correct, a past said of something else, a hedged count.
    (["調べたら2,000件だった"], None),
    (
        [
            "委託先から顧客データ流出の報告、対象は約5千人です",
            "そのうち1人から、説明が不十分だったとして苦情が来ています",
        ],
        5000,
    ),
    (["顧客情報が300件ほど入ってます", "確認したら400件だったかも"], 300),
]


@pytest.mark.parametrize(("messages", "expected"), FOUND_ON_CHECKING)
def test_a_count_found_on_checking(messages: list[str], expected: int | None) -> None:
    facts, _, _ = predict(messages)
    assert facts.get("individuals") == expected


# 「ログイン試行のうち、会員N件」: the whole (attempts) does not say what the part counts.
PART_OF_A_WHOLE: list[tuple[str, int | None]] = [
    ("約5万回のログイン試行のうち、会員320アカウントへの不正ログインが成功した", 320),
    ("ログイン試行のうち、顧客1,050件の情報が閲覧された", 1050),
    # Near misses: the part itself counts attempts or inquiries.
    ("会員へのログイン試行5万件を検知しました", None),
    ("顧客情報の件で、お問い合わせ30件を受けています", None),
]


@pytest.mark.parametrize(("text", "expected"), PART_OF_A_WHOLE)
def test_a_part_counted_by_its_own_item(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected


# 「約2,000人の個人情報への影響については調査中」: whether they are affected is in doubt.
IMPACT_IN_DOUBT: list[tuple[str, int | None]] = [
    ("従業員約800人の個人情報への影響については調査中です", None),
    ("会員3万人への影響は現在確認中としている", None),
    ("取引先担当者600名の連絡先に関する被害については調査中", None),
    # The store holding their records, named by what it keeps, is what the doubt is about.
    ("会員様の情報（約4万件）が保存されたデータベースへの影響についても調査中です", None),
    ("顧客1,200名の氏名が登録されているサーバーへの影響は現在確認中です", None),
    # Near misses: the leak is stated, and only its consequences are being checked.
    ("顧客2,000人分の情報流出の影響は調査中です", 2000),
    ("会員3万人の個人情報が流出した。影響は調査中", 30000),
    ("患者1,500人の情報が流出した可能性があり、調査中です", 1500),
    ("会員3,000名の情報が保存されたサーバーから流出しました。影響は調査中", 3000),
]


@pytest.mark.parametrize(("text", "expected"), IMPACT_IN_DOUBT)
def test_persons_whose_impact_is_in_doubt(text: str, expected: int | None) -> None:
    assert read_message(text).individuals == expected
