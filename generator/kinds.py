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
    name: str  # as the facts YAML and the pages write it: "km²"
    to_base: float | None = None  # factor to the kind's base unit; None: compared only as itself


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
        Unit("km²"),
        Unit("mi²", 2.589988),
        Unit("ha", 0.01),
        Unit("acres", 0.004046873),
        Unit("m²", 0.000001),
        Unit("ft²", 0.00000009290304),
    ), weight=3),
    Kind(PENALTY, "Penalties", weight=3),  # a duration in a sentence about prison; see extract/quantities.py
    Kind(AGE, "Ages", weight=0),  # an age is a detail, seldom what a story is about
    Kind(MONEY, "Money", weight=3),  # the unit is an ISO currency code; see extract/units.py
    Kind(PERCENTAGE, "Percentages", "%", (
        Unit("%"),
        Unit(SHARE, 100),  # "two-thirds of", "one in four": the fraction of a whole, 0.25 for a quarter
        Unit("percentage points"),  # a change of a percentage, not a share: compared only as itself
    ), weight=2),
    Kind("distance", "Lengths and distances", "km", (
        Unit("km"),
        Unit("nmi", 1.852),
        Unit("mi", 1.609344),
        Unit("m", 0.001),
        Unit("dm", 0.0001),
        Unit("cm", 0.00001),
        Unit("mm", 0.000001),
        Unit("μm", 0.000000001),
        Unit("nm", 0.000000000001),  # nanometres; nautical miles are nmi
        Unit("yd", 0.0009144),
        Unit("ft", 0.0003048),
        Unit("in", 0.0000254),
    ), weight=1.5),
    Kind("speed", "Speeds", "km/h", (
        Unit("km/h"),
        Unit("mph", 1.609344),
        Unit("kn", 1.852),
        Unit("m/s", 3.6),  # wind, as weather services outside the US and UK give it
    ), weight=1.5),
    Kind("volume", "Volumes", "m³", (
        Unit("m³"),
        Unit("l", 0.001),
        Unit("ml", 0.000001),
        Unit("cups", 0.000236588),  # the US cup, tablespoon and teaspoon of recipes
        Unit("tbsp", 0.0000147868),
        Unit("tsp", 0.00000492892),
        Unit("gal", 0.003785412),  # the US gallon, as most news in English means it
        Unit("ft³", 0.028316847),
        Unit("bbl", 0.158987295),
    ), weight=1.5),
    Kind("weight", "Weights", "t", (
        Unit("t"),
        Unit("kg", 0.001),
        Unit("g", 0.000001),
        Unit("mg", 0.000000001),
        Unit("μg", 0.000000000001),
        Unit("lb", 0.000453592),
        Unit("oz", 0.0000283495),
    ), weight=1.5),
    Kind(TEMPERATURE, "Temperatures", None, (
        Unit("°C"),
        Unit("°F"),
    ), weight=1.5),
    Kind("power", "Power", "MW", (
        Unit("MW"),
        Unit("GW", 1000),
        Unit("kW", 0.001),
        Unit("W", 0.000001),
        Unit("hp", 0.000745700),
        Unit("PS", 0.000735499),  # the metric horsepower of European carmakers
    ), weight=1),
    Kind("pressure", "Pressures", "kPa", (
        Unit("kPa"),
        Unit("Pa", 0.001),
        Unit("hPa", 0.1),
        Unit("MPa", 1000),
        Unit("GPa", 1_000_000),
        Unit("bar", 100),
        Unit("psi", 6.894757),
    ), weight=0.5),
    Kind("energy", "Energy", "MWh", (
        Unit("MWh"),
        Unit("TWh", 1_000_000),
        Unit("GWh", 1000),
        Unit("kWh", 0.001),
    ), weight=1),
    Kind("data", "Data sizes", "GB", (
        Unit("GB"),
        Unit("TB", 1000),
        Unit("MB", 0.001),
    ), weight=0.5),
    Kind("bandwidth", "Data rates", "Mbps", (
        Unit("Mbps"),
        Unit("Gbps", 1000),
        Unit("kbps", 0.001),
    ), weight=0.5),
    Kind("frequency", "Frequencies", "Hz", (
        Unit("Hz"),
        Unit("kHz", 1000),
        Unit("MHz", 1_000_000),
        Unit("GHz", 1_000_000_000),
    ), weight=0.5),
    Kind(MEASURE, "Other measures", None, (  # each compared only as itself; unit null: a level ("closed at 96.088")
        Unit("mAh"),
        Unit("rpm"),
        Unit("lb-ft"),
        Unit("Nm"),
        Unit("ppm"),
        Unit("ppb"),
        Unit("mpg"),
        Unit("dB"),
        Unit("degrees"),  # of an angle, or a temperature whose scale is not said
        Unit("MP"),  # megapixels of a camera
        Unit("ppi"),  # pixels per inch of a screen
    ), weight=0.5),
    Kind("magnitude", "Earthquake magnitudes", None, (Unit("magnitude"),), weight=1.5),
    Kind(DURATION, "Durations", None, (
        Unit("decades"),
        Unit("years"),
        Unit("months"),
        Unit("weeks"),
        Unit("days"),
        Unit("hours"),
        Unit("minutes"),
        Unit("seconds"),
    ), weight=0.5),
)

KIND_BY_ID = {kind.id: kind for kind in KINDS}
KIND_OF_UNIT = {unit.name: kind.id for kind in KINDS for unit in kind.units}
TO_BASE_UNIT = {unit.name: (kind.base_unit, unit.to_base)
                for kind in KINDS for unit in kind.units if unit.to_base is not None}


def kind_title(kind_id):
    return KIND_BY_ID[kind_id].title


def in_base_unit(value, unit):
    """(value, unit) in the kind's base unit where a conversion is known: 1 mi² -> 2.59 km²."""
    base, factor = TO_BASE_UNIT.get(unit, (unit, 1))
    return (None if value is None else value * factor), base


def base_unit(unit):
    return in_base_unit(None, unit)[1]
