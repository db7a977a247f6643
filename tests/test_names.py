"""The policy's name as users read it: 「ビジサポ」 (統合賠償責任保険), never 「ピサポ」.

The pamphlet's text extraction reads ビ as ピ; the insurer and its agents name the policy
ビジサポ. Nothing the bot ships or says may carry the misreading. The NLU's word lists
(`config/nlu_*.toml`) are left out: they match what users type, and a user may type either.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
MISREAD = "ピサポ"


def _shipped() -> list[Path]:
    configs = [p for p in sorted((ROOT / "config").glob("*.toml")) if not p.name.startswith("nlu_")]
    sources = [
        p for room in ("bot", "coverage", "config") for p in sorted((ROOT / room).rglob("*.py"))
    ]
    return [ROOT / "README.md", ROOT / "manifest.yml", *configs, *sources]


@pytest.mark.parametrize("path", _shipped(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_shipped_file_says_the_misread_name(path: Path) -> None:
    """No shipped config, README, manifest or source text says ピサポ."""
    assert MISREAD not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["README.md", "config/slack.toml", "config/rider.toml"])
def test_the_policy_is_named_bijisapo(name: str) -> None:
    """Where the policy is named, it is ビジサポ."""
    assert "ビジサポ" in (ROOT / name).read_text(encoding="utf-8")
