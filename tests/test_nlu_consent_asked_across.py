"""A colleague's plain question whether consent was obtained, answered in the next message
(class: consent asked across). 「保険会社の同意って取れた？」 then 「まだです…ただ業者には昨日から
作業に入ってもらってて」: consent missing and work already begun, so a refusal (rule 6); 「まだ
です」 with nothing spent leaves it open, and a bare まだ to another question answers that one.
Work begun is money ordered. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import facts_from_readings, read_message


def consent(*messages: str) -> bool | None:
    facts, _ = facts_from_readings([read_message(text) for text in messages])
    return facts.consent


CASES: list[tuple[tuple[str, ...], bool | None]] = [
    (
        (
            "サーバー復旧の件、保険会社の同意って取れた？",
            "まだです…ただ業者さんには今朝から復旧作業に入ってもらってて、費用は80万です",
        ),
        False,
    ),
    (
        (
            "代理店経由の同意はもらえた？",
            "いいえ。でも調査会社にはもう作業に入ってもらってます。見積もり120万",
        ),
        False,
    ),
    (("同意って取れました？", "はい、昨日取れました"), True),
    # Not yet, nothing spent: still open.
    (("同意って取れた？", "まだです。見積もりだけ取って待ってます"), None),
    # Another fact asked: the bare まだ answers that one, not consent.
    (("公表はされましたか？", "まだです。業者には作業に入ってもらってます"), None),
]


@pytest.mark.parametrize(("messages", "expected"), CASES)
def test_consent_answered_across(messages: tuple[str, ...], expected: bool | None) -> None:
    assert consent(*messages) is expected


SPENT: list[tuple[str, bool | None]] = [
    ("業者さんには昨日から駆除作業に入ってもらってて、1台3万です。同意はまだです", False),
    ("調査会社に着手してもらわないと間に合わない。見積り50万。同意はまだです", None),
    ("同意をもらってから作業に入ってもらいます。費用は50万。同意はまだです", None),
]


@pytest.mark.parametrize(("text", "expected"), SPENT)
def test_work_begun_is_spending(text: str, expected: bool | None) -> None:
    assert consent(text) is expected


HEADED: list[tuple[tuple[str, ...], bool | None]] = [
    # The heading calls the lines estimates: nothing spent, consent still to be asked.
    (
        (
            "見積もりが出そろいました。\nデータ復旧 200万\nお詫び状 30万",
            "同意はこれから代理店さんにお願いします",
        ),
        None,
    ),
    # Lines of money spent, no heading: consent asked only later is a refusal.
    (
        (
            "費用をまとめました。\nデータ復旧 200万\nお詫び状 30万",
            "同意はこれから代理店さんにお願いします",
        ),
        False,
    ),
]


@pytest.mark.parametrize(("messages", "expected"), HEADED)
def test_estimates_heading_spends_nothing(messages: tuple[str, ...], expected: bool | None) -> None:
    assert consent(*messages) is expected
