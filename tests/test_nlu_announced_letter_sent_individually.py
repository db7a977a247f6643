"""A notice that names itself and says it went to its readers one by one, or only to some
(「本状は、対象の会員様に個別にお送りしております」), notifies the victims: no announcement
(tests/data/README.md rule 5), however it greets them. A notice that only says the victims
will be told individually is still the public notice. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

_HEAD = (
    "会員の皆様へ\n\n会員情報の流出に関するお詫び\n\n2025年5月12日、当会の会員管理システムが"
    "不正アクセスを受け、会員312名の氏名とメールアドレスが流出したことが判明いたしました。"
)
_TAIL = "\n\n皆様には多大なご心配をおかけし、深くお詫び申し上げます。"

LETTERS: list[tuple[str, bool | None]] = [
    ("本状は、対象となる会員様に個別にお送りしております。", None),
    ("このお知らせは、該当する会員様だけにお送りしております。", None),
    ("本書面は、氏名が含まれていた会員様にのみ送付しております。", None),
    # Near misses: the victims told individually, said by a public notice.
    ("対象の会員様には個別にご連絡いたします。", True),
    ("対象の会員様には、順次メールでご案内いたします。", True),
]


@pytest.mark.parametrize(("sentence", "announced"), LETTERS)
def test_a_letter_sent_to_some_only_is_no_announcement(
    sentence: str, announced: bool | None
) -> None:
    facts, _, _ = predict([_HEAD + sentence + _TAIL])
    assert facts["announced"] is announced
