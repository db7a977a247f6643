"""Leave to put someone's photo or words on a site (「写真を許可なく載せていた」) is the
person's leave, not the insurer's consent to spend: it leaves `consent` unknown.

Our own sentences. Set 32, written blind, read an agent's chat as consent refused: a
builder had put a client's face on its site 「許可なく載せていた」 and was asked for 50万円;
載せる (lemma 乗せる) was no act of using, as 掲載 is.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

POSTED: list[str] = [
    "お客さんの顔が写った写真を許可なくHPに載せていて、慰謝料30万円を請求されています。",
    "施工事例に施主さんの家の写真を許可なく載せていたそうです。賠償金20万円を払いました。",
    "生徒の作品を本人の同意なくSNSにアップしていた件で、10万円を支払いました。",
    "イラストを作者の承諾なくブログに投稿していました。使用料15万円を払っています。",
]

# Near misses: the insurer's leave still counts.
REFUSED: list[str] = [
    "保険会社の許可なく、弁護士に依頼してしまいました。30万円です",
    "同意なしで業者にデータ復旧を発注しちゃいました。50万です",
]


@pytest.mark.parametrize("message", POSTED)
def test_leave_to_post_content_is_not_the_insurers_consent(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["consent"] is None


@pytest.mark.parametrize("message", REFUSED)
def test_spending_without_the_insurers_leave_is_still_refused(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["consent"] is False
