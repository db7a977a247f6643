"""Incident type around posts on SNS: who made the post, and whether a social medium named
is a post at all. Our staff posting is `other` (tests/data/README.md rule 2); an outsider's
post is the outcome of another leak, whose own words decide; a medium only named (its DMs,
someone who saw it) is no post."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict


def _type(messages: list[str]) -> object:
    facts, _, _ = predict(messages)
    return facts["incident_type"]


# Talk said aloud or made a topic in a public place, heard by someone who posted it: a
# visual leak, as talk overheard is.
TALK_SAID_ALOUD: list[tuple[list[str], str | None]] = [
    (
        ["バスの車内で、担当者が患者の病名を口にしていたのを聞いた人がSNSに書き込んだ"],
        "visual_leak",
    ),
    (
        ["職員が居酒屋でお客様の取引内容を話題にしており、その様子がSNSに投稿されました。"],
        "visual_leak",
    ),
    # No public place: nobody around to hear it.
    (["会議で顧客の氏名を口にしました"], None),
]


@pytest.mark.parametrize(("messages", "kind"), TALK_SAID_ALOUD)
def test_talk_said_aloud_in_public_is_a_visual_leak(messages: list[str], kind: str | None) -> None:
    assert _type(messages) == kind


# An outsider said as the poster (「乗客がSNSに投稿していた」「通行人がインスタに上げていた」)
# makes no post of ours; our staff as the poster does.
OUTSIDE_POSTERS: list[tuple[list[str], str | None]] = [
    (["来店客がSNSに会員の名前を投稿していたと連絡がありました"], None),
    (["通りがかった第三者がインスタに顧客名簿の写真を上げていたようです"], None),
    (["乗客の方がSNSに利用者さんの氏名を投稿されていました"], None),
    (["パートの職員がSNSに利用者さんの氏名を投稿していました"], "other"),
    (["バイトがインスタに顧客名簿の写真を上げていた"], "other"),
]


@pytest.mark.parametrize(("messages", "kind"), OUTSIDE_POSTERS)
def test_a_post_made_by_an_outsider_is_no_post_of_ours(
    messages: list[str], kind: str | None
) -> None:
    assert _type(messages) == kind


# A social medium only named (its DMs, someone who saw it, a page read) is no post; posting on
# it, said with a verb of uploading, is.
MEDIA_NAMED: list[tuple[list[str], str | None]] = [
    (["インスタのDMで、会員の方から予約確認のメールが届かないと言われました"], None),
    (["お店のインスタを見たという方から、顧客の名前が出ていると電話がありました"], None),
    (
        ["スタッフがインスタのストーリーに、予約表の写真を載せていました。お客様の名前が5名分"],
        "other",
    ),
    (["新人がお客さんの名前入りの伝票をインスタにアップしてた"], "other"),
]


@pytest.mark.parametrize(("messages", "kind"), MEDIA_NAMED)
def test_a_social_medium_only_named_is_no_post(messages: list[str], kind: str | None) -> None:
    assert _type(messages) == kind
