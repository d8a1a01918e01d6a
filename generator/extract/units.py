"""Units as articles write them: the kinds table's units in the language's words, compiled once, and currencies."""

import re

from ..kinds import KINDS
from ..lang import language

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH"}
CURRENCY_WORDS = language().currency_words
CURRENCY_CODES = ("USD", "EUR", "GBP", "UAH", "RUB", "CHF", "JPY", "CNY", "PLN")
CURRENCY = "|".join([re.escape(c) for c in CURRENCY_SYMBOLS] + [rf"{code}\s" for code in CURRENCY_CODES])

WRITTEN_UNITS = language().units
# Each unit row that the language writes becomes a named group, in table order, so a match
# says which row it was without a second pass.
UNIT_ROWS = tuple((unit.name, kind.id) for kind in KINDS for unit in kind.units if unit.name in WRITTEN_UNITS)
UNIT = "|".join(f"(?P<unit_{n}>{WRITTEN_UNITS[name]})" for n, (name, _) in enumerate(UNIT_ROWS))


def currency_code(written):
    """'£' -> 'GBP', 'USD ' -> 'USD'."""
    written = written.strip()
    return CURRENCY_SYMBOLS.get(written, written)


def unit_of(match):
    """(unit name, kind id) of the unit row a QUANTITY match found, or None."""
    for n, row in enumerate(UNIT_ROWS):
        if match[f"unit_{n}"] is not None:
            return row
    return None
