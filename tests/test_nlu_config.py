"""Every `config/nlu_*.toml` is checked against its schema: a flaw names file, key and reason."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

import config
from config import ConfigError
from coverage import CostKey, IncidentType
from nlu.amount_words import AmountsFile, parse_amounts
from nlu.counts import CountsFile, parse_counts
from nlu.data_kinds import DataKindsFile, parse_vocabulary
from nlu.dates import DatesFile, parse_settings
from nlu.lexicon import parse_lexicon
from nlu.lexicon_file import (
    GENERIC_INVESTIGATION,
    NO_COST_WORD,
    NOT_COST,
    UNKNOWN_COST,
    CostCues,
    IncidentCues,
    LexiconFile,
)
from nlu.normalize import NormalizeFile, parse_circled

PARSERS: dict[str, Callable[[Any], object]] = {
    "nlu_amounts.toml": parse_amounts,
    "nlu_counts.toml": parse_counts,
    "nlu_dates.toml": parse_settings,
    "nlu_data_kinds.toml": parse_vocabulary,
    "nlu_normalize.toml": parse_circled,
    "nlu_lexicon.toml": parse_lexicon,
}

_DROP = object()  # a value that removes the key instead

# (file, path to the value, broken value, key named, reason given).
BROKEN = [
    ("nlu_amounts.toml", ("money", "max_yen"), True, "money.max_yen", "must be an integer"),
    ("nlu_amounts.toml", ("money", "prefixes"), ["¥", ""], "money.prefixes", "holds a blank"),
    ("nlu_amounts.toml", ("per_unit", "times"), "×", "per_unit.times", "must be a list"),
    ("nlu_amounts.toml", ("money", "word_ends_before"), [], "money.word_ends_before",
     "must not be empty"),
    ("nlu_amounts.toml", ("ranges",), _DROP, "ranges", "is missing"),
    ("nlu_counts.toml", ("counters",), {}, "counters", "must not be empty"),
    ("nlu_counts.toml", ("counters", "台"), "pc", "counters.台", "input should be"),
    ("nlu_counts.toml", ("limits", "max_count"), 0, "limits.max_count", "greater than 0"),
    ("nlu_counts.toml", ("approximate", "after"), [3], "approximate.after", "non-string 3"),
    ("nlu_dates.toml", ("numerals", "ten"), "十十", "numerals.ten", "must be 1 character"),
    ("nlu_dates.toml", ("weeks", "先週"), 1.0, "weeks.先週", "must be an integer"),
    ("nlu_dates.toml", ("ago_units", "日前"), -1, "ago_units.日前", "greater than or equal"),
    ("nlu_dates.toml", ("discovery", "window"), _DROP, "discovery.window", "is missing"),
    ("nlu_data_kinds.toml", ("lost",), _DROP, "lost", "is missing"),
    ("nlu_data_kinds.toml", ("kinds",), [], "kinds", "must be a table"),
    ("nlu_data_kinds.toml", ("ignore",), ["  "], "ignore", "holds a blank"),
    ("nlu_normalize.toml", ("circled", "①"), "recovery", "circled.①", "input should be"),
    ("nlu_normalize.toml", ("circled", "a"), "litigation", "circled.a", "NFKC rewrites"),
    ("nlu_normalize.toml", ("numbers",), {}, "numbers", "is an unknown key"),
    ("nlu_lexicon.toml", ("markers", "hedge"), "可能性", "markers.hedge", "must be a list"),
    ("nlu_lexicon.toml", ("markers", "negating", "無い"), 1, "markers.negating.無い", "string"),
    ("nlu_lexicon.toml", ("incident_types", "order"), ["malware", "virus"], "incident_types.order",
     "holds 'virus'"),
    ("nlu_lexicon.toml", ("incident_types", "cues", "virus"), ["ウイルス"],
     "incident_types.cues.virus", "is an unknown key"),
    ("nlu_lexicon.toml", ("detection", "reporters", "customers"), ["顧客"],
     "detection.reporters.customers", "is an unknown key"),
    ("nlu_lexicon.toml", ("costs", "cues", "damage"), ["賠償"], "costs.cues.damage",
     "is an unknown key"),
    ("nlu_lexicon.toml", ("costs", "joiners"), _DROP, "costs.joiners", "is missing"),
    ("nlu_lexicon.toml", ("costs", "minus"), [], "costs.minus", "must not be empty"),
    ("nlu_lexicon.toml", ("costs", "retracted"), ["ではなく", " "], "costs.retracted",
     "holds a blank"),
    ("nlu_lexicon.toml", ("costs", "everyone"), _DROP, "costs.everyone", "is missing"),
    ("nlu_lexicon.toml", ("costs", "unit_marks"), "あたり", "costs.unit_marks", "must be a list"),
    ("nlu_lexicon.toml", ("costs", "count_joiners"), ["を", 1], "costs.count_joiners",
     "non-string 1"),
    ("nlu_lexicon.toml", ("costs", "counted_parties"), _DROP, "costs.counted_parties",
     "is missing"),
    ("nlu_lexicon.toml", ("intents", "order"), ["reset", "help"], "intents.order",
     "must list exactly"),
    ("nlu_lexicon.toml", ("answers", "fillers"), [], "answers.fillers", "must not be empty"),
    ("nlu_lexicon.toml", ("answers", "endings"), "です", "answers.endings", "must be a list"),
    ("nlu_lexicon.toml", ("clauses", "particles"), ["が", ""], "clauses.particles",
     "holds a blank"),
    ("nlu_lexicon.toml", ("answers", "maybe"), ["たぶん"], "answers.maybe", "is an unknown key"),
    ("nlu_lexicon.toml", ("victims",), _DROP, "victims", "is missing"),
]  # fmt: skip


@pytest.mark.parametrize(("file", "path", "value", "key", "reason"), BROKEN)
def test_broken_value_names_file_key_and_reason(
    file: str, path: tuple[str, ...], value: object, key: str, reason: str
) -> None:
    """One wrong value in a shipped file fails with that file, the value's key and why."""
    data = copy.deepcopy(config.read(file))
    table = data
    for part in path[:-1]:
        table = table[part]
    if value is _DROP:
        del table[path[-1]]
    else:
        table[path[-1]] = value
    with pytest.raises(ConfigError) as caught:
        PARSERS[file](data)
    assert (caught.value.file, caught.value.key) == (file, key)
    assert reason in caught.value.reason


