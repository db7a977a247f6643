"""Classes of wording sets 24 and 25 misread for `detection` (labelling rule 3), each with
sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# Being told as a favour, typed in kana on a phone (「おしらせいただいて」「おしえてもらって」),
# is the report its kanji form is; a request to be told is none.
KANA_FAVOURS = [
    ("うけとったかたからおしらせいただいてきづきました", THIRD),
    ("お客さんからおしえてもらってきづきました", THIRD),
    ("とりひきさきからしらせてもらいました", THIRD),
    ("げんいんがわかったらおしえてください", None),
    ("ほしょうのはんいをおしえてもらえますか", None),
]

# A plain 本人 noticing is the one who lost or sent it, one of us, and so is what he reports
# after noticing; ご本人 or 顧客本人 is a data subject, an outsider.
NOTICED_HIMSELF = [
    ("営業部員が社用スマホを置き忘れた。翌朝、本人が紛失に気付き報告した。", SELF),
    ("担当者がUSBをなくし、本人が気付いて上司に連絡した", SELF),
    ("ご本人が気づいて報告してくださいました", THIRD),
    ("顧客本人が気づいて連絡してきた", THIRD),
    ("会員様本人が気付いてご連絡くださいました", THIRD),
    ("翌朝、本人から報告があった。", THIRD),
]

# 「B社担当者から」「A社の社員から」: the staff of a firm named by a letter are that firm's,
# not ours; our own staff (「当社担当者」「経理担当者」) still are.
LETTERED_FIRMS_STAFF = [
    ("B社担当者から「宛先違いではないか」と電話連絡あり。", THIRD),
    ("A社の担当者から連絡がありました", THIRD),
    ("Ｃ社社員から指摘を受けました", THIRD),
    ("当社担当者から連絡がありました", SELF),
    ("経理担当者から報告があった", SELF),
]

# 「担当者が…撮影され、…投稿されていたことが、10月14日に判明」: a こと clause is the subject
# of the finding, so the staff before it are what happened, not who found it.
FOUND_ABOUT_STAFF = [
    (
        "当社の担当者が、駅の待合室でパソコンを使っていた際、隣の人に画面を撮影され、"
        "その写真がSNSに投稿されていたことが、5月2日に判明しました。",
        None,
    ),
    ("職員が書類を誤って廃棄していたことが、翌週判明しました", None),
    ("職員が調べたところ、ファイルが暗号化されていることが判明した", SELF),
    ("担当者が作業中に不審なファイルを発見した", SELF),
    ("職員が、不審な通信が続いていることに気付いた", SELF),
]

# 「事務局からのお知らせ」 on a line of its own is the writer's heading; a notice that runs on
# into what it led to is still a report.
WRITERS_HEADING = [
    ("理事会からのお知らせ　名簿の紛失について\n理事が名簿を電車に置き忘れました。", None),
    ("【事務局からのお知らせ】会員情報の誤送信について", None),
    ("取引先からのお知らせで気づきました", THIRD),
    ("カード会社からのお知らせにより判明しました", THIRD),
]

# Inquiries counted as still coming in, quoting nothing of what was said, pile up about what
# is known; a count that says what was told, or that led to a finding, still tells.
INQUIRIES_PILING_UP = [
    ("名簿を配り間違えました。住民から問い合わせが10件ほど来ています。", None),
    ("利用者から問い合わせが20件くらい来ております", None),
    ("お客さんから「変なメールが来た」って問い合わせが10件きてる", THIRD),
    ("お客様から問い合わせが3件あり、調べたところ流出が判明しました", THIRD),
    ("会員から問い合わせが3件来て、発覚しました", THIRD),
]

# An antivirus product named as what detected it runs on our own machines (labelling rule 3:
# own EDR or antivirus); having one installed says nothing.
ANTIVIRUS_BY_NAME = [
    ("事務所のPC6台、ウイルスバスターが感染検知した", SELF),
    ("ノートンが不審なファイルを検出しました", SELF),
    ("ESETで検知されたので隔離しました", SELF),
    ("ウイルスバスターを入れています", None),
    ("マカフィーの更新が切れていました", None),
]


@pytest.mark.parametrize(
    ("text", "detection"),
    KANA_FAVOURS
    + NOTICED_HIMSELF
    + LETTERED_FIRMS_STAFF
    + FOUND_ABOUT_STAFF
    + WRITERS_HEADING
    + INQUIRIES_PILING_UP
    + ANTIVIRUS_BY_NAME,
)
def test_who_made_us_aware(text: str, detection: Detection | None) -> None:
    assert read_message(text).detection is detection
