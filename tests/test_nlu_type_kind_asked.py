"""An attack's kind asked of what was seen (「これってウイルスでしょうか？」「ランサムですか？」)
is the writer's doubt: `suspected`, access unknown (tests/data/README.md rule 2). A question
about the cover of a kind (「不正アクセスって補償対象ですか？」), or whether it happened asked of
someone (「感染しましたか？」), names no incident."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


KIND_ASKED: list[Row] = [
    (
        "共有フォルダのファイル名が全部おかしくなってます。これってランサムでしょうか？",
        "suspected",
        None,
    ),
    ("ホームページが朝から見られません。DDoSですか？", "suspected", None),
    ("経理のPCに見たことないアイコンが増えてる…もしかしてウイルスかな？", "suspected", None),
    # Near misses: the cover asked about, the event asked of someone.
    ("不正アクセスって補償対象ですか？", None, None),
    ("ランサムウェアでも保険は出ますか？", None, None),
    ("ウイルスに感染しましたか？", None, None),
]


@pytest.mark.parametrize(("text", "kind", "access"), KIND_ASKED)
def test_an_attacks_kind_asked_of_what_was_seen_is_suspected(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
