"""The one config reader: shipped files from the package, one error naming file, key, reason."""

from __future__ import annotations

from pathlib import Path

import pytest

import config
from config import ConfigError, Schema, validate


class _Limits(Schema):
    limit: int
    words: dict[str, list[str]] | None = None


@pytest.mark.parametrize(
    ("data", "key", "reason"),
    [
        ({"limit": "300"}, "top.limit", "must be an integer"),
        ({"limit": True}, "top.limit", "must be an integer"),
        ({"limit": 1, "limt": 2}, "top.limt", "is an unknown key"),
        ({}, "top.limit", "is missing"),
        ({"limit": 1, "words": {"attack": [1]}}, "top.words.attack[0]", "must be a string"),
        ({"limit": 1, "words": []}, "top.words", "must be a table"),
    ],
)
def test_a_value_the_schema_refuses_names_file_key_and_reason(
    data: dict[str, object], key: str, reason: str
) -> None:
    with pytest.raises(ConfigError) as info:
        validate(data, _Limits, "x.toml", at="top")
    assert (info.value.file, info.value.key, info.value.reason) == ("x.toml", key, reason)


def test_every_shipped_file_is_read_from_the_package() -> None:
    names = sorted(p.name for p in Path(config.__file__).parent.glob("*.toml"))
    assert "rider.toml" in names
    for name in names:
        assert isinstance(config.read(name), dict)


def test_a_caller_changing_its_table_does_not_change_the_file_for_others() -> None:
    table = config.read("rider.toml")
    table.clear()
    assert config.read("rider.toml")


def test_a_missing_or_broken_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be read"):
        config.read("no_such_file.toml")
    broken = tmp_path / "contract.toml"
    broken.write_text("liability_limit = = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        config.read_path(broken)
    assert info.value.key == "(syntax)"
    with pytest.raises(ConfigError, match="does not exist"):
        config.read_path(tmp_path / "absent.toml")
