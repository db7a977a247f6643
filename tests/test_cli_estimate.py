"""`cyberbot estimate`: JSON in, JSON or Japanese text out, one-line errors with exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE_1 = (
    '{"incident_type":"suspected","detection":"external_report",'
    '"unauthorized_access":"not_found","costs":{"access_response":3000000}}'
)


def run(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "estimate", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent.parent,
    )


def test_worked_example_prints_total_2000000() -> None:
    """The issue's acceptance example prints a total of 2,000,000 yen as JSON."""
    done = run(EXAMPLE_1)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["total"] == 2_000_000
    assert (out["min"], out["max"]) == (2_000_000, 2_000_000)
    line = out["scenarios"][0]["lines"][0]
    assert line["key"] == "access_response"
    assert line["clause"] == "① 不正アクセス等対応費用"
    assert (line["claimed"], line["after_ratio"]) == (3_000_000, 2_700_000)


def test_unknown_access_gives_null_total_and_scenarios() -> None:
    """With access unknown, total is null and the range comes with its scenarios."""
    out = json.loads(
        run('{"detection":"external_report","costs":{"investigation":3000000}}').stdout
    )
    assert out["total"] is None
    assert [s["total"] for s in out["scenarios"]] == [3_000_000, 2_000_000, 2_000_000]
    assert out["scenarios"][0]["assumptions"] == {"unauthorized_access": "found", "announced": True}


def test_text_mode_prints_a_japanese_breakdown() -> None:
    """--text prints the figure, the clause, the cap that bit and the disclaimer."""
    done = run(EXAMPLE_1, "--text")
    assert done.returncode == 0
    assert "2,000,000円" in done.stdout
    assert "① 不正アクセス等対応費用" in done.stdout
    assert "200万円" in done.stdout
    assert "お支払いを決定するものではありません" in done.stdout


def test_jsonl_prints_one_estimate_per_line_and_flags_bad_lines() -> None:
    """--jsonl answers line by line; a bad line gets an error object and exit 2."""
    lines = [EXAMPLE_1, '{"costs":{"investigation":-1}}', '{"incident_type":"media"}']
    done = run("\n".join(lines) + "\n", "--jsonl")
    outputs = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 2
    assert outputs[0]["total"] == 2_000_000
    assert outputs[1]["line"] == 2 and "costs.investigation" in outputs[1]["error"]
    assert outputs[2]["total"] == 0


BAD = [
    ("{x", "invalid JSON"),
    ("", "empty input"),
    ("[]", "must be a JSON object"),
    ('{"colour":"red"}', "colour: unknown field"),
    ('{"incident_type":"virus"}', "incident_type: unknown value"),
    ('{"costs":{"coffee":100}}', "costs.coffee: unknown cost key"),
    ('{"costs":{"investigation":-1}}', "costs.investigation: must not be negative"),
    ('{"costs":{"investigation":1.5}}', "costs.investigation: must be a whole number of yen"),
    ('{"costs":{"investigation":"300万"}}', "costs.investigation: must be a whole number of yen"),
    ('{"costs":{"investigation":1e40}}', "costs.investigation: must be a whole number of yen"),
    ('{"costs":{"investigation":' + "9" * 40 + "}}", "costs.investigation: is implausibly large"),
    ('{"costs":{"investigation":' + "9" * 5000 + "}}", "invalid JSON"),
    ('{"individuals":true}', "individuals: must be a whole number of people, got true"),
    ('{"announced":"yes"}', "announced: must be true, false or null"),
    ('{"costs":[1]}', "costs: must be an object"),
]


@pytest.mark.parametrize(("stdin", "message"), BAD)
def test_bad_input_is_one_line_and_exit_2(stdin: str, message: str) -> None:
    """Each kind of bad input names the field and the problem in one line, no traceback."""
    done = run(stdin)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_contract_file_lowers_the_limit(tmp_path: Path) -> None:
    """--rider applies the contract's own expense limit."""
    contract = tmp_path / "contract.toml"
    contract.write_text("expense_limit = 10_000_000\n", encoding="utf-8")
    facts = '{"unauthorized_access":"found","announced":true,"costs":{"investigation":20000000}}'
    out = json.loads(run(facts, "--rider", str(contract)).stdout)
    assert out["total"] == 10_000_000


def test_bad_contract_file_fails_at_start(tmp_path: Path) -> None:
    """A contract above the rider's maximum stops the command with file, key and reason."""
    contract = tmp_path / "contract.toml"
    contract.write_text("liability_limit = 500_000_000\n", encoding="utf-8")
    done = run(EXAMPLE_1, "--rider", str(contract))
    assert done.returncode == 2
    assert f"{contract}: liability_limit:" in done.stderr
