"""A printed form's key with both its values after it (「公表：未/済」「公表（済・未）」「公表：□未
□済」) is a form not filled in: it states nothing, unless a ticked box chooses one
(「公表：☑済 □未」). And a key's listed value ends its item at a comma or a space, so the next
key's value is not its own (「公表：未、同意：済」 was read as announced). Sentences of our own."""

from __future__ import annotations

import pytest

from nlu import read_message

BLANK = [
    "公表：未/済",
    "公表：済／未",
    "公表（未・済）",
    "公表: □未 □済",
    "公表：有・無",
    "■検知：監視会社　■公表：未・済　■同意：未・済",
    "公表：未/済（どちらかに○）\n費用：調査 80万",
]

CHOSEN: list[tuple[str, bool]] = [
    ("公表：☑済 □未", True),
    ("公表：□済 ☑未", False),
    ("公表：■済 □未", True),
    # One value only: the form was filled in.
    ("公表：済", True),
    ("公表：未", False),
]

# The value ends at 、 or a space: the next key's value belongs to it.
LISTED: list[tuple[str, bool]] = [
    ("公表：未、同意：済", False),
    ("公表：済、同意：未", True),
    ("公表：未 同意：済", False),
    ("公表:no、同意:yes", False),
]


@pytest.mark.parametrize("text", BLANK)
def test_a_form_not_filled_in_states_nothing(text: str) -> None:
    assert read_message(text).announced is None


@pytest.mark.parametrize(("text", "announced"), CHOSEN)
def test_the_chosen_value_is_read(text: str, announced: bool) -> None:
    assert read_message(text).announced is announced


@pytest.mark.parametrize(("text", "announced"), LISTED)
def test_a_listed_value_ends_at_its_item(text: str, announced: bool) -> None:
    assert read_message(text).announced is announced


def test_the_next_keys_value_is_its_own() -> None:
    reading = read_message("公表：未 同意：済")
    assert reading.consent is True
