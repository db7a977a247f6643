"""A type of another event, said without a correction, is asked about (issue 10, class 4).

「USBメモリを紛失した件もあります」 after 「ランサムウェアに感染しました」 names a second event
or a misreading: the conversation keeps the first type and proposes the new one for the user
to confirm, never writes it over silently. A correction word, a denial of the first type
(「誤送信ではありませんでした」), a doubt confirmed, an attack's refinement or another attack
word change or keep the type as before, without asking.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.conversation.engine import Engine
from bot.conversation.store import MemoryStore
from coverage import load_rider
from nlu import ScalarClash, facts_from_readings, read_message

Case = tuple[tuple[str, ...], str, str | None]

CASES: list[Case] = [
    # (messages, the type held, the type proposed)
    (
        ("社内のPCがランサムウェアに感染しました", "USBメモリを紛失した件もあります"),
        "malware",
        "lost_or_stolen",
    ),
    (
        ("請求書をFAXで別の会社に誤送信しました", "あと営業が顧客名簿を電車に置き忘れました"),
        "misdelivery",
        "lost_or_stolen",
    ),
    (
        ("ノートPCを紛失しました", "サーバーが不正アクセスを受けてます"),
        "lost_or_stolen",
        "unauthorized_access",
    ),
    # Corrected, denied or refined: the new type, no question.
    (
        ("ノートPCを紛失しました", "紛失ではなく、ウイルス感染でした"),
        "malware",
        None,
    ),
    (
        (
            "宛先を間違えて送ったかも",
            "誤送信ではありませんでした。アカウントが乗っ取られていました",
        ),
        "unauthorized_access",
        None,
    ),
    (
        ("不正アクセスの可能性があります", "ログを調べたら不正アクセスでした"),
        "unauthorized_access",
        None,
    ),
    (
        ("ランサムウェアに感染しました", "サーバーにも不正アクセスの痕跡がありました"),
        "malware",
        None,
    ),
    (
        (
            "ランサムウェアにやられたみたいです",
            "委託先のサーバーがランサムウェアにやられたそうです",
        ),
        "vendor_leak",
        None,
    ),
    (
        ("ノートPCを紛失しました", "盗まれたのかもしれません"),
        "lost_or_stolen",
        None,
    ),
]


@pytest.mark.parametrize(("messages", "held", "proposed"), CASES)
def test_another_event_is_proposed(
    messages: tuple[str, ...], held: str, proposed: str | None
) -> None:
    _, state = facts_from_readings([read_message(text) for text in messages])
    assert state.values.get("incident_type") == held
    clashes = [c for c in state.clashes() if c.name == "incident_type"]
    expected = [ScalarClash("incident_type", held, proposed)] if proposed else []
    assert clashes == expected


@pytest.mark.parametrize(
    "text",
    [
        "更新モジュールに不正なプログラムが混入していました",
        "配布したインストーラーにプログラムが混入されていた",
    ],
)
def test_a_program_mixed_in_is_malware_not_a_misdelivery(text: str) -> None:
    assert read_message(text).incident_type == "malware"


def test_a_document_mixed_in_stays_a_misdelivery() -> None:
    assert read_message("封筒に別のお客様の書類が混入していました").incident_type == "misdelivery"


def test_the_bot_asks_which_event_and_the_answer_settles_it() -> None:
    """The question names both types in Japanese; 「今回の内容」 takes the new one."""
    engine = Engine(load_rider(), MemoryStore(), clock=lambda: datetime(2026, 12, 4, tzinfo=UTC))
    key = "T1:C1:9.0"
    engine.handle(key, "社内のPCがランサムウェアに感染しました")
    reply = engine.handle(key, "USBメモリを紛失した件もあります")
    assert reply.question is not None and reply.question.id == "fact_clash"
    assert reply.question_text is not None
    assert "マルウェア" in reply.question_text and "紛失" in reply.question_text
    assert reply.estimate is not None and reply.estimate.facts.incident_type is not None
    assert reply.estimate.facts.incident_type.value == "malware"
    settled = engine.answer(key, "fact_clash", "new")
    assert settled.estimate is not None and settled.estimate.facts.incident_type is not None
    assert settled.estimate.facts.incident_type.value == "lost_or_stolen"
