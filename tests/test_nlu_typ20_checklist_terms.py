"""Who noticed, said as the agent's checklist value in other words (自社発見, the pamphlet's
外部通報 spelled out as 監視会社からの通報), makes a verdict beside it a bare 「外部通報、不正
アクセスなし」 (tests/data/README.md rule 2): no type, even said as an investigation's outcome.
A suspicion named still makes it `suspected`. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


BARE: list[Row] = [
    (["自社発見、調査の結果不正アクセスなし、調査費80万"], None, "not_found"),
    (
        ["きっかけは監視会社からの通報でした。フォレンジック調査の結果、侵入はなかったそうです"],
        None,
        "not_found",
    ),
    (["外部からの通報があり、調査の結果、不正アクセスはなかった"], None, "not_found"),
]

# The suspicion said in its own words, or no checklist value: `suspected` as before.
DOUBTED: list[Row] = [
    (
        ["監視会社から不正アクセスの疑いがあると通報があり、調査の結果、侵入はありませんでした"],
        "suspected",
        "not_found",
    ),
    (["自社発見。不正アクセスの可能性があり、調査中です"], "suspected", None),
    (["調査の結果、侵入された形跡はありませんでした"], "suspected", "not_found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), BARE + DOUBTED)
def test_checklist_value_in_other_words(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
