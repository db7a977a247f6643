"""The worked conversation of the claim file: a confirmed attack with 2,000 records,
announced, costs under three clauses, discovered 「昨日」, reported to the police."""

from __future__ import annotations

WORKED = (
    "昨日、外部の監視会社から不正アクセスの通報があり、調査したところ不正アクセスが確認されました。"
    "顧客2,000名の氏名と住所が漏えいしたおそれがあります",
    "ホームページで公表しました",
    "調査費用300万円、コールセンター費用100万円、弁護士への相談費用50万円がかかりました",
    "保険会社の同意は得ています",
    "警察に被害届を出しました（受理番号 第123号）",
)
