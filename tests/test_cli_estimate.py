"""`cyberbot estimate`: JSON in, JSON or Japanese text out, one-line errors with exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.coverage_helpers import load_cases

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


EXAMPLES = load_cases("coverage_examples.toml")


def _expected_totals(case: dict[str, object]) -> tuple[int | None, int, int]:
    expected = case["expected"]
    assert isinstance(expected, dict)
    if "total" in expected:
        return expected["total"], expected["total"], expected["total"]
    return None, expected["min"], expected["max"]


def test_spec_worked_examples_hold_through_the_command() -> None:
    """Each of the spec's worked examples 1–11, piped through `cyberbot estimate --jsonl`,
    prints the spec's total, or its range and the total of every scenario."""
    done = run("\n".join(json.dumps(case["facts"]) for case in EXAMPLES) + "\n", "--jsonl")
    assert done.returncode == 0, done.stderr
    outputs = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(EXAMPLES) == len(outputs) == 11
    for case, out in zip(EXAMPLES, outputs, strict=True):
        assert (out["total"], out["min"], out["max"]) == _expected_totals(case), case["name"]
        if "scenario_totals" in case["expected"]:
            totals = [item["total"] for item in out["scenarios"]]
            assert totals == case["expected"]["scenario_totals"], case["name"]


@pytest.mark.parametrize("case", EXAMPLES, ids=[c["name"][:4].rstrip(":") for c in EXAMPLES])
def test_spec_worked_example_in_text_mode(case: dict[str, object]) -> None:
    """`--text` prints each worked example's figure (or range) in yen."""
    done = run(json.dumps(case["facts"]), "--text")
    assert done.returncode == 0, done.stderr
    total, low, high = _expected_totals(case)
    figure = f"{total:,}円" if total is not None else f"{low:,}円〜{high:,}円"
    assert f"】{figure}" in done.stdout


FULL_CONTRACT = """\
liability_limit = 100_000_000
expense_limit = 20_000_000
deductible = 100_000
paid_this_period_expenses = 500_000
paid_this_period_total = 1_500_000
third_party_report = "external"
policy_number = "12345678-901"
policyholder = "株式会社サンプル商事"

[agent]
name = "サンプル保険代理店"
phone = "03-0000-0000"
"""


def test_rider_file_takes_every_key(tmp_path: Path) -> None:
    """--rider applies the deductible, both amounts paid this period and the third-party
    reading, each cut naming its clause, and says that payments this period were counted."""
    contract = tmp_path / "contract.toml"
    contract.write_text(FULL_CONTRACT, encoding="utf-8")
    facts = {
        "detection": "third_party",
        "unauthorized_access": "not_found",
        "costs": {"access_response": 3_000_000, "damages": 1_000_000},
    }
    done = run(json.dumps(facts), "--rider", str(contract))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    # Read as an external report: 2,700,000 → 200万円 → less 500,000 paid; damages less 10万円.
    assert out["total"] == 1_500_000 + 900_000
    (item,) = out["scenarios"]
    assert item["rule"] == "not_found_external"
    assert item["expenses"]["cap"] == 1_500_000
    stages = {cut["stage"]: cut for cut in item["expenses"]["cuts"] + item["damages"]["cuts"]}
    assert set(stages) == {"expense_cap", "paid_this_period_expenses", "deductible"}
    assert stages["paid_this_period_expenses"]["clause"] == "支払限度額（1請求・保険期間中）"
    assert "500,000円" in stages["paid_this_period_expenses"]["reason"]
    assert "自己負担額" in stages["deductible"]["clause"]
    assert item["total_cap"] == 100_000_000 - 1_500_000
    assert "paid_this_period" in {w["code"] for w in out["warnings"]}
    assert "third_party_report" not in {w["code"] for w in out["warnings"]}


def test_rider_file_paid_total_cuts_the_total(tmp_path: Path) -> None:
    """--rider's paid_this_period_total lowers the total cap, and --text shows the cut."""
    contract = tmp_path / "contract.toml"
    contract.write_text("paid_this_period_total = 299_500_000\n", encoding="utf-8")
    facts = '{"incident_type":"media","costs":{"damages":800000}}'
    assert json.loads(run(facts, "--rider", str(contract)).stdout)["total"] == 500_000
    text = run(facts, "--rider", str(contract), "--text").stdout
    assert "支払済みの保険金 299,500,000円" in text
    assert "500,000円" in text


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("deductible = -1\n", "deductible"),
        ("paid_this_period_expenses = 30_000_001\n", "paid_this_period_expenses"),
        ("paid_this_period_total = 1.5\n", "paid_this_period_total"),
        ('third_party_report = "maybe"\n', "third_party_report"),
        ('[agent]\nname = "x"\nphone = "none"\n', "agent.phone"),
        ("policy = 1\n", "policy"),
    ],
)
def test_bad_contract_key_fails_at_start(tmp_path: Path, text: str, key: str) -> None:
    """A broken contract key stops the command with exit 2 and one line: file, key, reason."""
    contract = tmp_path / "contract.toml"
    contract.write_text(text, encoding="utf-8")
    done = run(EXAMPLE_1, "--rider", str(contract))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert f"{contract}: {key}:" in done.stderr
