"""Figures as written: without an exponent, their decimals and significant digits, rounded or cut to them."""

import math
from decimal import Decimal


def plain_number(value):
    """1400.0 -> '1400', 3.5 -> '3.5', 1e20 -> '100000000000000000000': never an exponent."""
    if float(value).is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def decimals(value):
    """How many decimals a figure is written to: 5.1 -> 1, 1400 -> 0."""
    written = repr(float(value))
    return 0 if float(value).is_integer() or "e" in written else len(written.split(".")[1])


def significant_digits(value):
    """3,100 -> 2, 5.11 -> 3, 0.25 -> 2: the digits a figure is given to."""
    digits = plain_number(abs(value)).replace(".", "").lstrip("0")
    return max(1, len(digits.rstrip("0")) if float(value).is_integer() else len(digits))


def round_significant(value, digits):
    return 0 if value == 0 else round(value, digits - 1 - math.floor(math.log10(abs(value))))


def truncate_significant(value, digits):
    """value cut off (not rounded) to digits significant digits: 0.3189 -> 0.31."""
    if value == 0:
        return 0
    places = digits - 1 - math.floor(math.log10(abs(value)))
    return round(math.trunc(round(value * 10 ** places, 9)) / 10 ** places, max(places, 0))
