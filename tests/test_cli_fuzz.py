"""`cyberbot estimate` and `analyze` on hostile input: one-line errors, never a traceback.

Most cases run `bot.cli.main` in this process, with stdin and stdout the same kind of
stream a real process has (UTF-8 text over bytes, strict on output), so a write that a
real pipe would refuse fails here too; a few run the real command to check end to end.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import cli

ROOT = Path(__file__).parent.parent
BOM = b"\xef\xbb\xbf"
GOOD = (
    b'{"incident_type":"suspected","detection":"external_report",'
    b'"unauthorized_access":"not_found","costs":{"access_response":3000000}}'
)
GOOD_TOTAL = 2_000_000


@dataclass(frozen=True)
class Done:
    code: int
    out: str
    err: str


def _stream(data: bytes = b"", errors: str = "strict") -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors=errors, newline="")


@contextmanager
def _streams(stdin: bytes) -> Iterator[tuple[io.TextIOWrapper, io.TextIOWrapper]]:
    # What Python gives a process on a UTF-8 system: strict stdout, backslashreplace stderr.
    out, err = _stream(), _stream(errors="backslashreplace")
    with (
        mock.patch.object(sys, "stdin", _stream(stdin)),
        mock.patch.object(sys, "stdout", out),
        mock.patch.object(sys, "stderr", err),
    ):
        yield out, err


def _text_of(stream: io.TextIOWrapper) -> str:
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("utf-8")  # whatever was written is valid UTF-8


def run(args: Sequence[str], stdin: bytes = b"") -> Done:
    """`cyberbot ARGS < stdin` in this process."""
    with _streams(stdin) as (out, err):
        code = cli.main(list(args))
        return Done(code, _text_of(out), _text_of(err))


def run_process(args: Sequence[str | bytes], stdin: bytes = b"") -> Done:
    """`cyberbot ARGS < stdin` as a process of its own."""
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        input=stdin,
        capture_output=True,
        check=False,
        cwd=ROOT,
        timeout=60,
    )
    return Done(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def assert_calm(done: Done) -> None:
    assert "Traceback" not in done.out + done.err, done.err
    assert done.code in (0, 2), done.err


def assert_one_line_error(done: Done, message: str = "") -> None:
    assert_calm(done)
    assert done.code == 2
    assert done.out == ""
    assert len(done.err.splitlines()) == 1, done.err
    assert done.err.startswith("cyberbot: error: ")
    assert message in done.err


def jsonl_answers(done: Done) -> list[dict[str, Any]]:
    answers = [json.loads(line) for line in done.out.split("\n")[:-1]]
    assert all(isinstance(answer, dict) for answer in answers)
    return answers


def non_blank(lines: Sequence[bytes]) -> int:
    return sum(1 for line in lines if line.removeprefix(BOM).strip(b" \t\r\n"))


# (stdin of `cyberbot estimate`, what its one-line error says). Surrogates are written as
# JSON escapes (valid JSON, a lone surrogate once decoded) or as raw bytes (invalid UTF-8).
HOSTILE = [
    (b'{"\\udfff":1}', "\\udfff: unknown field"),
    (b'{"\\ud800\\n\\u2028":1}', "\\ud800\\n\\u2028: unknown field"),
    (b'{"costs":{"\\udfff":1}}', "costs.\\udfff: unknown cost key"),
    (b'{"incident_type":"\\udfff"}', 'incident_type: unknown value "\\udfff"'),
    (b'{"announced":"\\udc80\\u0000"}', "announced: must be true, false or null"),
    (b'{"costs":{"investigation":"\\udfff"}}', "costs.investigation: must be a whole number"),
    (b'{"\\u0001\\u001b[31m\\u0085":1}', "\\x01\\x1b[31m\\x85: unknown field"),
    (b'{"\x01":1}', "stdin: invalid JSON: Invalid control character"),
    (b'{"' + b"k" * 100_000 + b'":1}', "kkk…: unknown field"),
    (b'{"costs":"' + b"x" * 100_000 + b'"}', "costs: must be an object"),
    (b'{"\xed\xbf\xbf":1}', "stdin: invalid UTF-8 at byte 3"),
    (b"\xff\xfe{}", "stdin: invalid UTF-8 at byte 1"),
    (b'{"costs":{"investigation":1}}\xc3', "invalid UTF-8"),
    (b"[" * 100_000, "stdin: invalid JSON: nested too deeply"),
    (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "stdin: invalid JSON: nested too deeply"),
    (b'{"costs":' + b"[" * 900 + b"]" * 900 + b"}", "costs: must be an object"),
    (b'{"costs":{"investigation":1' + b"0" * 5000 + b"}}", "stdin: invalid JSON"),
    (b'{"costs":{"investigation":-1' + b"0" * 4000 + b"}}", "must not be negative"),
    (b'{"costs":{"investigation":1e400}}', "costs.investigation: must be a whole number"),
    (b'{"costs":{"investigation":NaN}}', "invalid JSON: NaN is not a JSON number"),
    (b'{"individuals":-Infinity}', "invalid JSON: -Infinity is not a JSON number"),
    (b'{"costs":{"damages":1},"costs":{"damages":2}}', "stdin: costs: duplicate key"),
    (b'{"costs":{"damages":1,"damages":2}}', "stdin: damages: duplicate key"),
    (b"", "stdin: empty input"),
    (b" \t\r\n", "stdin: empty input"),
    (BOM, "stdin: empty input"),
    (b"\x00", "invalid JSON"),
    (b"null", "(input): must be a JSON object"),
]


@pytest.mark.parametrize(("stdin", "message"), HOSTILE)
def test_hostile_input_is_one_printable_line_and_exit_2(stdin: bytes, message: str) -> None:
    """Each hostile input exits 2 with one line naming the field, escaped where unprintable."""
    assert_one_line_error(run(["estimate"], stdin), message)


@pytest.mark.parametrize(("stdin", "message"), HOSTILE)
def test_hostile_input_in_text_mode_is_one_line(stdin: bytes, message: str) -> None:
    """--text fails the same way, one line and exit 2."""
    assert_one_line_error(run(["estimate", "--text"], stdin), message)


def test_bom_and_crlf_are_read() -> None:
    """A UTF-8 BOM and a Windows line end around valid facts still give the estimate."""
    done = run(["estimate"], BOM + GOOD + b"\r\n")
    assert done.code == 0, done.err
    assert json.loads(done.out)["total"] == GOOD_TOTAL


def test_jsonl_answers_every_hostile_line_in_its_place() -> None:
    """--jsonl gives each hostile line its error object and still answers the good lines."""
    lines = [GOOD, *(stdin for stdin, _ in HOSTILE), GOOD]
    done = run(["estimate", "--jsonl"], b"\n".join(lines) + b"\n")
    assert_calm(done)
    assert done.code == 2
    answers = jsonl_answers(done)
    assert len(answers) == non_blank(lines)
    assert answers[0]["total"] == answers[-1]["total"] == GOOD_TOTAL
    errors = [answer for answer in answers if "error" in answer]
    assert len(errors) == non_blank(lines) - 2
    assert [error["line"] for error in errors] == sorted({error["line"] for error in errors})


CLEAN_COSTS = {"access_response": 3_000_000}  # what 「調査費300万円」 gives
ODD_TEXTS = [
    "調査費\udfff300万円",
    "\ud800\udc00調査費300万円",
    "調査費\x00\x08\x1b300万円\x7f\x9f",
    "\ufeff調査費300万円\u2028",
    "調査費300万円" + "\udfff" * 10_000,
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_analyze_cleans_odd_text_and_answers(text: str) -> None:
    """Lone surrogates and control characters are dropped and the text analysed as usual."""
    done = run(["analyze", text])
    assert done.code == 0, done.err
    assert json.loads(done.out)["facts"]["costs"] == CLEAN_COSTS


def test_analyze_jsonl_goes_on_after_bad_lines() -> None:
    """analyze --jsonl answers a bad line with its error and reads the next ones."""
    good = json.dumps(["調査費300万円"]).encode()
    lines = [
        b"[" * 100_000,
        '["\\udfff\\u0000調査費300万円"]'.encode(),
        b'["\xff"]',
        b'{"a":1,"a":2}',
        b"[1]",
        good,
    ]
    done = run(["analyze", "--jsonl"], b"\n".join(lines))
    assert_calm(done)
    assert done.code == 2
    answers = jsonl_answers(done)
    assert [answer.get("line") for answer in answers] == [1, None, 3, 4, 5, None]
    assert answers[1]["facts"]["costs"] == answers[5]["facts"]["costs"] == CLEAN_COSTS


# JSON-ish text: fact names, odd keys, numbers of every size, nesting, and any code point,
# surrogates included; written out as JSON (surrogates escaped) or as raw, possibly broken,
# UTF-8.
ANY_CHAR = st.characters(exclude_categories=())
KEYS = st.sampled_from(["incident_type", "costs", "investigation", "individuals", "announced"])
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**50), max_value=10**50)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(["malware", "self", "found", "external_report"])
    | st.text(ANY_CHAR, max_size=8)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(KEYS | st.text(ANY_CHAR, max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


def _as_json(value: object) -> bytes:
    return json.dumps(value).encode()  # ensure_ascii: a surrogate becomes "\udfff"


def _as_raw(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


LINES = (
    st.builds(_as_json, VALUES)
    | st.builds(_as_raw, VALUES)
    | st.text(ANY_CHAR, max_size=20).map(lambda text: text.encode("utf-8", "surrogatepass"))
    | st.binary(max_size=20)
    | st.integers(min_value=1, max_value=3000).map(lambda depth: b"[" * depth)
).map(lambda line: line.replace(b"\n", b" "))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, min_size=1, max_size=6))
def test_jsonl_fuzz_one_answer_per_line_and_good_lines_still_answered(
    lines: list[bytes],
) -> None:
    """Fuzzed lines: no traceback, exit 0 or 2, one JSON line each, the good line answered."""
    lines = [*lines, GOOD]
    done = run(["estimate", "--jsonl"], b"\n".join(lines) + b"\n")
    assert_calm(done)
    answers = jsonl_answers(done)
    assert len(answers) == non_blank(lines)
    assert answers[-1]["total"] == GOOD_TOTAL


@settings(max_examples=40, deadline=None)
@given(LINES)
def test_estimate_fuzz_exits_0_or_2_with_at_most_one_error_line(stdin: bytes) -> None:
    """Fuzzed stdin: an estimate, or one error line and exit 2."""
    done = run(["estimate"], stdin)
    assert_calm(done)
    if done.code:
        assert_one_line_error(done)
    else:
        assert "total" in json.loads(done.out)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(ANY_CHAR, max_size=30), max_size=3))
def test_analyze_fuzz_always_answers(texts: list[str]) -> None:
    """Any text, surrogates and control characters included, gets facts and an estimate."""
    done = run(["analyze", "--", *texts])
    assert done.code == 0, done.err
    assert "estimate" in json.loads(done.out)


def test_real_process_survives_hostile_stdin() -> None:
    """The real command: lone surrogates, deep nesting and bad bytes stay one line each."""
    lines = [b'{"\\udfff":1}', b"[" * 100_000, b"\xff", GOOD]
    done = run_process(["estimate", "--jsonl"], b"\n".join(lines) + b"\n")
    assert_calm(done)
    answers = jsonl_answers(done)
    assert [answer.get("line") for answer in answers] == [1, 2, 3, None]
    assert answers[-1]["total"] == GOOD_TOTAL
    assert_one_line_error(run_process(["estimate"], lines[0]), "\\udfff: unknown field")


def test_real_process_analyze_with_invalid_utf8_argument() -> None:
    """Invalid UTF-8 in an argument (a lone surrogate once Python decodes it) is dropped."""
    done = run_process(["analyze", "調査費".encode() + b"\xff" + "300万円".encode()])
    assert done.code == 0, done.err
    assert json.loads(done.out)["facts"]["costs"] == CLEAN_COSTS
