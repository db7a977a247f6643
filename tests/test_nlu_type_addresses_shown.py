"""Addresses seen after a mail went out in TO instead of BCC (「メアドが見えてしまったのは
80名です」) are what the mis-sending showed its recipients: the incident stays a misdelivery
(tests/data/README.md rule 2), not a visual leak; a screen or papers seen still are one."""

from __future__ import annotations

import pytest

from nlu.evaluate import predict

Row = tuple[list[str], str | None]


SHOWN: list[Row] = [
    (
        ["案内メールをBCCでなくTOで一斉送信してしまいました", "メアドが見えてしまったのは80名です"],
        "misdelivery",
    ),
    (["アドレスが見えちゃった人数はまだ数えてます"], None),
    # A screen or papers seen over a shoulder: still a visual leak.
    (["受付の画面が見えてしまい、患者さんの名前を見られました"], "visual_leak"),
]


@pytest.mark.parametrize(("messages", "kind"), SHOWN)
def test_addresses_a_mis_sent_mail_showed_are_no_visual_leak(
    messages: list[str], kind: str | None
) -> None:
    assert predict(messages)[0]["incident_type"] == kind
