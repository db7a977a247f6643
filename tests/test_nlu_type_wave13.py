"""Incident type and unauthorized access, wave 13: classes of misreadings left on unseen text,
one table per class, with sentences of our own asserting what the user would see, and
near-misses that must stay as they are."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None, str | None]


def _seen(messages: list[str]) -> tuple[object, object]:
    facts, _, _ = predict(messages)
    return facts["incident_type"], facts["unauthorized_access"]


# A work used without its holder's leave (許諾なく, 承諾を得ず, ライセンスのない, 無断で) is the
# spec's media claim, with no rights word said; a person's data posted without consent, or an
# insider's taking without leave, is no work's use.
UNLICENSED_WORK: list[Row] = [
    (
        ["パンフレットのイラスト2点が、作者の許諾を得ずに使用されていたことが分かりました"],
        "media",
        None,
    ),
    (
        ["当社サイトの写真について、撮影した方から、許諾なく掲載されているとのご連絡がありました"],
        "media",
        None,
    ),
    (["素材サイトの会社から、ライセンス契約のない画像が使われていると言われました"], "media", None),
    (["チラシに無断で写真を使用していたとして、モデル本人から請求が来ました"], "media", None),
    (["動画の件で、権利者の代理人から通知書が届きました"], "media", None),
    (["職員が上司の許可なくUSBメモリを持ち帰っていました"], None, None),
    (["利用者さんの写真と名前を、ご家族の同意なくSNSに投稿していました"], "other", None),
    (["写真は撮影者の許諾を得たうえで掲載しています"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), UNLICENSED_WORK)
def test_a_work_used_without_leave_is_media(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# An infection got by opening a mail of ours (「弊社から届いたメールを開いたら感染した」) is
# the recipient's: not our systems' infection; one got from another party's mail is ours.
OPENED_OUR_MAIL: list[Row] = [
    (
        ["お客様から、弊社から届いたメールの添付を開いたらウイルスに感染したと連絡がありました"],
        None,
        None,
    ),
    (
        ["取引先いわく、うちから来たメール開いたら感染したって。うちのPCも感染してるかも"],
        "suspected",
        None,
    ),
    (["取引先から来たメールの添付を開いたらウイルスに感染しました"], "malware", "found"),
    (["社員が不審なメールの添付を開いてしまい、感染しました"], "malware", "found"),
]


@pytest.mark.parametrize(("messages", "kind", "access"), OPENED_OUR_MAIL)
def test_an_infection_from_our_mail_is_the_recipients(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)


# Someone said to have got in (「誰かに入られた」), of no place: an intrusion where its sentence
# names a system, a burglary (or nothing read) where it names premises or nothing.
SOMEONE_GOT_IN: list[Row] = [
    (["保守会社から、予約システムに誰かに入られたかもしれないと言われました"], "suspected", None),
    (["ログを見たら、サーバーに何者かに入られてました"], "unauthorized_access", "found"),
    (["夜のうちに事務所に誰かに入られて、ノートパソコンが盗まれました"], "lost_or_stolen", None),
    (["誰かに入られたかもしれないです"], None, None),
]


@pytest.mark.parametrize(("messages", "kind", "access"), SOMEONE_GOT_IN)
def test_someone_got_into_a_system(
    messages: list[str], kind: str | None, access: str | None
) -> None:
    assert _seen(messages) == (kind, access)
