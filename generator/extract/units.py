"""Units as articles write them: the kinds table's units in the language's words, compiled once, and currencies."""

import datetime
import functools
import re
import unicodedata
from typing import NamedTuple

from babel import Locale, UnknownLocaleError

from ..kinds import KINDS
from ..lang import DEFAULT, alternatives, longest_first, per_language
from ..lang import language as language_of
from .cldr_symbols import CLDR_SYMBOLS

# How figures of money are marked in any language: symbols and prefixed symbols ("HK$3.5
# billion", "RM14.20") and ISO codes ("USD 8m", "USD8m"); the words for currencies are CLDR's
# names in each language (through babel: "Finnish markkas", "Costa Rican colón") and the
# everyday words a language's module adds (lang/<code>.py CURRENCY_WORDS: "dollars", "quid").
CURRENCY_SYMBOLS = {
    **CLDR_SYMBOLS,  # "₡", "₭", "zł", "Kč", "лв.": CLDR's, below those it leaves to more than one currency
    "US$": "USD", "$US": "USD", "A$": "AUD", "$A": "AUD", "$NZ": "NZD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "HK$": "HKD",
    "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "NT$": "TWD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
    "₹": "INR", "₩": "KRW", "₪": "ILS", "₺": "TRY", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB",
    "₾": "GEL", "₽": "RUB", "₴": "UAH", "RM": "MYR", "Rs": "INR",
    "₿": "BTC",  # bitcoin has no ISO code; markets and news write BTC
}
CURRENCY_CODES = ("USD", "EUR", "GBP", "UAH", "RUB", "CHF", "JPY", "CNY", "PLN", "AUD", "CAD", "HKD", "NZD", "SGD",
                  "INR", "KRW", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "TRY", "ILS", "MYR", "AED", "SAR", "RMB", "BTC")
# Signs as an ASCII transliteration writes them (Unidecode's table, which feeds and scrapers use):
# "£2.7m" is "PS2.7m", "¥590 billion" is "Y=590 billion". "PS" only before a figure of two digits
# or more, or with a scale: "PS5" is a games console.
ASCII_FOLDED_SIGNS = {"PS": ("GBP", r"PS(?=\d[\d,.]*\d|\d\s?(?:bn|m|k)\b)"), "Y=": ("JPY", r"Y=(?=\d)")}
# A country's letters may stand a space before its dollar sign, as some sites set it: "HK $5.4m".
PREFIXED_DOLLAR = re.compile(r"([A-Z]{2,})\$")  # not one letter: "Plan A $500"
CURRENCY = "|".join([PREFIXED_DOLLAR.sub(r"\1 ?\\$", c) if PREFIXED_DOLLAR.fullmatch(c) else re.escape(c)
                     for c in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)]
                    + [pattern for _, pattern in ASCII_FOLDED_SIGNS.values()]
                    + [rf"{code}(?=\s?\d)" for code in CURRENCY_CODES])
# The characters a CURRENCY starts with: a pattern looks for one at a word's middle ("US$5") only
# where one of these stands, rather than trying every currency at every letter.
CURRENCY_FIRST = "[" + "".join(sorted({re.escape(c[0]) for c in (*CURRENCY_SYMBOLS, *ASCII_FOLDED_SIGNS, *CURRENCY_CODES)})) + "]"
# After a figure too: "20 €", "100 ₡", "50 zł" (symbols of letters only where they are no ASCII word).
SIGNS_AFTER = alternatives(sorted((re.escape(s) for s in CURRENCY_SYMBOLS if len(s) == 1 or not s.isascii()),
                                  key=len, reverse=True))
CODE_ALIASES = {"RMB": "CNY"}
# ISO's X codes are precious metals ("gold"), funds and test codes, bar these circulating ones.
CIRCULATING_X_CODES = {"XAF", "XOF", "XPF", "XCD"}
# Video standards' line counts: "1080p", "720p" name a resolution, never pence.
VIDEO_LINES = {144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320}


def cldr_currency_symbols(today=datetime.date(2026, 1, 1)):
    """Every symbol a CLDR locale writes for a currency in use today, where no other currency
    shares it and it is no ASCII word nor a lone letter ("₡": CRC, "zł": PLN, "元": CNY; not "$",
    "£", "¥", "Rs"): slow, it reads every locale, so cldr_symbols.py holds what it gave, and a
    test checks it against babel's data."""
    from babel import localedata
    from babel.core import get_global
    from babel.numbers import get_territory_currencies
    current = {code for territory in get_global("territory_currencies")
               for code in get_territory_currencies(territory, today, tender=True)}
    codes = {}
    for identifier in sorted(localedata.locale_identifiers()):
        for code, symbol in Locale.parse(identifier).currency_symbols.items():
            symbol = "".join(ch for ch in symbol if unicodedata.category(ch) != "Cf").strip()  # direction marks
            if symbol and symbol != code and not symbol.isascii() and not any(ch.isspace() for ch in symbol):
                codes.setdefault(symbol, set()).add(code)
    alone = {symbol: next(iter(found)) for symbol, found in sorted(codes.items()) if len(found) == 1}
    return {symbol: code for symbol, code in alone.items() if code in current and (
        len(symbol) > 1 or unicodedata.category(symbol) == "Sc" or unicodedata.name(symbol, "").startswith("CJK"))}


