"""Our staff named inside an outsider's quoted words (`detection`).

「乗客の方から「職員が大きな声で話していた」とのご意見をいただき判明」: the staff are what the
passenger said, not who found it; the passenger's ご意見 is a complaint received, a report as
苦情 is (labelling rule 3: third party). Staff outside the quote still find it themselves.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD, SELF = Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

QUOTED_STAFF: list[Case] = [
    (
        "利用者の方から「職員が廊下で患者さんの話をしていた」とのご意見をいただき判明しました。",
        THIRD,
    ),
    ("お客様から「店員が名簿を置きっぱなしにしていた」とのご指摘があり発覚しました。", THIRD),
    ("近所の方から「社員が書類を落としていった」と電話があり判明しました。", THIRD),
    # Only quoted, no report received: nobody is said to have told.
    ("報告書には「職員が手順を誤った」と書かれており、判明した経緯は不明です。", None),
    # Staff outside the quote found it themselves.
    ("職員が「様子がおかしい」と言って調べたところ、感染が判明しました。", SELF),
]

OPINIONS: list[Case] = [
    ("保護者の方からご意見をいただき、掲載の誤りが分かりました。", THIRD),
    ("市民の方からご意見が寄せられ、誤送付が判明しました。", THIRD),
    # An adviser whose view we asked for tells nothing of who found it.
    ("顧問弁護士のご意見をいただきました。", None),
    ("弁護士にご意見を伺いました。", None),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_STAFF)
def test_staff_inside_an_outsiders_quote_did_not_find_it(
    text: str, expected: Detection | None
) -> None:
    """A finding after a quote is the reporter's, not the quoted staff's."""
    assert read_message(text).detection is expected


@pytest.mark.parametrize(("text", "expected"), OPINIONS)
def test_a_view_voiced_to_us_is_a_report(text: str, expected: Detection | None) -> None:
    """「ご意見をいただき」 from an outsider tells as a complaint does; our adviser's does not."""
    assert read_message(text).detection is expected
