"""Papers mixed in by mistake with what was thrown away (「廃棄する書類に誤って混入させ」「古紙に
顧客の書類が混入していた」) are a wrong disposal, `other` (tests/data/README.md rule 2), not a
misdelivery; a program mixed into software that infected us (「更新プログラムに不正なプログラム
が混入…感染」) is the malware's; mixed into a mailing (「封筒に別のお客様の明細が混入し、郵送」)
they still are a misdelivery."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None]


MIXED: list[Row] = [
    (
        "誤廃棄のお知らせ。シュレッダー処理に回す箱に、保管すべき契約書が誤って混入し廃棄されました。",
        "other",
    ),
    (
        "書類の誤廃棄について。回収業者から、古紙の中に当社の顧客台帳が混入していたと連絡がありました。",
        "other",
    ),
    (
        "利用しているソフトの更新ファイルに不正なプログラムが混入されており、社内PC5台が感染していました。",
        "malware",
    ),
    # Near misses: mixed into what was sent.
    ("封筒に別のお客様の明細書が混入したまま郵送してしまいました。", "misdelivery"),
    ("発送した請求書に他の会員の書類が混入していました。", "misdelivery"),
]


@pytest.mark.parametrize(("text", "kind"), MIXED)
def test_papers_mixed_into_the_waste_are_a_wrong_disposal(text: str, kind: str | None) -> None:
    assert predict([text])[0]["incident_type"] == kind
