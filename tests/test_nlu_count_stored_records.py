"""Records kept somewhere, in a text that says no leak is known: a count of records kept is
no victim count even when the finding is in its own sentence (「…会員2,000名分の情報が保存されて
いますが、流出は確認されておりません」); records on documents thrown away by mistake are lost,
so their persons are victims (「廃棄された書類には…約420名の氏名…が記載」), and so are persons
said as the ones the incident hit (「対象となるお客様は246名で…記載」).

Our own sentences; the first class was found by a helper's probe after a ransomware attack.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

CASES: list[tuple[str, int | None]] = [
    (
        "ランサムウェアの攻撃を受け、ファイルサーバーが暗号化されました。別のクラウドには会員"
        "2,000名分の情報が保存されていますが、流出は確認されておりません。",
        None,
    ),
    ("基幹サーバーに顧客約5,000名の氏名が登録されていますが、漏えいは確認されておりません。", None),
    (
        "契約書類を誤って廃棄していたことが判明しました。廃棄された書類には、お客様約420名の氏名"
        "が記載されておりました。流出の可能性は低いと考えております。",
        420,
    ),
    ("誤廃棄した台帳には会員120名の住所が記載されていました。漏えいは確認されておりません。", 120),
    # Near misses: a leak said outside the finding, and a store that was encrypted.
    (
        "サーバーには会員300名分の情報が保存されており、一部が流出しました。それ以外の流出は"
        "確認されておりません。",
        300,
    ),
    (
        "ファイルサーバーがランサムウェアに感染しました。暗号化されたサーバーには会員約3,400名分の"
        "情報が保存されていました。現時点で流出は確認されておりません。",
        3400,
    ),
]

# After any incident, persons the notice names as the ones it hit (対象となる…) are victims
# though their records are said kept and no leak is known; a store merely named stays unknown.
AFFECTED: list[tuple[str, int | None]] = [
    (
        "申込書の一部を誤って持ち出していたことが判明しました。対象となるお客様は約380名で、"
        "氏名と電話番号が記載されておりました。現時点で流出は確認されておりません。",
        380,
    ),
    (
        "社用車から書類の入った鞄が盗まれました。対象となる方は52名で、住所が記載されて"
        "おりました。漏えいは確認されておりません。",
        52,
    ),
    # Near miss: no 対象, just a store and its size.
    (
        "社用車から書類の入った鞄が盗まれました。事務所のサーバーにはお客様約900名の住所が"
        "保存されておりますが、漏えいは確認されておりません。",
        None,
    ),
]


@pytest.mark.parametrize(("text", "individuals"), CASES)
def test_records_kept_and_records_thrown_away(text: str, individuals: int | None) -> None:
    facts, _, _ = predict([text])
    assert facts.get("individuals") == individuals


@pytest.mark.parametrize(("text", "individuals"), AFFECTED)
def test_persons_said_as_the_affected(text: str, individuals: int | None) -> None:
    facts, _, _ = predict([text])
    assert facts.get("individuals") == individuals
