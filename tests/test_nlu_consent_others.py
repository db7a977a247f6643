"""Consent given or withheld by someone other than the insurer is not the rider's ※3
(the insurer's consent to spend): it leaves `consent` unknown.

Our own sentences. Set 15, written blind, read two notices wrong: a mis-sent fax whose
recipient 「ご了承をいただいております」 (the recipient agreeing to delete it, named earlier in
the sentence with に) read as consent given, and a portrait-rights suit over photos used
「許可なく」 in an advert, with a damages figure, read as consent refused.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

# The one who agrees is named, marked に/から/より, earlier in the sentence.
ASKED_PARTY: list[str] = [
    "送信先の事業者様には事情をご説明し、書面の破棄をお願いし、ご了承をいただいております。",
    "誤送信先の方には削除をお願いし、ご了承いただきました。",
    "受信者から削除の了承を得ています。",
    "ご本人様には経緯をご説明し、ご了承をいただきました。",
    "取引先には事情を説明して、了承をもらいました。",
]

# Leave to use, publish or pass on content or data: a rights holder's or a data subject's.
LEAVE_TO_USE: list[str] = [
    "タレントの写真を許可なく自社の広告に使用していたとして、約300万円の賠償を求められています。",
    "イラストを作者の承諾なくパンフレットに掲載していました。使用料50万円を請求されています。",
    "名簿を同意なく外部の業者に提供していたことが分かりました。調査費は80万円でした。",
    "写真を許可なくホームページに転載していた件で、和解金30万円を払いました。",
    # Leave to publish said as a noun before 同意 (「掲載の同意」).
    "掲載の同意をいただいていない方の写真をチラシに使い、解決金20万円を支払いました。",
    "撮影の同意を取らずに動画を公開していた件で、10万円をお支払いしました。",
]

# The person a photo shows, named by who they are (set 29: 「女性は掲載前に同意を求められて
# いなかったと主張している」 beside a damages figure).
PORTRAIT_SUBJECT: list[str] = [
    "町の広報紙に顔写真を使われた男性が、事前に同意を求められなかったとして30万円を請求しています。",
    "チラシに写った女性から、同意していないとして慰謝料50万円を求められました。",
    "卒業アルバムの写真をSNSに載せた件で、生徒の同意を得ていなかったと指摘され、10万円を払いました。",
]

# Near misses: the insurer's consent, named or implied by a bare answer, still reads.
GIVEN: list[tuple[str, ...]] = [
    ("代理店から了承をいただきました。",),
    ("保険会社には事情を説明して、了承をもらいました。",),
    ("お客様への通知費用について、保険会社の同意を得ています。",),
    ("同意は取得済みです",),
    ("コールセンターの件、日新さんから了承もらいました",),
    # A shorthand list's items are statements of their own: the party is in another item.
    ("誤送信/取引先からの連絡で発覚/お詫び状 5万/同意済",),
    ("顧客から賠償請求 100万\n同意：取得済",),
]

REFUSED: list[tuple[str, ...]] = [
    # A person named beside the insurer: the insurer's consent is the one said.
    ("女性の担当者が、保険会社の同意なしで業者に発注してしまいました。40万です",),
    ("同意なしで業者にデータ復旧を発注しちゃいました。50万です",),
    ("保険会社の許可なく、弁護士に依頼してしまいました。30万円です",),
    ("保険会社の同意を得ずに、写真の使用料50万円を払ってしまいました",),
]


@pytest.mark.parametrize("message", ASKED_PARTY + LEAVE_TO_USE + PORTRAIT_SUBJECT)
def test_someone_elses_consent_leaves_consent_unknown(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["consent"] is None


@pytest.mark.parametrize("turns", GIVEN)
def test_the_insurers_consent_still_reads_as_given(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["consent"] is True


@pytest.mark.parametrize("turns", REFUSED)
def test_spending_without_the_insurers_consent_still_reads_as_refused(
    turns: tuple[str, ...],
) -> None:
    facts, _, _ = predict(turns)
    assert facts["consent"] is False
