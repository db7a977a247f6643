"""Our own IT staff's check that established the incident (`detection` self).

「情シスが調べたら、サーバーのファイルが暗号化されていた」「情シスの佐藤さんに見てもらいました、
Emotetで確定」「情シスの森です。確認しましたがランサムウェアでした」: the company's own people found
out what it was (labelling rule 3: self is 情シス, own staff). A check still going on, done
before (確認済み), asked of the team, finding nothing, or of what an outsider reported, sets
nothing; and across messages the check confirms, so whoever is said to have told wins.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message
from nlu.facts_builder import facts_from_readings

SELF = Detection.SELF
THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

CHECKS: list[Case] = [
    ("情シスが調べたら、営業部のPCがEmotetに感染していました", SELF),
    ("情シスの佐藤さんに見てもらいました、ランサムウェアで確定だそうです", SELF),
    ("情シスの森です。確認しましたが、サーバーがランサムウェアに感染していました", SELF),
    ("情シスの森です。さっき確認しました。LockBitのランサムウェアでした", SELF),
    ("情報システム課の佐藤さんが確認しました、不正ログインで間違いないです", SELF),
    ("情シス確認しました！ファイルサーバーがランサムウェアに感染してます", SELF),
    # Near misses: still going on, done before, asked, nothing found, or a question.
    ("情シスに見てもらってるところです。ランサムかどうかはまだ分かりません", None),
    ("情シスの森です。確認中ですが、ランサムウェアのようです", None),
    ("踏み台にされていたことは情シスが先月確認済みです", None),
    ("情シスに確認したら、ランサムウェアでした", None),
    ("情シスの森です。確認しましたが、感染はしていませんでした", None),
    ("情シスの人に見てもらったらいいですか？ランサムウェアみたいです", None),
    ("委託先の担当者が調べたら、ランサムウェアでした", None),
    # An outsider told first, in the same message: the check is of what it told.
    ("取引先から電話があり、情シスが調べたらEmotetに感染していました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), CHECKS)
def test_our_it_staffs_check_that_found_it_is_self(text: str, expected: Detection | None) -> None:
    """Our staff checked and named what they found: self; a check of nothing found, not done
    or of what an outsider told reads no finding of ours."""
    assert read_message(text).detection is expected


CONVERSATIONS: list[tuple[list[str], Detection]] = [
    # The outsider told first: the check confirms, no proposal to the contrary.
    (
        [
            "取引先から、うちのアドレスから変なメールが来ると電話がありました",
            "情シスが調べたら、やっぱりEmotetに感染してました",
        ],
        THIRD,
    ),
    # The check told first, the trigger said after: who told wins.
    (["情シスに見てもらったら経理のPCが感染してました", "きっかけは取引先からの電話です"], THIRD),
    (["経理のPCの画面が真っ赤です", "情シスの森です。確認しましたがランサムウェアでした"], SELF),
]


@pytest.mark.parametrize(("messages", "expected"), CONVERSATIONS)
def test_a_check_gives_way_to_who_told(messages: list[str], expected: Detection) -> None:
    """Across messages the check's self never overrides nor contradicts a reporter said."""
    facts, state = facts_from_readings(read_message(m, message=i) for i, m in enumerate(messages))
    assert facts.detection is expected
    assert "detection" not in state.proposed
