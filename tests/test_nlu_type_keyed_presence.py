"""An attack word as the key of a key-value line with a bare presence for its value
(「不正アクセス：有」「侵入: あり」): the checklist's answer to whether access happened, which
names no incident type (labelling rule 2: 「アクセスあり」 names no type); the access stays read."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[str, str | None, str | None]


def _seen(text: str) -> tuple[object, object]:
    facts, _, _ = predict([text])
    return facts["incident_type"], facts["unauthorized_access"]


KEYED: list[Row] = [
    ("確認です。①公表：未 ②侵入：有 ③費用：弁護士 40万", None, "found"),
    ("不正ログイン: あり\n公表: 済\n費用: 調査 120万", None, "found"),
    ("・不正アクセス：有り\n・検知：自社", None, "found"),
    ("・侵入：無\n・公表：無", None, "not_found"),
    # Near misses: the type on a line of its own, a value that names the attack, a
    # presence said in a sentence (the shared sets read it as the type), and the key's
    # value still open.
    ("事故種別: 不正アクセス\n侵入: あり", "unauthorized_access", "found"),
    ("侵入: あり（ランサムウェア感染）", "malware", "found"),
    ("不正アクセスあり、公表済。調査費 300万", "unauthorized_access", "found"),
    ("侵入：調査中\n公表：なし", "suspected", None),
]


@pytest.mark.parametrize(("text", "kind", "access"), KEYED)
def test_keyed_presence(text: str, kind: str | None, access: str | None) -> None:
    assert _seen(text) == (kind, access)
