"""A party the text names as having told the company (「○○システムズから報告を受けた」) and that is
the topic of the sentence announcing (「○○システムズは…と発表した」) announced its own incident: a
provider's or contractor's announcement, not the company's (labelling rule 5). Set 31, written
blind: a news story on a SaaS provider's breach told from a user company's side. Sentences of
our own."""

from __future__ import annotations

import pytest

from nlu import read_message

ANNOUNCED_BY_THE_TELLER = [
    "会計クラウドを運営する北星ソフト（大阪市）は2日、同社のサーバーが攻撃を受けたと発表した。"
    "利用する工務店の山田建設によると、北星ソフトから報告を受けたという。",
    "配送代行の青葉ロジは12日、倉庫管理システムがランサムウェアに感染したと公表した。当社は"
    "青葉ロジから連絡を受け、影響を確認しています。",
    "予約システムのリザーブワンは、外部から不正ログインがあったと発表した。導入している旅館は"
    "リザーブワンより通知を受けて把握した。",
]

# The teller is not who announced, or the company announced itself: it counts.
STILL_ANNOUNCED = [
    "精肉店の丸十は10日、通販サイトが改ざんされたと発表した。カード会社から連絡を受けて判明したという。",
    "当社は本日、不正アクセスを受けたことを公表しました。監視会社から連絡を受けて判明したものです。",
    "北星ソフトから報告を受け、当社は本日ホームページで経緯を公表しました。",
]


@pytest.mark.parametrize("text", ANNOUNCED_BY_THE_TELLER)
def test_the_tellers_announcement_is_not_the_companys(text: str) -> None:
    assert read_message(text).announced is None


@pytest.mark.parametrize("text", STILL_ANNOUNCED)
def test_an_announcement_of_its_own_still_counts(text: str) -> None:
    assert read_message(text).announced is True
