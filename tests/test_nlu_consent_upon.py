"""Money spent upon the insurer's consent (「御社了承の上での支出です」「同意の上で発注しました」)
states the consent given first. Set 31, written blind: an agent's 「いずれも御社了承の上での支出
です」 read nothing. A plan, a wish or a question spends nothing and states no consent, and
another party's consent is not the insurer's. Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import read_message

GIVEN = [
    "調査費もコールセンターも、保険会社了承の上での支出です",
    "代理店の同意の上で、復旧業者に発注しました",
    "見舞金は保険会社の承諾のうえで支払いました",
    "いずれも御社了承の上で契約しました",
]

NOT_STATED = [
    "同意の上で発注する予定です",
    "保険会社の同意の上で発注したいと考えています",
    "同意の上で発注しましたか？",
    "ご本人の同意の上で名簿を提供しました",
]


@pytest.mark.parametrize("text", GIVEN)
def test_spent_upon_consent_is_consent_given(text: str) -> None:
    assert read_message(text).consent is True


@pytest.mark.parametrize("text", NOT_STATED)
def test_no_spending_or_anothers_consent_states_none(text: str) -> None:
    assert read_message(text).consent is None
