"""Field types shared by the schemas of the `config/nlu_*.toml` files.

An error inside a word list names the list (``per_unit.after``), not the item's index:
the operator edits the list, and the reason says which item is wrong.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    Field,
    Strict,
    StringConstraints,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from coverage import IncidentType


def entry_error(key: str, reason: str, value: object) -> ValidationError:
    """An error at entry `key` of the table being validated, for a validator to raise.

    A plain ValueError would name the whole table; raising this from a table's validator
    names the entry, as an unknown key or a mistyped value of it would be named.
    """
    detail = InitErrorDetails(
        type=PydanticCustomError("entry", "{reason}", {"reason": reason}), loc=(key,), input=value
    )
    return ValidationError.from_exception_data("entry", [detail])


def _name_the_list(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
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

Words = Annotated[list[Word], WrapValidator(_name_the_list)]
"""A list of words, possibly empty."""

NonEmptyWords = Annotated[list[Word], Field(min_length=1), WrapValidator(_name_the_list)]
"""A non-empty list of words."""

# Strict would take only enum members; a TOML file holds their values.
IncidentTypes = Annotated[
    list[Annotated[IncidentType, Strict(False)]], WrapValidator(_name_the_list)
]
"""A list of `IncidentType` values."""
