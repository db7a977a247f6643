"""A contractor named by the job handed to it (「廃棄を委託した古紙回収業者」) and only asked
to check is no vendor leak, when its sentence only doubts or denies a leak; one that
reports a leak of its own, or an attack on its systems, still is."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

ASKED: list[tuple[str, str | None]] = [
    (
        "書類を誤廃棄しました。廃棄を委託した古紙回収業者に確認したところ、既に溶解処理が完了して"
        "おり、外部への流出の可能性は低いと考えております",
        "other",
    ),
    ("名簿を誤って廃棄しました。回収を委託している業者に問い合わせています", "other"),
    ("廃棄を委託した業者に確認したところ、流出はなかったとのことです。誤廃棄でした", "other"),
    # The contractor's own leak or attack, found by the asking: a vendor leak.
    ("委託先に確認したところ、同社から流出していたことが分かりました", "vendor_leak"),
    (
        "廃棄を委託した業者に確認したところ、同社の従業員が書類を持ち出していたことが判明しました",
        "vendor_leak",
    ),
    (
        "発送を委託した業者に確認したところ、同社のサーバーが不正アクセスを受けていたとのことでした",
        "vendor_leak",
    ),
    ("廃棄を委託した業者から書類が流出していました", "vendor_leak"),
]


@pytest.mark.parametrize(("text", "kind"), ASKED)
def test_a_contractor_only_asked_is_no_vendor_leak(text: str, kind: str | None) -> None:
    facts, _, _ = predict([text])
    assert facts["incident_type"] == kind


# A mistake said of a verb of disposal (誤って…廃棄, 間違えて捨てた) is wrong disposal, `other`
# (tests/data/README.md rule 2), as 誤廃棄 is; a loss stated with it in doubt stays the loss.
DISPOSAL: list[tuple[str, str | None]] = [
    ("保存期間中の申請書類を、誤って一般廃棄物として廃棄していたことが判明しました", "other"),
    ("顧客の契約書を間違えて捨ててしまいました", "other"),
    ("保存期間内の名簿を誤って破棄していました", "other"),
    ("所在不明の書類は誤って廃棄された可能性があります", "lost_or_stolen"),
    ("期限の過ぎた書類を廃棄しました", None),
    ("誤って添付したファイルを破棄してください", "misdelivery"),
]


@pytest.mark.parametrize(("text", "kind"), DISPOSAL)
def test_a_mistaken_disposal_is_other(text: str, kind: str | None) -> None:
    facts, _, _ = predict([text])
    assert facts["incident_type"] == kind
