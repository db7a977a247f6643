"""Detection when a second outsider's report follows the first, and hosting server operators."""

import pytest

from nlu import read_message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The first outsider's report is how the company learnt; later ones followed it.
        (
            "6月2日、監視を委託しているセキュリティ会社から不審な通信があるとの通報がありました。"
            "調査の結果、不正アクセスは認められませんでした。"
            "複数のお客様からお問い合わせをいただいたため、経緯をお知らせいたします。",
            "external_report",
        ),
        (
            "取引先から、うちの名前で不審なメールが届いていると連絡がありました。"
            "その後、警察からも問い合わせがありました。",
            "third_party",
        ),
        # A correction replaces the first report: the later one stands.
        (
            "最初は取引先から連絡があったと言いましたが、訂正します。監視会社から通報がありました。",
            "external_report",
        ),
        # The operator of the server the site runs on (spec: network operator).
        (
            "サイトの運用を委託しているサーバー事業者から、DDoS攻撃を受けているとの連絡がありました。",
            "external_report",
        ),
        (
            "契約しているホスティング事業者から、サーバーへの攻撃を検知したと連絡がありました。",
            "external_report",
        ),
        # Near misses: one report, or none, stays as it was.
        ("お客様からのお問い合わせ(計5件)により判明しました。", "third_party"),
        ("サーバー事業者に問い合わせましたが、まだ回答はありません。", None),
    ],
)
def test_followed_reports(text: str, expected: str | None) -> None:
    assert read_message(text).detection == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party inside what was reported, whose から goes with a verb on a noun
        # (「市からお渡ししていたデータ」), is no reporter; the one before the comma told.
        (
            "発送を委託している業者から、同社のサーバーが感染し、市からお預かりしていた"
            "名簿が流出したおそれがあると連絡がありました。",
            "third_party",
        ),
        (
            "印刷会社から、自治体から受け取った申請書の写しが外部に出たと報告がありました。",
            "third_party",
        ),
        # Near misses: the から goes with the report (words before the verb), so it told.
        ("取引先から同社を装った不審なメールが届いているとの連絡を受けました。", "third_party"),
        ("警察から、当社のサーバーが攻撃に使われているとの連絡がありました。", "external_report"),
    ],
)
def test_party_in_a_relative_clause(text: str, expected: str | None) -> None:
    assert read_message(text).detection == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A contractor's letter to its principal: 弊社's own check is the contractor's finding,
        # and the letter is the contractor reporting its own leak (spec "Third party").
        (
            "株式会社サンプル 御中\n貴社よりお預かりしております会員データにつきまして、"
            "弊社の定期点検で誤送信が判明いたしましたので、ご報告申し上げます。",
            "third_party",
        ),
        # Near misses: no data kept for the reader, so 当社's own finding stays self.
        ("当社の定期点検で設定の誤りが判明いたしましたので、ご報告申し上げます。", "self"),
    ],
)
def test_contractors_own_finding(text: str, expected: str | None) -> None:
    assert read_message(text).detection == expected
