"""The one reader of config files: one location, one loader, one error."""

from __future__ import annotations

import copy
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

_Model = TypeVar("_Model", bound=BaseModel)


class ConfigError(Exception):
    """A config file is missing, malformed, or holds a value its schema does not allow.

    Attributes:
        file: The file's name (a shipped file) or path (a file the operator gave).
        key: The dotted key of the offending value, e.g. ``coverages.damages.limit``.
        reason: What is wrong with it, in English, for the operator.
    """

    def __init__(self, file: str, key: str, reason: str) -> None:
        super().__init__(f"{file}: {key}: {reason}")
        self.file = file
        self.key = key
        self.reason = reason


class Schema(BaseModel):
    """Base of every config schema: unknown keys are errors and no value is coerced.

    Strict means a TOML string is never read as a number nor an integer as a bool: a
    typo in a limit must stop the bot, not change a payout.
    """

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def read(name: str) -> dict[str, Any]:
    """The table of shipped file `name` (e.g. ``"rider.toml"``), parsed once per process.

    Each caller gets its own copy: a test that breaks a value to see the error must not
    break the file for the rest of the process.

    Raises:
        ConfigError: The file is missing or is not valid TOML.
    """
    return copy.deepcopy(_read_once(name))


@cache
def _read_once(name: str) -> dict[str, Any]:
    try:
        raw = resources.files(__package__).joinpath(name).read_bytes()
    except OSError as exc:
        raise ConfigError(name, "(file)", f"cannot be read: {exc.strerror or exc}") from None
    return _parse(raw, name)


def read_path(path: Path) -> dict[str, Any]:
    """The table of a file the operator gave (a contract), by its path.

    Raises:
        ConfigError: The file is missing, unreadable or not valid TOML.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(str(path), "(file)", "does not exist") from None
    except OSError as exc:
        raise ConfigError(str(path), "(file)", f"cannot be read: {exc.strerror or exc}") from None
    return _parse(raw, str(path))


def validate(data: object, schema: type[_Model], file: str, at: str = "") -> _Model:
    """`data` as an instance of `schema`; the first problem becomes a `ConfigError`.

    Args:
        data: A parsed table (or part of one).
        schema: The schema it must fit.
        file: The file it came from, named in the error.
        at: The dotted key of `data` inside the file, when it is not the whole file.
    """
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        prefix = tuple(at.split(".")) if at else ()
        key = _dotted((*prefix, *first["loc"]))
        raise ConfigError(file, key or "(top)", _reason(first["type"], first["msg"])) from None


def load(name: str, schema: type[_Model]) -> _Model:
    """Shipped file `name` checked against `schema`."""
    return validate(read(name), schema, name)


def load_path(path: Path, schema: type[_Model]) -> _Model:
    """An operator's file checked against `schema`."""
    return validate(read_path(path), schema, str(path))


def _parse(raw: bytes, file: str) -> dict[str, Any]:
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(file, "(syntax)", f"not UTF-8: {exc.reason}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(file, "(syntax)", str(exc)) from None


def _dotted(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# One vocabulary for every file's errors; pydantic's own message where none fits.
_REASONS = {
    "extra_forbidden": "is an unknown key",
    "missing": "is missing",
    "dict_type": "must be a table",
    "model_type": "must be a table",
    "model_attributes_type": "must be a table",
    "string_type": "must be a string",
    "string_too_short": "must be a non-empty string",
    "int_type": "must be an integer",
    "bool_type": "must be true or false",
    "list_type": "must be a list",
    "too_short": "must not be empty",
}


def _reason(kind: str, message: str) -> str:
    if kind in _REASONS:
        return _REASONS[kind]
    # A validator's own ValueError: its message, without pydantic's prefix.
    message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return message[0].lower() + message[1:] if message else kind
