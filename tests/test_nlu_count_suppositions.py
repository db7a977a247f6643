"""Counts that are no number of victims: an example the writer makes up (「例えば1,000人に
配ったらどうなります？」), and a store's size said with how far the damage reached unknown
(「アドレス帳には2,600人くらい入ってますが、どこまで見られたかはわからない」).

Our own sentences. Sets 32 and 34, written blind, read both as victims: a general question
about condolence money before any incident, and an NPO's answer to 「影響を受けた方は何名
ですか？」 (labelled unknown: the extent is not known).
"""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

EXAMPLES: list[str] = [
    "見舞金って一人いくらまで出るんでしたっけ？例えば500人に配ったらどうなります？",
    "仮に顧客3,000人分が漏れていたら、いくらまで補償されますか？",
    "もし会員2万人の情報が流出した場合、見舞金はいくら出ますか？",
    "たとえば取引先10社に賠償したら、全部出るんですか？",
]

# Near misses: a count stated, then a question; a doubt over what happened.
STATED: list[tuple[str, str, int]] = [
    ("顧客3,000人分が漏れました。見舞金を配ったらいくら出ますか？", "individuals", 3000),
    ("会員1,200名の情報が流出しました。例えば見舞金を配ったら出ますか？", "individuals", 1200),
    ("もしかしたら顧客800人分が漏れたかもしれません", "individuals", 800),
]


@pytest.mark.parametrize("message", EXAMPLES)
def test_a_count_in_a_made_up_example_is_no_victims(message: str) -> None:
    facts, _, _ = predict([message])
    assert facts["individuals"] is None
    assert facts["corporations"] is None


@pytest.mark.parametrize(("message", "fact", "count"), STATED)
def test_a_count_stated_before_the_question_stands(message: str, fact: str, count: int) -> None:
    facts, _, _ = predict([message])
    assert facts[fact] == count


STORE_SIZES: list[tuple[str, ...]] = [
    (
        "職員のメールアカウントが乗っ取られました",
        "> 影響を受けた方は何名ですか？\nアドレス帳には取引先の方が1,500人くらい入ってますが、"
        "どこまで見られたかはわからないです",
    ),
    (
        "共有フォルダには顧客3,000人分の名簿が保存されていましたが、どの範囲が見られたかは調査中です",
    ),
    # Whether they were hit at all left unknown, or put off to a later report.
    ("会員登録してる人は3,500人くらいおるけど、データが盗られたかはまだわからん",),
    ("影響を受けうる利用者は約8万人ですが、実際に閲覧されたかどうかは判明次第お知らせします",),
]

# Near misses: a leak said of the count keeps it, whatever is unknown after.
LEAKED: list[tuple[tuple[str, ...], int]] = [
    (("顧客2,600人分が流出しましたが、どこまで悪用されたかは不明です",), 2600),
    (("会員1,500名分の情報が漏えいしました。原因はわからないです",), 1500),
    # Data said encrypted were hit, whether or not they were also taken.
    (("ランサムウェアで顧客4万人分のデータが暗号化され、外部に送られたかは不明です",), 40000),
]


@pytest.mark.parametrize("turns", STORE_SIZES)
def test_a_stores_size_with_its_reach_unknown_is_no_count(turns: tuple[str, ...]) -> None:
    facts, _, _ = predict(turns)
    assert facts["individuals"] is None


@pytest.mark.parametrize(("turns", "count"), LEAKED)
def test_a_count_said_leaked_stands(turns: tuple[str, ...], count: int) -> None:
    facts, _, _ = predict(turns)
    assert facts["individuals"] == count
