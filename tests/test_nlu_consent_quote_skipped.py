"""Work ordered without a quote is money spent (`nlu.consent_skipped`): in
「見積もりも取らずに業者に頼んでしまいました。保険会社には言っていません」 the quote is named only
to say there was none, so consent missing beside the order is a refusal (rule 6), not consent
still to be obtained. Sentences of our own."""

from __future__ import annotations

import pytest

from coverage import facts_to_json
from nlu import facts_from_readings, read_message


def consent(*messages: str) -> bool | None:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    value = facts_to_json(facts)["consent"]
    assert value is None or isinstance(value, bool)
    return value


SKIPPED: list[tuple[tuple[str, ...], bool | None]] = [
    (("見積もりも取らずに復旧を業者に頼んでしまいました。保険会社には言っていません",), False),
    (("見積を取らないで調査会社に発注しました。同意はまだです",), False),
    (("見積もりなしでEDRを導入しました。保険会社の了承は得ていません",), False),
    (
        (
            "ランサムウェアでファイルサーバーが止まりました",
            "原因調査は見積りも取らずに発注済みです。保険会社の同意？もらってないです",
        ),
        False,
    ),
    # Near misses: a quote to be taken first, a quote given, consent given.
    (("見積もりを取ってから発注する予定です。同意はまだです",), None),
    (("復旧の見積もりは80万円です。同意はまだ取っていません",), None),
    (("見積もりも取らずに頼みましたが、保険会社の同意は得ています",), True),
]


@pytest.mark.parametrize(("messages", "expected"), SKIPPED)
def test_work_ordered_without_a_quote_is_spent(
    messages: tuple[str, ...], expected: bool | None
) -> None:
    assert consent(*messages) == expected
