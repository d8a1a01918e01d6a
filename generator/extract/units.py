"""Units as articles write them: the kinds table's unit rows compiled once, and currencies."""

import re

from ..kinds import KINDS
from ..lang import language

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH"}
CURRENCY_WORDS = language().currency_words
CURRENCY_CODES = ("USD", "EUR", "GBP", "UAH", "RUB", "CHF", "JPY", "CNY", "PLN")
CURRENCY = "|".join([re.escape(c) for c in CURRENCY_SYMBOLS] + [rf"{code}\s" for code in CURRENCY_CODES])

# Each unit row becomes a named group, so a match says which row it was without a second pass.
UNIT_ROWS = tuple((unit.name, kind.id) for kind in KINDS for unit in kind.units)
UNIT = "|".join(f"(?P<unit_{n}>{unit.pattern})" for n, unit in enumerate(u for k in KINDS for u in k.units))


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
