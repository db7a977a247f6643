"""A notice's count that replaces the figure it gave before counts the same victims
(`nlu.victim_revisions`): in 「会員情報を約5,000件とご案内しておりましたが、精査の結果、対象は
4,312件と確定」 the 5,000 is the old figure and the 4,312, with no data word of its own, the
victims now known. Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def counts(*messages: str) -> tuple[int | None, int | None]:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    found = facts_to_json(facts)
    return found["individuals"], found["corporations"]


REVISED: list[tuple[str, tuple[int | None, int | None]]] = [
    (
        "第1報では、漏えいのおそれがある会員情報を約5,000件とご案内しておりましたが、"
        "精査の結果、対象は4,312件と確定しました。",
        (4312, None),
    ),
    (
        "先日、顧客情報を最大1万件としておりましたが、調査が終わり、実際には8,450件でした。",
        (8450, None),
    ),
    (
        "前回のお知らせで取引先情報を約40件とお知らせしておりましたが、確定値は36件です。",
        (None, 36),
    ),
    (
        "第1報でお客様の氏名・住所 最大2,000件とご案内いたしましたが、最終的な対象は1,870件と"
        "なりました。",
        (1870, None),
    ),
    # Near misses: a second count of another thing, a figure of inquiries given before.
    ("会員情報1,200件が流出しました。問い合わせは30件ありました。", (1200, None)),
    (
        "お客様情報約900件が漏えいしました。なお、お問い合わせは約50件とご案内しておりましたが、"
        "その後120件に増えています。",
        (900, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REVISED)
def test_a_count_replacing_the_figure_given_before_counts_its_victims(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    assert counts(text) == expected
