"""Files said encrypted as the damage (「暗号化被害：ファイルサーバー2台」) are ransomware's:
malware, access found (tests/data/README.md rules 2, 4); denied or in doubt they are not."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


DAMAGE: list[Row] = [
    ("報告書の要旨です\n・侵入経路：VPN\n・暗号化被害：NAS1台、PC3台", "malware", "found"),
    ("基幹サーバーで暗号化の被害が出ています", "malware", "found"),
    # Near misses: denied, or in doubt.
    ("暗号化被害はありませんでした", None, None),
    ("暗号化被害の有無は調査中です", "suspected", None),
]


@pytest.mark.parametrize(("text", "kind", "access"), DAMAGE)
def test_files_encrypted_as_the_damage_are_ransomwares(
    text: str, kind: str | None, access: str | None
) -> None:
    facts = predict([text])[0]
    assert (facts["incident_type"], facts["unauthorized_access"]) == (kind, access)
