"""Every limit, word list, answer, checklist, contact and sentence of the bot, as TOML.

The TOML files ship inside this package (they are package data), so an installed wheel
reads the same files as a checkout. `read` gives one file's table; `load` checks it
against a declared schema. Imports nothing of `bot`, `nlu` or `coverage`: they all read
their data through here.
"""

from config.reader import ConfigError, Schema, load, load_path, read, read_path, validate

__all__ = ["ConfigError", "Schema", "load", "load_path", "read", "read_path", "validate"]
