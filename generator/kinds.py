"""The table of kinds of fact and their units, read by every stage.

A row says what the kind is called on the fact sheet, where it stands there (table order),
which units belong to it and how each converts to the kind's base unit. Adding a kind, or a
unit, is adding one row, and how articles write the unit to each language's data
(generator/lang/): extraction finds it, merging compares it, the fact sheet and the search
filter list it.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Unit:
    name: str  # as the pages write it and the language modules and every stage know it: "km²"
    to_base: float | None = None  # factor to the kind's base unit; None: compared only as itself
    # Its name in words, singular, as the facts YAML and the downloads write it: a reviewer reads
    # "nanometre", "metric horsepower", "knot" where "nm", "PS", "kn" could be misread. None: the
    # sign is the name everyone reads (%, °C) or the name is a word already ("years").
    word: str | None = None
    one: str | None = None  # how pages write it after a figure of one, where that differs: "1 day", not "1 days"


@dataclass(frozen=True)
class Kind:
    id: str
    title: str  # the fact sheet's heading for the group
    base_unit: str | None = None
    units: tuple = ()  # of Unit, found after a figure in the text
    weight: float = 1  # how much a figure of this kind leads a story (key_facts.py adds the rest)


COUNT, AREA, PENALTY, AGE, MONEY = "count", "area", "penalty", "age", "money"
DURATION, TEMPERATURE, PERCENTAGE, MEASURE = "duration", "temperature", "percentage", "measure"
SHARE = "share"  # the unit of a fraction of a whole ("two-thirds of"), a percentage over 100

KINDS = (
    Kind(COUNT, "People and things counted", weight=3),  # the unit is the noun counted
    Kind(AREA, "Areas", "km²", (
        Unit("km²", word="square kilometre"),
        Unit("mi²", 2.589988, "square mile"),
        Unit("ha", 0.01, "hectare"),
        Unit("acres", 0.004046873, "acre", one="acre"),
        Unit("m²", 0.000001, "square metre"),
        Unit("ft²", 0.00000009290304, "square foot"),
    ), weight=3),
    Kind(PENALTY, "Penalties", weight=3),  # a duration in a sentence about prison; see extract/quantities.py
    Kind(AGE, "Ages", weight=0),  # an age is a detail, seldom what a story is about
    Kind(MONEY, "Money", weight=3),  # the unit is an ISO currency code; see extract/units.py
    Kind(PERCENTAGE, "Percentages", "%", (
        Unit("%"),
        Unit(SHARE, 100),  # "two-thirds of", "one in four": the fraction of a whole, 0.25 for a quarter
        Unit("percentage points", one="percentage point"),  # a change of a percentage, not a share: compared only as itself
        Unit("bp", word="basis point"),  # a hundredth of a percentage point, as finance gives rates' changes
    ), weight=2),
    Kind("distance", "Lengths and distances", "km", (
        Unit("km", word="kilometre"),
        Unit("nmi", 1.852, "nautical mile"),
        Unit("mi", 1.609344, "mile"),
        Unit("m", 0.001, "metre"),
        Unit("dm", 0.0001, "decimetre"),
        Unit("cm", 0.00001, "centimetre"),
        Unit("mm", 0.000001, "millimetre"),
        Unit("μm", 0.000000001, "micrometre"),
        Unit("nm", 0.000000000001, "nanometre"),  # nanometres; nautical miles are nmi
        Unit("yd", 0.0009144, "yard"),
        Unit("ft", 0.0003048, "foot"),
        Unit("in", 0.0000254, "inch"),
    ), weight=1.5),
    Kind("speed", "Speeds", "km/h", (
        Unit("km/h", word="kilometre per hour"),
        Unit("mph", 1.609344, "mile per hour"),
        Unit("kn", 1.852, "knot"),
        Unit("m/s", 3.6, "metre per second"),  # wind, as weather services outside the US and UK give it
    ), weight=1.5),
    Kind("volume", "Volumes", "m³", (
        Unit("m³", word="cubic metre"),
        Unit("l", 0.001, "litre"),
        Unit("ml", 0.000001, "millilitre"),
        Unit("cups", 0.000236588, "cup"),  # the US cup, tablespoon and teaspoon of recipes
        Unit("tbsp", 0.0000147868, "tablespoon"),
        Unit("tsp", 0.00000492892, "teaspoon"),
        Unit("gal", 0.003785412, "gallon"),  # the US gallon, as most news in English means it
        Unit("ft³", 0.028316847, "cubic foot"),
        Unit("bbl", 0.158987295, "barrel"),
    ), weight=1.5),
    Kind("weight", "Weights", "t", (
        Unit("t", word="metric ton"),
        Unit("kg", 0.001, "kilogram"),
        Unit("g", 0.000001, "gram"),
        Unit("mg", 0.000000001, "milligram"),
        Unit("μg", 0.000000000001, "microgram"),
        Unit("lb", 0.000453592),  # no word: "pound" alone names a currency too
        Unit("oz", 0.0000283495, "ounce"),
    ), weight=1.5),
    Kind(TEMPERATURE, "Temperatures", None, (
        Unit("°C"),
        Unit("°F"),
    ), weight=1.5),
    Kind("power", "Power", "MW", (
        Unit("MW", word="megawatt"),
        Unit("GW", 1000, "gigawatt"),
        Unit("kW", 0.001, "kilowatt"),
        Unit("W", 0.000001, "watt"),
        Unit("hp", 0.000745700, "horsepower"),
        Unit("bhp", 0.000745700, "brake horsepower"),  # an engine's, at the crankshaft; in news one horsepower
        Unit("PS", 0.000735499, "metric horsepower"),  # the metric horsepower of European carmakers
    ), weight=1),
    Kind("pressure", "Pressures", "kPa", (
        Unit("kPa", word="kilopascal"),
        Unit("Pa", 0.001, "pascal"),
        Unit("hPa", 0.1, "hectopascal"),
        Unit("MPa", 1000, "megapascal"),
        Unit("GPa", 1_000_000, "gigapascal"),
        Unit("bar", 100),
        Unit("psi", 6.894757, "pound-force per square inch"),
    ), weight=0.5),
    Kind("energy", "Energy", "MWh", (
        Unit("MWh", word="megawatt hour"),
        Unit("TWh", 1_000_000, "terawatt hour"),
        Unit("GWh", 1000, "gigawatt hour"),
        Unit("kWh", 0.001, "kilowatt hour"),
    ), weight=1),
    Kind("data", "Data sizes", "GB", (
        Unit("GB", word="gigabyte"),
        Unit("TB", 1000, "terabyte"),
        Unit("MB", 0.001, "megabyte"),
    ), weight=0.5),
    Kind("bandwidth", "Data rates", "Mbps", (
        Unit("Mbps", word="megabit per second"),
        Unit("Gbps", 1000, "gigabit per second"),
        Unit("kbps", 0.001, "kilobit per second"),
    ), weight=0.5),
    Kind("frequency", "Frequencies", "Hz", (
        Unit("Hz", word="hertz"),
        Unit("kHz", 1000, "kilohertz"),
        Unit("MHz", 1_000_000, "megahertz"),
        Unit("GHz", 1_000_000_000, "gigahertz"),
    ), weight=0.5),
    Kind(MEASURE, "Other measures", None, (  # each compared only as itself; unit null: a level ("closed at 96.088")
        Unit("mAh", word="milliampere-hour"),
        Unit("rpm", word="revolutions per minute"),
        Unit("lb-ft", word="pound-foot"),
        Unit("Nm", word="newton metre"),
        Unit("ppm"),
        Unit("ppb"),
        Unit("mpg", word="mile per gallon"),
        Unit("dB", word="decibel"),
        Unit("degrees"),  # of an angle, or a temperature whose scale is not said
        Unit("MP", word="megapixel"),  # megapixels of a camera
        Unit("ppi", word="pixel per inch"),  # pixels per inch of a screen
    ), weight=0.5),
    Kind("magnitude", "Earthquake magnitudes", None, (Unit("magnitude"),), weight=1.5),
    # How many times as much, or how often: "three times the official count", "a tenfold rise",
    # "stabbed 12 times". A multiple compares two figures: a claim readers check as any other.
    Kind("multiple", "Multiples", None, (Unit("times", one="time"),), weight=1),
    Kind(DURATION, "Durations", None, (
        Unit("decades", one="decade"),
        Unit("years", one="year"),
        Unit("months", one="month"),
        Unit("weeks", one="week"),
        Unit("days", one="day"),
        Unit("hours", one="hour"),
        Unit("minutes", one="minute"),
        Unit("seconds", one="second"),
    ), weight=0.5),
)

KIND_BY_ID = {kind.id: kind for kind in KINDS}
KIND_OF_UNIT = {unit.name: kind.id for kind in KINDS for unit in kind.units}
WORD_OF_UNIT = {unit.name: unit.word for kind in KINDS for unit in kind.units if unit.word}
ONE_OF_UNIT = {unit.name: unit.one for kind in KINDS for unit in kind.units if unit.one}
# A hand-edited file may give a unit either way: "yd" or "yard" (in any case).
UNIT_OF_WRITTEN = {(kind.id, written): unit.name for kind in KINDS for unit in kind.units
                   for written in {unit.name, unit.name.lower(), (unit.word or unit.name).lower()}}
TO_BASE_UNIT = {unit.name: (kind.base_unit, unit.to_base)
                for kind in KINDS for unit in kind.units if unit.to_base is not None}


def kind_title(kind_id):
    return KIND_BY_ID[kind_id].title


def unit_in_words(unit):
    """A unit as the facts files write it: "yd" -> "yard"; a noun counted, a currency code, "%" as they are."""
    return WORD_OF_UNIT.get(unit, unit)


def unit_after(value, unit):
    """A unit as pages write it after value: "1 day", "1 acre", "3 days" (the noun a count
    counts is as its article writes it)."""
    return ONE_OF_UNIT.get(unit, unit) if value == 1 else unit


def unit_as_read(kind, written):
    """The unit a facts file names, by its sign or its word: (distance, "yard") -> "yd"; else as written."""
    if not isinstance(written, str):
        return written
    return UNIT_OF_WRITTEN.get((kind, written)) or UNIT_OF_WRITTEN.get((kind, written.lower()), written)


def in_base_unit(value, unit):
    """(value, unit) in the kind's base unit where a conversion is known: 1 mi² -> 2.59 km²."""
    base, factor = TO_BASE_UNIT.get(unit, (unit, 1))
    return (None if value is None else value * factor), base


def base_unit(unit):
    return in_base_unit(None, unit)[1]
