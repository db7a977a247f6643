"""Records said right after their count to have leaked (「1,200件漏れてました」) are records
of persons (labelling rule 7), though no word for their data is said.

Our own sentences. Set 15, written blind, had a shop owner write 「決済画面が改ざんされてた。
1,200件漏れてました」: a record count with only a verb of leaking, read as no count.
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

LEAKED: list[tuple[str, int]] = [
    ("業者に調べてもらったらサイトが改ざんされてて、1,200件漏れてました", 1200),
    ("3,000件が流出しました", 3000),
    ("約800件ほど漏洩したとのことです", 800),
    ("不正アクセスで450件が漏えいしました", 450),
]

# Near misses: counts of other things, or a leak denied, stay unknown.
NOT_COUNTED: list[str] = [
    "問い合わせが10件ありました",
    "メールが10件送信されていました",
    "不審なログインが50件ありましたが、漏れはありませんでした",
    "調査の結果、1,200件の流出はなかったことが分かりました",
    # Almost leaked (「かけた」): it did not happen.
    "通販サイトで約500件流出しかけましたが、途中で遮断できました",
    "ポイントサイトで5件ログインされかけましたが、ブロックしました",
]


@pytest.mark.parametrize(("message", "count"), LEAKED)
def test_records_said_to_have_leaked_count_persons(message: str, count: int) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] == count
    assert facts["corporations"] is None


@pytest.mark.parametrize("message", NOT_COUNTED)
def test_other_counts_stay_unknown(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] is None


# Records counted right after the customers they are about (「お客様 12,400件」): persons.
# Near misses: things the customers sent or asked (「お客様から12件のお問い合わせ」).
CUSTOMERS: list[tuple[str, int | None]] = [
    ("委託先から連絡があり、流出したのはお客様 3,400件（氏名、住所）とのことです", 3400),
    ("予約サイトの会社から連絡。うちのお客さんの分が2.5万件漏れたらしい", 25000),
    ("予約サイトの会社から連絡。うちのお客さんの分が2.5万件とのことです", 25000),
    ("誤って廃棄した伝票は、お客さま約1,100件分で、氏名と電話番号が書かれています", 1100),
    ("不審なメールが届いたとお客様から計12件の問い合わせがありました", None),
    ("お客様からのご意見は30件ほど寄せられています", None),
    ("お客様への返信メール8件に誤りがありました", None),
]


@pytest.mark.parametrize(("message", "count"), CUSTOMERS)
def test_records_counted_after_the_customers_count_them(message: str, count: int | None) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] == count


# A record count with what each record holds in brackets right after it (「8万3千件（氏名、
# 住所）」) counts persons; near misses: brackets that hold no data about persons.
BRACKETED: list[tuple[str, int | None]] = [
    ("対象となる情報：\n- 登録スタッフ 約4万2千件（氏名、住所、生年月日）", 42000),
    ("外部に送信されていたのは 1,250件（メールアドレス、パスワード）です", 1250),
    ("流出の可能性があるもの：過去の応募分 830件【氏名・電話番号】", 830),
    ("お問い合わせが50件（電話、メール）ありました", None),
    ("ログイン試行は5,000件（IPアドレスは海外）でした", None),
    ("配送の遅れは120件（関東地区）です", None),
]


@pytest.mark.parametrize(("message", "count"), BRACKETED)
def test_records_with_their_data_in_brackets_count_persons(message: str, count: int | None) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] == count


# A label naming leaked records or accounts before a count (「漏えい件数：1,742件」「不正ログイン
# されたアカウント数：2,114件」) counts persons; a figure quoted as said before (「最初1,500件と
# 言いましたが」) is not the count, the corrected one is.
LABELLED: list[tuple[list[str], int | None]] = [
    (["■確定した漏えい件数：860件"], 860),
    (["・乗っ取られたアカウント数：312件"], 312),
    (["第1報で「約900件」とお知らせいたしました流出件数は、精査の結果 812件でした"], 812),
    (
        ["カード情報が漏れました、600件です", "すみません、600件と言いましたが正しくは540件でした"],
        540,
    ),
    (["・ログイン試行の件数：4万件"], None),
    # The earlier figure 「…としておりましたが」: the one found after it stands.
    (
        ["第1報で対象のお客様を「約5,000名」としておりましたが、精査の結果4,812名と確定しました"],
        4812,
    ),
    (["対象のお客様を最大2万名程度としていましたが、調査の結果、17,305名でした"], 17305),
    (["当初1,200名とご報告しておりましたが、最終的に対象は1,180名です"], 1180),
    # Near miss: a figure decided on, not quoted to be corrected.
    (["対象のお客様を約5,000名とし、順次ご連絡いたします"], 5000),
]


@pytest.mark.parametrize(("messages", "count"), LABELLED)
def test_a_label_of_leaked_records_and_a_quoted_figure(
    messages: list[str], count: int | None
) -> None:
    facts, _, _ = predict(messages)
    assert facts["individuals"] == count
