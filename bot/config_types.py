"""Field types the schemas of the bot's config files are built from.

Each says one rule a TOML value must keep beyond its type. A broken rule is a ValueError
inside validation, so `config.validate` names the file, the key and the reason, the same
way as for an unknown key or a mistyped value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Annotated, Any, TypeVar, get_args

from pydantic import AfterValidator, BeforeValidator, GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

_E = TypeVar("_E", bound=StrEnum)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must be a non-empty string")
    return value


Text = Annotated[str, AfterValidator(_not_blank)]
"""A string with something in it besides spaces."""


def placeholders(*fields: str) -> AfterValidator:
    """A `str.format` template that may use only `fields`, the ones the code fills in.

    A typo in a placeholder would otherwise raise KeyError in the middle of a reply.
    """

    def check(template: str) -> str:
        # Formatting with sample values is how str.format itself finds a bad field.
        try:
            template.format(**dict.fromkeys(fields, 0))
        except (KeyError, IndexError, ValueError) as exc:
            raise ValueError(f"bad placeholder {exc}") from None
        return template

    return AfterValidator(check)


class Keys:
    """Metadata of ``Annotated[Mapping[str, V], Keys(...)]``: a table with exactly these keys.

    Each key is required and no other is allowed, and an error names the key itself
    (``phases.detection: is missing``), as it would for a field of a model. The keys
    come from where they are defined, an enum most often, instead of a field per key.

    Args:
        keys: The keys, each holding a value of the mapping's value type; or a mapping of
            each key to its own type.
    """

    def __init__(self, keys: Iterable[str] | Mapping[str, object]) -> None:
        kinds = dict(keys) if isinstance(keys, Mapping) else dict.fromkeys(keys)
        self._kinds: dict[str, object] = {str(key): kind for key, kind in kinds.items()}

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        value_type = get_args(source)[1]
        fields = {
            key: core_schema.typed_dict_field(
                handler.generate_schema(value_type if kind is None else kind)
            )
            for key, kind in self._kinds.items()
        }
        return core_schema.typed_dict_schema(fields, extra_behavior="forbid")


def templates(fields: Mapping[str, Iterable[str]]) -> Keys:
    """A table of `str.format` templates: exactly `fields`' keys, each using only its fields."""
    return Keys({key: Annotated[Text, placeholders(*names)] for key, names in fields.items()})


def one_of(kind: type[_E]) -> BeforeValidator:
    """A member of `kind` given by its value; anything else names the values allowed."""
    return BeforeValidator(_member(kind))


def set_of(kind: type[_E]) -> BeforeValidator:
    """A set of members of `kind` given as a list of values."""
    member = _member(kind)

    def check(value: object) -> frozenset[_E]:
        if not isinstance(value, list):
            raise ValueError("must be a list")
        return frozenset(member(item) for item in value)

    return BeforeValidator(check)


def _member(kind: type[_E]) -> Callable[[object], _E]:
    def check(value: object) -> _E:
        if isinstance(value, str) and value in kind.__members__.values():
            return kind(value)
        raise ValueError(f"unknown {value!r}; one of {', '.join(kind)}")

    return check
