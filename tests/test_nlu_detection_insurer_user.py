"""Two report words that do not name an outside teller: the company's own report to its
insurer (「保険会社へは事後報告になります」), and a bare 本人 who is the user of one of our
own devices named before (「営業のPC…本人から連絡」).

Our own sentences. Set 12, written blind, read both as third_party.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

TO_THE_INSURER: list[tuple[str, ...]] = [
    ("お客様が先に業者に発注してしまい、保険会社へは事後報告になります",),
    ("取引先のサーバーが止まったので、代理店に報告済みです",),
    ("保険会社には今朝電話で連絡しました",),
]

# The report to the insurer must not hide one received from outside.
TOLD_FROM_OUTSIDE: list[tuple[str, ...]] = [
    ("取引先から連絡があり、保険会社にも報告しました",),
    ("代理店に報告済みです。顧客から問い合わせがあって発覚しました",),
]

OUR_USER: list[tuple[str, ...]] = [
    ("経理のパソコンが変です。本人から電話がありました",),
    ("営業部の端末が勝手に再起動するって、本人から連絡きました",),
]

# ご本人, a customer's own (顧客本人), or a device of an outsider: a data subject or outsider.
NOT_OUR_USER: list[tuple[str, ...]] = [
    ("顧客のPCに情報が残っていたと、本人から連絡がありました",),
    ("お客様のPCから不審な通信があると、ご本人から連絡がありました",),
    ("誤送信先の本人から連絡がありました",),
    ("本人から連絡がありました",),
]


@pytest.mark.parametrize("turns", TO_THE_INSURER)
def test_a_report_to_the_insurer_names_no_teller(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["detection"] is None


@pytest.mark.parametrize("turns", TOLD_FROM_OUTSIDE)
def test_an_outside_report_beside_it_still_counts(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["detection"] == "third_party"


@pytest.mark.parametrize("turns", OUR_USER)
def test_the_user_of_our_device_is_one_of_us(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["detection"] == "self"


@pytest.mark.parametrize("turns", NOT_OUR_USER)
def test_a_data_subject_or_an_outsiders_user_is_not_self(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["detection"] != "self"
