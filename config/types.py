"""Field types the config schemas are built from, shared by `bot`, `nlu` and `coverage`.

Each says one rule a TOML value must keep beyond its type. A broken rule is an error
inside validation, so `config.validate` names the file, the key and the reason, the same
way as for an unknown key or a mistyped value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from typing import Annotated, Any, TypeVar, get_args

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    GetCoreSchemaHandler,
    StringConstraints,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)
from pydantic_core import CoreSchema, InitErrorDetails, PydanticCustomError, core_schema

_E = TypeVar("_E", bound=StrEnum)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must be a non-empty string")
    return value


Text = Annotated[str, AfterValidator(_not_blank)]
"""A string with something in it besides spaces."""

_PHONE = re.compile(r"\+?\d[\d-]*\d")


def _phone(value: str) -> str:
    if not _PHONE.fullmatch(value):
        raise ValueError(f"is not a phone number: {value!r}")
    return value


Phone = Annotated[Text, AfterValidator(_phone)]
"""A phone number as printed: digits and hyphens, with an optional leading "+"."""


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


def entry_error(key: str, reason: str, value: object) -> ValidationError:
    """An error at entry `key` of the table being validated, for a validator to raise.

    A plain ValueError would name the whole table; raising this from a table's validator
    names the entry, as an unknown key or a mistyped value of it would be named.
    """
    detail = InitErrorDetails(
        type=PydanticCustomError("entry", "{reason}", {"reason": reason}), loc=(key,), input=value
    )
    return ValidationError.from_exception_data("entry", [detail])


def name_the_list(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """A wrap validator: an error inside a list names the list and the item at fault."""
    try:
        return handler(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        if not first["loc"]:
            raise  # the list itself: not a list, or empty
        item = first["input"]
        if first["type"] == "string_type":
            reason = f"holds a non-string {item!r}"
        elif first["type"] in ("string_too_short", "string_pattern_mismatch"):
            reason = "holds a blank string"
        else:
            reason = f"holds {item!r}: {first['msg'][:1].lower()}{first['msg'][1:]}"
        raise PydanticCustomError("list_item", "{reason}", {"reason": reason}) from None


Word = Annotated[str, StringConstraints(min_length=1, pattern=r"\S")]
"""A string that is not blank."""

Words = Annotated[list[Word], WrapValidator(name_the_list)]
"""A list of words, possibly empty."""

NonEmptyWords = Annotated[list[Word], Field(min_length=1), WrapValidator(name_the_list)]
"""A non-empty list of words."""
