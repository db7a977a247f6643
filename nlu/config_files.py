"""Reading the NLU's data files under `config/`: one place for the path and the error."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from nlu.errors import NluConfigError

CONFIG_DIR = Path(__file__).resolve().parent.parent / "config"


def read_toml(path: Path) -> dict[str, Any]:
    """Parse one TOML file; a missing, unreadable or malformed file is an `NluConfigError`."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise NluConfigError(path.name, "(file)", str(exc)) from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise NluConfigError(path.name, "(syntax)", str(exc)) from None
