"""The organisation's notice put on, or kept off, its 「サイト」 (「サイトでのお知らせは出して
ません」「サイトにお詫びを載せました」) says whether it announced (rule 5: HP掲載), as for HP;
the site named for anything else (a photo posted by mistake, the attacked site) says nothing.
Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

POSTED: list[tuple[tuple[str, ...], bool | None]] = [
    (("昨日からサイトが落ちてます", "復旧しました。サイトでのお知らせは出してません"), False),
    (("ECサイトに不正アクセスされました。サイトにお詫びを載せました",), True),
    # Near misses: a file posted by mistake; the attacked site restored.
    (("サイトに顧客の写真を誤って載せてしまいました",), None),
    (("改ざんされたサイトを業者に復旧してもらいました。20万円です",), None),
]


@pytest.mark.parametrize(("messages", "announced"), POSTED)
def test_a_notice_on_the_site_reads_as_on_hp(
    messages: tuple[str, ...], announced: bool | None
) -> None:
    facts, _, _ = predict(list(messages))
    assert facts["announced"] is announced
