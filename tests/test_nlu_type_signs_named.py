"""Signs of a possible attack with no type named: our name on a ransomware group's leak site
(「リークサイトにうちの社名出てるらしい」) and a mail sent in our name (「当社の名をかたった
なりすましメールが届いた」) are `suspected`; named with an infection they are that malware;
denied, or only warned of, they are nothing."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

SIGNS: list[tuple[list[str], str | None]] = [
    (
        ["リークサイトに「近日公開」ってうちの社名出てるらしい…でも社内ではまだ何も見つかってない"],
        "suspected",
    ),
    (["当社の名前がリークサイトに掲載されていると取引先から連絡がありました"], "suspected"),
    (
        ["当社の名をかたった「なりすましメール」が届いたとのお問い合わせをいただきました"],
        "suspected",
    ),
    (["ランサムウェアに感染し、リークサイトに取引先の契約書が掲載されました"], "malware"),
    (["PCがEmotetに感染し、なりすましメールが送られていました"], "malware"),
    (["なりすましメールにご注意ください"], None),
    (["調べましたが、リークサイトへの掲載はありませんでした"], None),
]


@pytest.mark.parametrize(("messages", "kind"), SIGNS)
def test_signs_with_no_type_are_a_suspicion(messages: list[str], kind: str | None) -> None:
    facts, _, _ = predict(messages)
    assert facts["incident_type"] == kind