def cldr_currency_words(code):
    """CLDR's names of every currency in a language, lower case, as a figure is followed by
    them ("420 million Finnish markka", "10 US dollars") -> ISO code; none for a language CLDR
    does not know. Names of a period ("Afghan Afghani (1927–2002)") are left out."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return {}
    plurals = locale._data["currency_names_plural"]  # babel's only way to CLDR's plural names
    words = {}
    for currency, name in locale.currencies.items():
        if currency.startswith("X") and currency not in CIRCULATING_X_CODES:
            continue
        for written in {name, *(dict(plurals[currency]).values() if currency in plurals else ())}:
            if "(" not in written:
                words[written.lower()] = currency
    return words


class UnitGrammar(NamedTuple):
    rows: tuple  # (unit name, kind id) of each unit the language writes, in table order
    unit: str  # any of them, each row a named group: a match says which row it was without a second pass
    currency_words: dict  # "euros" -> "EUR"
    currency_after: re.Pattern  # a currency's word or sign after a figure: " Swiss francs", " €"
    written: dict  # unit name -> how the language writes it


@per_language
def grammar(language):
    """The kinds table's units in a language's words, and its currency words."""
    written = {name: in_any_case(pattern) for name, pattern in language.units.items()}
    rows = tuple((unit.name, kind.id) for kind in KINDS for unit in kind.units if unit.name in written)
    unit = alternatives([f"(?P<unit_{n}>{written[name]})" for n, (name, _) in enumerate(rows)])
    currency_words = {**cldr_currency_words(language.code), **language.currency_words}
    words = sorted(map(re.escape, currency_words), key=len, reverse=True)
    codes = alternatives(CURRENCY_CODES)
    suffixes = longest_first(language.currency_suffixes)
    code_scales = alternatives(list(language.code_scales))
    currency_after = re.compile(rf"\s?(?:(?P<sign>{SIGNS_AFTER})(?!\w)|(?P<code_scale>{code_scales})?(?P<code>{codes})\b|(?P<suffix>{suffixes})(?!\w|\.\w))"
                                # "50 dollars", and hyphened before a noun: "a 50-dollar fee", "a billion-dollar deal"
                                + (rf"|[\s-](?P<word>(?i:{alternatives(words)}))(?!\w)" if words else ""))
    return UnitGrammar(rows, unit, currency_words, currency_after, written)


# Words and the groups between them ("kilomet(?:er|re)s?", "miles?(?! (?:per|an) hour)"), no symbol.
SPELLED_OUT = re.compile(r"[a-z(][a-z ()|?!=:\[\]-]*")
GROUP_SYNTAX = re.compile(r"\(\?[:!=]|[()|?]|\[[^]]*\]")


def top_level_alternatives(pattern):
    """'km|kilomet(?:er|re)s?' -> ['km', 'kilomet(?:er|re)s?']: split at the |s outside groups."""
    parts, depth, start, escaped = [], 0, 0, False
    for at, char in enumerate(pattern):
        if escaped or char == "\\":  # "\(", "\|": a character as itself, no group and no alternative
            escaped = not escaped
            continue
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
    return parts + [pattern[start:]]


def in_any_case(pattern):
    """A unit's pattern whose spelled-out words (four letters and more, all lower case) read in
    any case, as headlines write them ("90 Miles", "11 FEET"); its symbols keep their case
    ("m" is a metre, "M" a million; "MB" a megabyte, "mb" no unit)."""
    return "|".join(f"(?i:{part})" if SPELLED_OUT.fullmatch(part) and re.search(r"[a-z]{4}", GROUP_SYNTAX.sub("", part))
                    else part for part in top_level_alternatives(pattern))


def written_units(kind_id, language=DEFAULT):
    """How a language writes the units of one kind, as one pattern."""
    written = grammar(language).written
    return alternatives([written[unit.name] for kind in KINDS if kind.id == kind_id
                         for unit in kind.units if unit.name in written])


def currency_code(written):
    """'£' -> 'GBP', 'USD ' -> 'USD', 'HK $' -> 'HKD', 'PS' -> 'GBP', 'RMB' -> 'CNY'."""
    written = written.strip().replace(" $", "$")
    folded = ASCII_FOLDED_SIGNS.get(written)
    return CURRENCY_SYMBOLS.get(written) or (folded[0] if folded else CODE_ALIASES.get(written, written))


def currency_after(text, language=DEFAULT, value=None):
    """(ISO code, length, factor) of a currency written straight after a figure (text: what
    follows it; value: the figure's), factor the scale its code carries ("30 MUSD"), or None."""
    found = grammar(language).currency_after.match(text)
    if not found:
        return None
    if found["sign"]:
        return CURRENCY_SYMBOLS[found["sign"]], found.end(), 1
    if found["code"]:
        scale = language_of(language).code_scales[found["code_scale"]] if found["code_scale"] else 1
        return currency_code(found["code"]), found.end(), scale
    if found["suffix"]:
        if value in VIDEO_LINES:
            return None
        return language_of(language).currency_suffixes[found["suffix"]], found.end(), 1
    return grammar(language).currency_words[found["word"].lower()], found.end(), 1


@functools.lru_cache(maxsize=1024)
def unit_named(word, language=DEFAULT):
    """(unit name, kind id) of the unit a word writes on its own ("inch", "km"), or None: a
    list's unit hyphened to its last figure only ("7- or 8-inch")."""
    written = grammar(language).written
    return next(((name, kind) for name, kind in grammar(language).rows
                 if re.fullmatch(written[name], word)), None)


def unit_of(match, language=DEFAULT):
    """(unit name, kind id) of the unit row a QUANTITY match found, or None."""
    for n, row in enumerate(grammar(language).rows):
        if match[f"unit_{n}"] is not None:
            return row
    return None
