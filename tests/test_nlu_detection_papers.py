"""Who found it (`detection`) when the words from an outsider are a quote, an invoice, a
proposal, advice or an investigation's findings from one we hired: no report of the incident
(labelling rule 3). A lawyer or vendor telling of the incident itself still reports it, and a
rights holder's suit that claims money is how the company learnt of an infringement.

Our own sentences: the negatives must stay unknown, the positives next to them must read the
reporter's category.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

THIRD = Detection.THIRD_PARTY

Case = tuple[str, Detection | None]

# The paper is the first word after the から, and only particles or an amount follow it.
PAPERS: list[Case] = [
    ("訴訟対応の費用は、弁護士から見積もりで80万と言われました", None),
    ("復旧業者から見積りの連絡があり、120万円とのことです", None),
    ("フォレンジック会社から見積もりとして約300万円と連絡が来ています", None),
    ("顧問の先生から提案の連絡がありました", None),
    ("コンサル会社からアドバイスの連絡をもらいました", None),
    # Near-misses: the outsider reports the incident, or the paper is only what was sent.
    ("弁護士から連絡があり、顧客情報の流出が判明しました", THIRD),
    ("取引先から請求書の振込先変更メールが届いたけど本物？って確認の連絡がありました", THIRD),
    ("取引先から、当社名義の偽の請求書が届いたと連絡がありました", THIRD),
    ("取引先から請求書の件で問い合わせがあり、メールの乗っ取りが分かりました", THIRD),
]

# A suit claiming money over an infringement, from the one whose work it was.
SUITS: list[Case] = [
    ("写真の無断使用で、撮影者から損害賠償100万円を請求する訴訟を起こされています", THIRD),
    ("ブログの画像の無断転載で、作者から使用料30万円を請求する訴訟です", THIRD),
    # One of us, or a claim over no infringement, names no reporter.
    ("取引先が損害賠償を請求する訴訟を検討しているそうです", None),
]


# The findings of an investigation a vendor reports, in the sentence or in the mail shown:
# what the company ordered once it knew. A security operator's own report stays one.
FINDINGS: list[Case] = [
    ("調査会社から、解析の結果マルウェアの感染が確認されたと報告を受けました", None),
    (
        "ベンダーからこんなメール来ました↓\n"
        "> 調査の結果、貴社サーバーに不正なファイルが置かれていました。",
        None,
    ),
    (
        "監視会社から、調査の結果、不正アクセスの痕跡があったと報告がありました",
        Detection.EXTERNAL_REPORT,
    ),
    (
        "取引先から以下の連絡がありました。御社から届いたメールにウイルスが添付されていました。",
        THIRD,
    ),
    ("取引先から連絡がありました。調査の結果、当社サーバーからの流出と分かりました", THIRD),
]


@pytest.mark.parametrize(("text", "expected"), PAPERS + SUITS + FINDINGS)
def test_detection_papers(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
