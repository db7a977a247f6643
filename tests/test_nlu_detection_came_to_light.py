"""Who found it (`detection`) when the report that revealed it read unknown. Set 17, written
blind, left unread a contractor's pasted letter that only tells its incident, a call after
which it came to light (「お電話をいただき判明」), a recipient's question whose own ? cut the
sentence before 「と言われて気付きました」, and a recipient's reply by which it came to light.
A report still awaited (「ご連絡いただき次第」) is none.

Our own sentences in each class: the negatives must stay unknown (or keep the category the
rest of the message gives), the positives next to them must read the reporter's category.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

# A contractor writing to its principal of the data it keeps for it, and of an incident, is
# the contractor reporting its own leak (spec "Third party"), with no report word needed.
CONTRACTOR_LETTER: list[Case] = [
    (
        "> 弊社サーバーがマルウェアに感染し、貴社よりお預かりしている会員情報が流出した"
        "おそれがございます。",
        THIRD,
    ),
    (
        "業者のメールそのまま貼ります\n> 貴社から委託を受けております配送業務のシステムに"
        "不正アクセスがあり、お客様の住所データが閲覧された可能性がございます。",
        THIRD,
    ),
    # A letter that tells no incident reports none.
    ("> 貴社よりお預かりしている個人情報は、弊社にて厳重に管理しております。", None),
    # The investigator the company hired answers its request: no report (labelling rule 3).
    (
        "貴社よりご依頼いただいた調査の結果をご報告します。不正アクセスの痕跡はありませんでした。",
        None,
    ),
    ("貴社よりご依頼いただいたフォレンジック調査の結果、マルウェア感染が確認されました。", None),
]

# A report word ending in a verb, then how it came to light: the call revealed it.
REVEALED_AFTER_CALL: list[Case] = [
    ("お取引先様からお電話をいただき判明いたしました。", THIRD),
    ("近隣の方からお電話を頂き発覚したものです。", THIRD),
    ("県警からお電話をいただき判明しました。", EXTERNAL),
    # 「…気付いた次第です」 explains how it came to light.
    ("受け取った会社さんからお電話をいただいて気付いた次第です。", THIRD),
    # Still awaited, or a desk: no report came.
    ("お客様からご連絡いただき次第、対応いたします。", None),
    ("お電話をいただき次第、担当者よりご説明いたします。", None),
    ("監視会社から報告を受け次第、公表します。", None),
]

# A quote whose own ? or ! ends a sentence: its speaker, named before it, made the report.
QUOTE_CUT: list[Case] = [
    ("受信した取引先の方から「この添付、うちあてですか？」と言われて気付きました。", THIRD),
    ("利用者の方から電話で「個人情報が見えてますよ！」と指摘されて発覚しました。", THIRD),
    ("監視会社から「不審な通信を検知しました！」と連絡があった。", EXTERNAL),
    # A question asked inside the company is no report from outside.
    ("「これ大丈夫？」と社長に聞かれた。ウイルスかもしれない。", None),
    ("同僚から「そのPC変じゃない？」と言われました。", None),
]

# A reply tells who noticed only when the incident came to light by it; a reply to what the
# company sent (an apology, a notice) came after it knew.
REPLY: list[Case] = [
    ("誤って送った先のお客様から「別の方の資料では？」と返信があって発覚しました。", THIRD),
    ("誤送信先の事業者様から返信をいただき判明しました。", THIRD),
    ("お客様にお詫びメールを送りました。お客様から返信が来ました。", None),
    ("取引先への返信が遅れています。", None),
    ("社内で気づいた後、先方にも連絡し、先方から返信をもらいました。", SELF),
]


@pytest.mark.parametrize(
    ("text", "expected"), CONTRACTOR_LETTER + REVEALED_AFTER_CALL + QUOTE_CUT + REPLY
)
def test_detection_came_to_light(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
