"""Words for announcing that say nothing of this incident's announcement, and a topic whose
predicate comes later: 「取引先の未発表の新製品」 is another thing not yet public; 「弊社が発表
したものではありません」 denies who a story came from; 「「公表済み」と書いたのは誤りで」 takes the
writer's words back; 「公表については、…検討中です」 is weighed, in the clause after the topic."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict
from nlu.extract import read_message

TOPIC = [
    ("対外的な公表については、保護者会の意見を踏まえて検討中です。", None),
    ("公表に関しては、顧問弁護士の助言を受けて判断しているところで、まだ未定です。", None),
    ("公表については、来週ホームページで行う予定です。", True),
    ("公表に関しましては、本日午後に記者会見を開きました。", True),
    ("公表については、まだしていません。", False),
    # the clause after the topic has verbs of its own: 相談して is no announcing
    ("公表については、弁護士と相談して決めます。", None),
]

ANOTHER_THING = [
    ("営業部長が電車で取引先の未発表の新製品の話をしてしまいました。", None),
    ("未公表の決算資料を誤ってメールで送ってしまいました。", None),
    # the incident's own state or course stays the announcement
    ("本件は未公表のままです。", False),
    ("非公表の方針で進めています。", False),
    ("まだ未公表です。", False),
]

SOURCE_DENIED = [
    ("一部で報道がありましたが、弊社が発表したものではありません。", None),
    ("SNSで出回っている文書は当社が公表した内容ではございません。", None),
    # the copula affirmed: it is the company's own
    ("先ほどの記事は当社が発表したものです。", True),
    ("昨日、当社が発表しました。", True),
]

CLAIM_CALLED_WRONG = [
    ("さっき「公表済み」と書いたのは誤りで、まだです。", False),
    ("公表したと言ったのは間違いで、来週公表する予定です。", True),
    ("「HPで公表しました」と書いたのは誤りで、公表するかどうかは社内で検討中です。", None),
    # nothing said in its place in the sentence
    ("「公表しました」と書いたのは誤りでした。", None),
    # the claim stands when nothing calls it wrong
    ("「公表しました」と総務に伝えました。", True),
]


@pytest.mark.parametrize(("text", "announced"), TOPIC)
def test_a_topic_is_read_in_the_clause_after_it(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


@pytest.mark.parametrize(("text", "announced"), ANOTHER_THING)
def test_a_thing_not_yet_public_is_no_announcement(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


@pytest.mark.parametrize(("text", "announced"), SOURCE_DENIED)
def test_a_denied_source_is_no_denied_announcement(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


@pytest.mark.parametrize(("text", "announced"), CLAIM_CALLED_WRONG)
def test_a_claim_called_wrong_gives_way(text: str, announced: bool | None) -> None:
    assert read_message(text).announced is announced


def test_a_correction_to_undecided_takes_back_the_announcement() -> None:
    facts, _, _ = predict(
        [
            "サイトが改ざんされた件、HPで公表しました。",
            "すみません、さっき「公表しました」と書いたのは誤りで、まだです。公表するかどうか検討中です。",
        ]
    )
    assert facts["announced"] is None


def test_a_statement_on_a_press_story_is_itself_published() -> None:
    text = (
        "一部報道について\n\n本日、一部報道機関において、当社が不正アクセスを受けたとの報道が"
        "ありましたが、当社が発表したものではございません。現在、外部の専門家の協力を得て事実"
        "関係を確認しております。判明次第、速やかにお知らせいたします。\n\n株式会社サンプル商事"
    )
    assert read_message(text).announced is True
