"""Classes of wording read for `detection` (labelling rule 3) in round 11's third wave, each
with sentences of our own and near-misses that must stay as they were."""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.extract import read_message

EXTERNAL = Detection.EXTERNAL_REPORT
THIRD = Detection.THIRD_PARTY
SELF = Detection.SELF

# 「当社営業所での日次点検により判明」「担当職員の点検で判明」: our own check, placed with での or
# made by our staff, named as the means of a finding. An outsider's staff, a check that found
# nothing, or a check with no finding after it sets nothing.
OWN_CHECK_AS_MEANS: list[tuple[str, Detection | None]] = [
    ("当社倉庫での定期点検により、伝票の控えの紛失が判明しました。", SELF),
    ("弊社本店での月次監査で、書類の一部が所在不明であることが判明しました。", SELF),
    ("文書を管理する担当職員の点検で、名簿が見当たらないことが判明しました。", SELF),
    ("店長が行っている店員の棚卸しで、顧客カードの紛失が分かりました。", SELF),
    ("元社員の点検で、書類の紛失が判明しました。", None),
    ("社員の点検により、USBメモリの紛失が判明しました。", SELF),
    ("委託先の職員の点検で、書類の紛失が判明しました。", None),
    ("当社営業所での点検の結果、異常はありませんでした。", None),
    ("当社営業所での点検を来週行う予定です。", None),
]


@pytest.mark.parametrize(("text", "expected"), OWN_CHECK_AS_MEANS)
def test_own_check_as_means(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


# Voice input runs sentences on with no full stop (「…ご連絡をいただきました今後どうすればよいか」):
# a polite ending and a new phrase end the statement, so the question's supposition after it
# does not swallow who told. A supposition inside the question still states nothing.
RUN_ON_BEFORE_QUESTION: list[tuple[str, Detection | None]] = [
    ("先日お客様からお電話でご指摘をいただきました今後どのように対応すればよいでしょうか", THIRD),
    ("取引先からメールで連絡がありました私どもはどうすればよいですか", THIRD),
    ("社員が画面の異常に気づきました電源は切ったほうがよいでしょうか", SELF),
    ("取引先から連絡があったらどう対応すればよいですか", None),
    ("自社で見つけた場合は補償の対象になりますか", None),
    ("お客様から苦情をいただいたらどうすればよいでしょうか", None),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON_BEFORE_QUESTION)
def test_run_on_before_question(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
