"""Money spent or ordered before the insurer was asked is consent refused (labelling rule 6);
consent not yet asked, with nothing paid, stays unknown.

Our own sentences. Set 13, written blind, told it in forms the lists did not hold: a polite
negative (「保険会社にはまだ何も言ってません」), telling before or after (「保険会社に話す前に
発注」「保険会社への連絡は事後に」), 未連絡, and 「同意なしで」 said of the act. And it read a
refusal where nothing was paid: an aside (「（まだ何も払ってません）」) taken as the consent's
own negation, amounts read as spent when the message says nothing was paid, a decimal point
(2.8M) ending the sentence that called the amount an estimate.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

REFUSED: list[tuple[str, ...]] = [
    ("業者にデータ復旧を頼んで120万払いました。保険会社にはまだ何も伝えてません",),
    ("弁護士に依頼しました（着手金30万）。保険会社には連絡していません",),
    ("保険会社に報告する前に、調査会社と契約してしまいました。費用は250万です",),
    ("コールセンターを開設しました（80万）。保険会社への報告は事後になります",),
    ("DM発送業者に発注済み、代理店には未報告です",),
    ("同意を得ずにフォレンジック業者と契約しました。300万です",),
    ("同意なしで先にお詫び状を発送しちゃいました（15万）",),
    ("復旧作業を業者にお願いして、もう60万支払いました", "保険会社にはまだ言ってません"),
    ("勝手に発注しちゃったけど大丈夫？",),
    # The ず form of the same verbs (set 16): done without telling the insurer.
    ("お詫び状を20万で発送しました", "保険会社には何も言わずに進めてしまいました"),
    ("保険会社に相談せずに業者と契約しました。復旧費は90万です",),
    ("代理店には伝えずにコールセンターを立ち上げました。委託費60万",),
    # Paid for certain in one sentence, in doubt in another: the first is spending.
    ("調査費300万払いました。見舞金は払ったかどうか不明。保険会社には言ってません",),
    # Relayed, not doubted: 「ようです」 still says it was done.
    ("代理店です。同意なしで先に復旧業者と契約してしまったようです（90万）",),
    # Ordered is enough, paid or not.
    ("業者には発注済みですが、まだ何も払っていません。保険会社にはまだ言ってません",),
    # The noun forms and forgetting to tell (set 21): 「ご相談前に」「事後のご報告」「忘れてた」.
    ("損保様へのご連絡前に、復旧業者へ発注いたしました。費用は45万円です",),
    ("保険会社には事後のご報告となりますが、お詫び状は発送済みです",),
    ("調査費80万はもう払いました。保険会社への連絡は忘れてました",),
    ("代理店に相談し忘れて、コールセンターを開設しました",),
    # Not managed to tell yet, and western Japanese negatives (set 38).
    ("復旧業者に頼んで35万払いました。代理店にはまだ連絡できていません",),
    ("お詫び状はもう出した、郵送で8万。保険屋さんには話しとらん",),
    ("調査会社に発注して50万かかってしもた。保険会社には言うてへん",),
]

OPEN: list[tuple[str, ...]] = [
    ("保険会社にはまだ何も言ってません",),
    ("保険会社にはまだ連絡していません。見積もりは200万です",),
    ("保険会社に話す前に業者に発注してもいいですか？",),
    ("保険会社に連絡する前に発注してもいいですか？",),
    ("同意なしで発注してもいいですか？",),
    ("事後報告でも大丈夫ですか？",),
    ("保険会社には事後に報告すればいいですか？",),
    # Someone else's consent (a data subject's) is not the rider's.
    ("本人の同意なく名簿を業者に渡していました。調査費は100万円でした",),
    ("同意はこれから取ります（まだ何も払ってません）。コールセンターは90万です",),
    ("見舞金が50万、お詫び状が20万。同意はまだで、まだ一円も払っていません",),
    ("コールセンターの費用は120万です", "同意はまだ取ってません。まだ何も支払っていません"),
    ("フォレンジックの見積もり1.5M、弁護士50万。保険会社にはまだ何も言ってないです",),
    ("同意はまだです。発注してもいいですか？",),
    # Not told, with nothing spent, or asked about: still to be obtained.
    ("保険会社には何も言わずに様子を見ています",),
    ("保険会社に相談せずに発注してもいいですか？",),
    ("見積もりは80万です。保険会社にはまだ伝えずにいます",),
    # Whether it was paid is not known: no spending said, so no refusal.
    ("保険会社にはまだ言ってません。コールセンター代80万、支払い済みかどうかは未確認です",),
    ("復旧費50万", "支払ったかどうかは経理に確認中です。保険会社には話してません"),
    ("業者に発注したか不明です。保険会社には連絡していません",),
    # The noun forms with nothing spent, or someone else forgotten.
    ("保険会社へのご相談前に、何を準備すればよいでしょうか",),
    ("保険会社への相談前に見積もりを取りました。80万の予定です",),
    ("保険会社への連絡は忘れてました。まだ何も発注していません",),
    ("お客様への連絡を忘れていました。コールセンターは発注済みです",),
    # Not managed to tell yet, with nothing spent; someone else not told.
    ("保険会社にはまだ連絡できてないです。見積もりは60万の予定です",),
    ("業者に25万払いました。取引先にはまだ連絡できてません",),
]


@pytest.mark.parametrize("turns", REFUSED)
def test_spent_before_the_insurer_was_asked_is_refused(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["consent"] is False


@pytest.mark.parametrize("turns", OPEN)
def test_not_yet_asked_with_nothing_paid_stays_unknown(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["consent"] is None


# 「了承をもらってから発注」: a memo's sentence ending in the noun of spending states it done;
# 「同意なしで先に払っちゃいました」: spent (colloquial ちゃう) without consent.
MEMO_FORMS: list[tuple[str, bool | None]] = [
    ("保険会社の了承をもらってから業者に発注", True),
    ("代理店のOKをもらって復旧作業を発注", True),
    ("保険会社の同意なしでベンダーに払っちゃいました", False),
    ("同意なしで先に払っちゃって…", False),
    # Near misses: planned, supposed, asked, or another act.
    ("保険会社の了承をもらってから発注予定", None),
    ("保険会社の了承を得てから発注？", None),
    ("同意が取れたら発注", None),
    ("保険会社の了承をもらってから検討", None),
    ("同意なしで払っちゃったらどうなりますか", None),
]


@pytest.mark.parametrize(("text", "consent"), MEMO_FORMS)
def test_memo_forms_of_consent(text: str, consent: bool | None) -> None:
    from nlu import read_message as _read

    assert _read(text).consent is consent


# Ordered already, the insurer to be told only now: a refusal (rule 6); not yet ordered
# (発注前), or the order itself still to come, leaves it open.
TOLD_LATER = [
    ("もう業者に発注済みで、保険会社にはこれから連絡します", False),
    ("復旧は依頼済みです。保険会社への連絡はこれからです", False),
    ("保険会社に言う前に、業者さんにお願いしちゃいました。復旧で80万でした", False),
    ("まだ発注前で、保険会社にはこれから連絡します", None),
    ("これから発注します。保険会社にはこれから連絡します", None),
]


@pytest.mark.parametrize(("text", "consent"), TOLD_LATER)
def test_spent_with_the_insurer_told_later(text: str, consent: bool | None) -> None:
    facts, _, _ = predict([text])
    assert facts.get("consent") == consent
