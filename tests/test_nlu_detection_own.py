"""Our own side found it (`detection` self), said by its circumstances rather than by
「自社で気づいた」: our tool's alarm as the means, a loss met when we went to use the thing, a
speaker who looked or came back, staff confirming a state they saw; and a name withheld
with marks (「株式会社○○より」) that still names who told.

Precision first: with a report received, what we did only checked it; a bare 「紛失が判明」,
or checking a suspicion (「調べたら感染してた」), says nothing of who found it.
"""

from __future__ import annotations

import pytest

from coverage import Detection
from nlu.evaluate import predict
from nlu.extract import read_message

EXTERNAL, THIRD, SELF = Detection.EXTERNAL_REPORT, Detection.THIRD_PARTY, Detection.SELF

Case = tuple[str, Detection | None]

OWN_TOOL_ALARM: list[Case] = [
    ("セキュリティソフトの警告により感染が判明し、端末を隔離しました。", SELF),
    ("EDRの検知で不審なプロセスの実行が発覚した", SELF),
    ("UTMのアラートで外部への不審な通信が判明しました。", SELF),
    # The operator's tool is the operator's report; a warning denied finds nothing.
    ("監視会社のEDRのアラートで判明した", None),
    ("監視会社から連絡があり、EDRの検知で判明した", EXTERNAL),
    ("ウイルス対策ソフトの警告は出ていませんでした。", None),
]

LOSS_MET_WHEN_USED: list[Case] = [
    ("会議で使おうとした際にUSBメモリの紛失が分かりました。", SELF),
    ("監査で台帳の提出を求められて、申込書の紛失が判明した。", SELF),
    ("年度末の棚卸しでノートPC1台の所在不明が判明しました。", SELF),
    (
        "お客様から問い合わせのあった契約書を確認しようとしたところ、所在不明であることが分かった。",
        SELF,
    ),
    # Someone else went to use it, or it came to light by no act named: nothing said.
    ("委託先の担当者が確認しようとした際に紛失が分かった", None),
    ("顧客が書類を確認しようとしたところ紛失が判明した", None),
    ("書類の紛失が判明しました。", None),
    ("確認しようとした際には紛失は分からなかった", None),
    ("取引先から連絡があった。確認しようとした際に紛失が分かった", THIRD),
]

LOOKED_AND_FOUND: list[Case] = [
    ("朝、サーバーのログ見たら海外から不正ログインされてた", SELF),
    ("駐車場に戻ったら、書類の入った鞄がなくなっていました", SELF),
    ("朝来たら共有フォルダがランサムウェアで暗号化されてた", SELF),
    # Checking a suspicion, opening a mail, or looking and finding nothing says nothing.
    ("調べたら感染してました。", None),
    ("添付ファイルを開いたらウイルスに感染した", None),
    ("ログ見たら不正アクセスはなかった", None),
    ("監視会社から連絡があり、ログ見たら入られてた", EXTERNAL),
]

STAFF_CONFIRMED_A_STATE: list[Case] = [
    ("当直の職員が、サーバーのファイルが暗号化されていることを確認しました。", SELF),
    ("情報システム担当者が、海外から大量のログイン試行が行われていることを確認した。", SELF),
    # What the staff did is what was found, not who found it.
    ("社員が、顧客名簿が入ったUSBを紛失したことを確認しました。", None),
    ("元社員が顧客情報を持ち出していたことを確認しました。", None),
]

MASKED_NAME: list[Case] = [
    (
        "株式会社○○より、同社のサーバーが不正アクセスを受け、会員情報が流出したとの報告を受けました。",
        THIRD,
    ),
    ("受託事業者である△△株式会社より、名簿が流出したとの連絡がありました。", THIRD),
    ("委託先である株式会社××から、同社の端末がウイルスに感染したとの報告を受けた。", THIRD),
    # A mark standing for a day is no name; より naming no report says nothing.
    ("10月〇日から、不審なメールが届いているとの報告を受けました。", None),
    ("株式会社○○より新しい予約システムを導入しました。", None),
]


# A rights holder's claim said casually, with no particle before 来る (「請求きた」).
CASUAL_CLAIM: list[Case] = [
    ("著作権者の事務所からメールで使用料の請求きた", THIRD),
    ("カメラマンから写真の使用料請求来ました", THIRD),
    # Anyone else's claim comes after the company knew; a bare one names nobody.
    ("取引先から損害賠償の請求きた", None),
    ("請求きた", None),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    OWN_TOOL_ALARM
    + LOSS_MET_WHEN_USED
    + LOOKED_AND_FOUND
    + STAFF_CONFIRMED_A_STATE
    + MASKED_NAME
    + CASUAL_CLAIM,
)
def test_detection_read(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


def test_an_earlier_report_keeps_its_reader() -> None:
    """A finding of our own later in the conversation checked what was reported."""
    facts = predict(
        ["取引先から不審なメールが届いていると連絡がありました", "ログ見たら入られてた"]
    )[0]
    assert facts["detection"] == THIRD.value


# 「EDRアラート→調査依頼→結果：無」: a tool's alarm as the first step of an arrow chain.
ALARM_STARTS_A_CHAIN = [
    ("EDRアラート→業者に調査依頼→感染なし", Detection.SELF),
    ("ウイルス対策ソフトの警告→隔離→駆除済み", Detection.SELF),
    ("EDRの検知 -> 調査 -> 侵入確認", Detection.SELF),
    # Not the first step, denied, or the operator's tool.
    ("調査依頼→EDRアラート→隔離", None),
    ("EDRアラートなし→調査終了", None),
    ("監視会社のEDRアラート→調査依頼", None),
    ("取引先から連絡→EDRアラート確認", Detection.THIRD_PARTY),
]


@pytest.mark.parametrize(("text", "expected"), ALARM_STARTS_A_CHAIN)
def test_an_alarm_that_starts_a_chain(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected


# 「職員が、患者情報を管理するサーバーから…を確認しました」: past the comma after the staff's が,
# a verb describing the noun after it belongs to a relative clause; the staff's own act is
# the finding later on. Without the comma the staff may be the relative clause's subject.
PAST_A_RELATIVE_CLAUSE: list[Case] = [
    ("社員が、会員データを保管するNASから不審な通信が出ていることに気づきました", SELF),
    ("担当職員が、予約を受け付けるサイトの改ざんを発見しました", SELF),
    ("職員が、顧客情報を保存するサーバーを停止しました", None),
    ("職員が管理するサーバーに不正アクセスが確認された", None),
]


@pytest.mark.parametrize(("text", "expected"), PAST_A_RELATIVE_CLAUSE)
def test_staff_finding_past_a_relative_clause(text: str, expected: Detection | None) -> None:
    assert read_message(text).detection is expected
