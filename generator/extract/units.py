"""Units as articles write them: the kinds table's units in the language's words, compiled once, and currencies."""

import re
from typing import NamedTuple

from ..kinds import KINDS
from ..lang import DEFAULT, alternatives, per_language

CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH"}
CURRENCY_CODES = ("USD", "EUR", "GBP", "UAH", "RUB", "CHF", "JPY", "CNY", "PLN")
CURRENCY = "|".join([re.escape(c) for c in CURRENCY_SYMBOLS] + [rf"{code}\s" for code in CURRENCY_CODES])


class UnitGrammar(NamedTuple):
    rows: tuple  # (unit name, kind id) of each unit the language writes, in table order
    unit: str  # any of them, each row a named group: a match says which row it was without a second pass
    currency_words: dict  # "euros" -> "EUR"
    written: dict  # unit name -> how the language writes it


@per_language
def grammar(language):
    """The kinds table's units in a language's words, and its currency words."""
    written = language.units
    rows = tuple((unit.name, kind.id) for kind in KINDS for unit in kind.units if unit.name in written)
    unit = alternatives([f"(?P<unit_{n}>{written[name]})" for n, (name, _) in enumerate(rows)])
    return UnitGrammar(rows, unit, language.currency_words, written)


def written_units(kind_id, language=DEFAULT):
    """How a language writes the units of one kind, as one pattern."""
    written = grammar(language).written
    return alternatives([written[unit.name] for kind in KINDS if kind.id == kind_id
                         for unit in kind.units if unit.name in written])


def currency_code(written):
    """'£' -> 'GBP', 'USD ' -> 'USD'."""
    written = written.strip()
    return CURRENCY_SYMBOLS.get(written, written)


def unit_of(match, language=DEFAULT):
    """(unit name, kind id) of the unit row a QUANTITY match found, or None."""
    for n, row in enumerate(grammar(language).rows):
        if match[f"unit_{n}"] is not None:
            return row
    return None
