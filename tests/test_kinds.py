"""The kinds table: every conversion factor is the one pint's unit registry gives, so that a
figure and its conversion in another unit merge as one fact."""

import re

import pytest

from generator.kinds import KINDS, unit_as_read, unit_in_words

pint = pytest.importorskip("pint")

# Our unit names as pint writes them (the kinds table writes them as the pages do).
PINT_NAMES = {
    "%": "percent", "share": "dimensionless", "km²": "km**2", "mi²": "mile**2", "ha": "hectare", "acres": "acre", "m²": "m**2", "ft²": "ft**2",
    "km": "km", "nmi": "nautical_mile", "mi": "mile", "m": "m", "dm": "dm", "cm": "cm", "mm": "mm",
    "μm": "micrometer", "nm": "nanometer", "yd": "yard", "ft": "foot", "in": "inch",
    "km/h": "km/hour", "mph": "mile/hour", "kn": "knot", "m/s": "meter/second",
    "m³": "m**3", "l": "liter", "ml": "milliliter", "cups": "cup", "tbsp": "tablespoon", "tsp": "teaspoon",
    "gal": "gallon", "ft³": "ft**3", "bbl": "oil_barrel",
    "t": "metric_ton", "kg": "kg", "g": "g", "mg": "mg", "μg": "microgram", "lb": "pound", "oz": "ounce",
    "MW": "MW", "GW": "GW", "kW": "kW", "W": "W", "hp": "hp", "bhp": "hp", "PS": "metric_horsepower",
    "kPa": "kPa", "Pa": "Pa", "hPa": "hPa", "MPa": "MPa", "GPa": "GPa", "bar": "bar", "psi": "psi",
    "MWh": "MWh", "TWh": "TWh", "GWh": "GWh", "kWh": "kWh",
    "GB": "GB", "TB": "TB", "MB": "MB", "Mbps": "Mbit/s", "Gbps": "Gbit/s", "kbps": "kbit/s",
    "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz",
}
CONVERTED = [(kind, unit) for kind in KINDS for unit in kind.units
             if unit.to_base is not None and kind.base_unit in PINT_NAMES]


@pytest.fixture(scope="module")
def registry():
    return pint.UnitRegistry()


@pytest.mark.parametrize("kind, unit", CONVERTED, ids=[unit.name for _, unit in CONVERTED])
def test_each_conversion_factor_is_pints(registry, kind, unit):
    expected = registry.Quantity(1, PINT_NAMES[unit.name]).to(PINT_NAMES[kind.base_unit]).magnitude
    assert unit.to_base == pytest.approx(expected, rel=1e-5)


def test_every_unit_with_a_factor_is_checked():
    assert {unit.name for kind in KINDS for unit in kind.units if unit.to_base is not None} <= set(PINT_NAMES)


def pint_expression(word):
    """A unit's word as pint parses it: "pound-force per square inch" -> "pound_force/inch**2"."""
    word = re.sub(r"\b(square|cubic) (\w+)", lambda m: f"{m[2]}**{2 if m[1] == 'square' else 3}", word)
    return word.replace(" per ", "/").replace(" ", "_").replace("-", "_")


# pint's "barrel" is a dry barrel, the news' is of oil; pint has no brake horsepower, which is horsepower
NEWS_MEANING = {"barrel": "oil_barrel", "brake horsepower": "hp"}
NAMED = [unit for kind in KINDS for unit in kind.units if unit.word and unit.name in PINT_NAMES]


@pytest.mark.parametrize("unit", NAMED, ids=[unit.name for unit in NAMED])
def test_a_units_word_names_the_unit_its_sign_does(registry, unit):
    written = registry.parse_expression(NEWS_MEANING.get(unit.word, pint_expression(unit.word)))
    assert written.to(PINT_NAMES[unit.name]).magnitude == pytest.approx(1, rel=1e-9)


def test_a_facts_file_writes_a_unit_by_its_word_and_reads_it_by_word_or_sign():
    assert [unit_in_words(u) for u in ("nm", "PS", "kn", "%", "°C", "years", "people", "USD")] == \
        ["nanometre", "metric horsepower", "knot", "%", "°C", "years", "people", "USD"]
    assert {unit_as_read("distance", written) for written in ("nanometre", "Nanometre", "nm")} == {"nm"}
    assert unit_as_read("distance", "NMI") == "nmi"
    assert unit_as_read("count", "metres") == "metres"  # a noun counted stays the noun
    assert unit_as_read("measure", "Nm") == "Nm" and unit_as_read("distance", "nm") == "nm"


def test_no_two_units_of_a_kind_are_written_alike():
    for kind in KINDS:
        written = [w for unit in kind.units for w in {unit.name.lower(), (unit.word or unit.name).lower()}]
        assert len(written) == len(set(written)), kind.id


def test_the_cldr_currency_symbols_are_babels():
    from generator.extract.cldr_symbols import CLDR_SYMBOLS
    from generator.extract.units import cldr_currency_symbols
    fresh = cldr_currency_symbols()
    assert CLDR_SYMBOLS == fresh, f"CLDR has changed: write this into generator/extract/cldr_symbols.py: {fresh!r}"
    assert {"₡": "CRC", "₭": "LAK", "zł": "PLN", "元": "CNY"}.items() <= CLDR_SYMBOLS.items()
    assert "$" not in CLDR_SYMBOLS and "£" not in CLDR_SYMBOLS  # shared by several currencies


@pytest.mark.parametrize("pattern, parts", [
    (r"km|kilomet(?:er|re)s?", ["km", "kilomet(?:er|re)s?"]),
    (r"a\(b|c", [r"a\(b", "c"]),  # an escaped bracket opens no group
    (r"a\|b|c", [r"a\|b", "c"]),  # an escaped bar is no alternative
    (r"x\\|y", [r"x\\", "y"]),  # an escaped backslash escapes nothing after it
])
def test_a_units_pattern_splits_at_its_own_alternatives_only(pattern, parts):
    from generator.extract.units import top_level_alternatives
    assert top_level_alternatives(pattern) == parts
