"""`cyberbot analyze`: messages of one conversation in, facts and estimate out as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parent.parent
EXAMPLE = (
    "監視会社から不正アクセスの可能性があると通報を受け調査したが、不正アクセスは無かった。"
    "PC3台を調べて1台100万円の費用がかかった"
)


def analyze(*args: str, stdin: str = "", tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "analyze", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={"PATH": "", "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


def test_issue_example(tmp_path: Path) -> None:
    """The issue's acceptance example: external report, not found, 3,000,000円 → 2,000,000円."""
    done = analyze(EXAMPLE, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    out: dict[str, Any] = json.loads(done.stdout)
    assert out["facts"]["detection"] == "external_report"
    assert out["facts"]["unauthorized_access"] == "not_found"
    assert out["facts"]["costs"] == {"access_response": 3_000_000}
    assert out["estimate"]["total"] == 2_000_000


def test_later_message_overrides(tmp_path: Path) -> None:
    """Successive texts are one conversation; the later statement wins."""
    done = analyze("HPで公表しました", "いや、公表はしていません", tmp_path=tmp_path)
    assert json.loads(done.stdout)["facts"]["announced"] is False


def test_unassigned_amounts_are_reported(tmp_path: Path) -> None:
    """An amount of unknown purpose is listed, not dropped or guessed."""
    out = json.loads(analyze("とりあえず500万円かかりました", tmp_path=tmp_path).stdout)
    assert out["unassigned_amounts"] == [5_000_000]
    assert out["facts"]["costs"] == {}


@pytest.mark.parametrize("text", ["", "😭😭😭", "\x01\x02\x7f\ufffe", "あ" * 40_000])
def test_bad_input_gives_valid_json(text: str, tmp_path: Path) -> None:
    """Empty, emoji-only, binary junk and 40,000 characters give valid JSON, not a traceback."""
    done = analyze(text, tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["facts"]["costs"] == {}


def test_jsonl_one_conversation_per_line(tmp_path: Path) -> None:
    """--jsonl reads a JSON array of messages per line and answers line by line."""
    lines = [json.dumps([EXAMPLE]), "not json", json.dumps(["HPで公表しました"])]
    done = analyze("--jsonl", stdin="\n".join(lines) + "\n", tmp_path=tmp_path)
    outputs = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 2
    assert outputs[0]["estimate"]["total"] == 2_000_000
    assert outputs[1]["line"] == 2 and "invalid JSON" in outputs[1]["error"]
    assert outputs[2]["facts"]["announced"] is True


def test_analyze_does_not_import_slack(tmp_path: Path) -> None:
    """The analyze path never loads slack_bolt or slack_sdk."""
    code = (
        "import sys, io; from bot import cli; sys.argv=['cyberbot','analyze','調査費300万円'];"
        "sys.stdout=io.StringIO(); cli.main(['analyze','調査費300万円']);"
        "sys.stdout=sys.__stdout__; print(any(m.startswith('slack') for m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={"PATH": "", "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert done.stdout.strip() == "False", done.stderr