SCHEMAS: dict[str, type[config.Schema]] = {
    "nlu_amounts.toml": AmountsFile,
    "nlu_counts.toml": CountsFile,
    "nlu_dates.toml": DatesFile,
    "nlu_data_kinds.toml": DataKindsFile,
    "nlu_normalize.toml": NormalizeFile,
    "nlu_lexicon.toml": LexiconFile,
}


@pytest.mark.parametrize("file", sorted(SCHEMAS))
def test_shipped_file_passes_its_schema(file: str) -> None:
    """Each shipped nlu file fits its schema as it is."""
    # The schema alone: compiling the lexicon again would register its phrases twice.
    config.load(file, SCHEMAS[file])


def test_every_broken_file_is_tested() -> None:
    """The table above covers each nlu file."""
    assert {row[0] for row in BROKEN} == set(PARSERS) == set(SCHEMAS)


def test_cue_labels_follow_the_enums() -> None:
    """Incident cues are labelled by incident type; cost cues by cost key and pseudo key."""
    assert set(IncidentCues.model_fields) == {t.value for t in IncidentType}
    assert set(CostCues.model_fields) == {k.value for k in CostKey} | {
        GENERIC_INVESTIGATION,
        UNKNOWN_COST,
        NOT_COST,
        NO_COST_WORD,
    }
