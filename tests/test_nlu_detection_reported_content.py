"""Who told (`detection`) when a party is named inside what the report says.

「IPAから、当社の情報が外部から閲覧可能な状態にある旨の連絡を受け」: the teller is set off by
its から and a comma; 外部 (or お客様) between that comma and 旨の / との is what was said. A
body named again by 同 and its head (「警視庁サイバー犯罪対策課は…同課からの連絡で」) keeps
the category of the body named first.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

CONTENT: list[Case] = [
    (
        "JPCERT/CCから、貴社のサーバーが外部から閲覧できる状態になっているとの連絡がありました。",
        EXTERNAL,
    ),
    ("警察より、会員名簿が第三者から閲覧可能になっている旨の通報を受けました。", EXTERNAL),
    ("IPAから、共有フォルダが外部から閲覧可能な状態であるとの連絡を受け判明しました。", EXTERNAL),
    # The teller in the content itself stays the reporter: nobody is set off before it.
    ("当社の名簿が外部から閲覧可能だと取引先から連絡がありました。", THIRD),
    # An outsider teller set off the same way keeps its own category.
    ("取引先から、貴社のファイルが外部から見られる状態にあるとの連絡がありました。", THIRD),
]

SAME_NAMED: list[Case] = [
    (
        "県警サイバー犯罪対策課は男を逮捕した。同社は昨年、同課からの連絡で流出を把握した。",
        EXTERNAL,
    ),
    ("中央警察署によると、同社は同署から連絡を受けて被害に気づいたという。", EXTERNAL),
    # 同課 with no body named before: an outsider nobody names, as before.
    ("同課から連絡を受けて流出に気づきました。", THIRD),
    # 同社 is the company's own anaphor, read elsewhere; an operator's 同社 is not a 課.
    ("取引先のA社が会見した。当社は同社から連絡を受けた。", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), CONTENT)
def test_a_party_inside_the_quoted_content_is_not_the_teller(
    text: str, expected: Detection | None
) -> None:
    """A party between the teller's 「から、」 and 旨の/との is what the report said."""
    assert read_message(text).detection is expected


@pytest.mark.parametrize(("text", "expected"), SAME_NAMED)
def test_a_body_named_again_by_its_head_keeps_its_category(
    text: str, expected: Detection | None
) -> None:
    """「同課」「同署」 after a body named in full tell as that body does."""
    assert read_message(text).detection is expected
