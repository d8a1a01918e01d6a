"""How numbers are written: numerals and their grouping, number words, scales, vague amounts.

The grouping rule here is the one rule for "1,400" / "1 400" / "1.400.000": extraction reads
numbers with it and the search index writes them without separators by it (index.py);
assets/search.js mirrors it for what the reader types, tested against it case by case.
"""

import re
from decimal import Decimal

from ..lang import language

ENGLISH = language()  # the stages read English only, as yet
WORD_NUMBERS = ENGLISH.number_words
SCALES = ENGLISH.scales

# Vague amounts are kept as the words written; their value is the least the words allow
# ("hundreds" is at least 200), so they sort and merge but are never shown as a number.
VAGUE_AMOUNTS = ENGLISH.vague_amounts

SPACES = "[ \u00a0\u202f\u2009]"  # plain, no-break, narrow no-break and thin spaces
# Thousands grouped by commas (with an optional decimal point: "1,400.5"), by spaces of any
# width ("1 400") or by two or more dots ("1.400.000"). A single dot group ("3.125") is a
# decimal point here; only a counted noun after it makes it thousands (see counted_value).
GROUPED_NUMERAL = (rf"\d{{1,3}}(?:(?:,\d{{3}})+(?:\.\d+)?|(?:\.\d{{3}}){{2,}}|(?:{SPACES}\d{{3}})+)"
                   r"(?!\d|[,.]\d)")
# Else plain digits with a decimal point, or a decimal comma when fewer than three digits
# follow it ("589,2").
NUMERAL = rf"{GROUPED_NUMERAL}|\d+(?:[.,]\d{{1,2}}(?!\d)|\.\d+)?"
NUMBER_WORD = "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
# Not an ordinal ("2nd degree burns", "3rd May"): that is no quantity.
NUMBER = (rf"(?:{NUMERAL}|(?i:{NUMBER_WORD})(?:-(?i:one|two|three|four|five|six|seven|eight|nine))?\b)"
          r"(?![\w,.:]?\d)(?!(?:st|nd|rd|th)\b)")  # nor a time of day ("10:30")
DIGIT = re.compile(r"\d")
NUMBER_WORD_START = re.compile(rf"\b(?:{NUMBER_WORD})")  # on lowered text: faster than re.I


def may_hold_number(text):
    """Whether NUMBER could match: a digit or a number's word (a cheap test; QUANTITY is slow)."""
    return DIGIT.search(text) is not None or NUMBER_WORD_START.search(text.lower()) is not None
SCALE = "|".join(SCALES)
WORD_SCALE = "|".join(ENGLISH.word_scales)  # "3m" is three metres unless money: see quantities.py
VAGUE = re.compile(
    r"\b(?P<phrase>(?i:" + "|".join(sorted(map(re.escape, VAGUE_AMOUNTS), key=len, reverse=True)) + r"))\s"
)
GROUPED_IN_TEXT = re.compile(rf"(?<![\d.,]){GROUPED_NUMERAL}")


def ungroup(numeral):
    """'1,400.5' -> '1400.5', '1 400' -> '1400', '1.400.000' -> '1400000'."""
    if re.fullmatch(r"[\d.]+", numeral):  # dots group thousands only with no comma or space
        return numeral.replace(".", "")
    return re.sub(rf",|{SPACES}", "", numeral)


# Where a grouped numeral may begin: quick to find, where GROUPED_IN_TEXT, which opens with a
# lookbehind, is tried at every character of a text (a whole article, for the search index).
GROUP_START = re.compile(rf"\d{{1,3}}(?=[,.]\d{{3}}|{SPACES}\d{{3}})")


def ungroup_all(text):
    """Every grouped numeral in text written without its separators."""
    pieces, done = [], 0
    for start in GROUP_START.finditer(text):
        grouped = GROUPED_IN_TEXT.match(text, start.start())
        if grouped and grouped.start() >= done:  # not inside one already ungrouped ('1 400 000')
            pieces += (text[done:grouped.start()], ungroup(grouped[0]))
            done = grouped.end()
    return "".join(pieces) + text[done:]


def parse_number(number, scale=None):
    """'1,400' -> 1400, 'twenty-five' -> 25, ('3.5', 'million') -> 3500000."""
    word = number.lower()
    if word in WORD_NUMBERS:
        value = WORD_NUMBERS[word]
    elif "-" in word and word.split("-")[0] in WORD_NUMBERS:
        tens, ones = word.split("-")
        value = WORD_NUMBERS[tens] + WORD_NUMBERS[ones]
    elif re.fullmatch(GROUPED_NUMERAL, number):
        value = float(ungroup(number))
    else:
        value = float(number.replace(",", "."))  # a decimal comma: "589,2"
    if scale:
        value *= SCALES[scale.lower()]
    return int(value) if float(value).is_integer() else value


def counted_value(number, scale=None):
    """A count's value: nobody counts 51.000 people, so there a single dot groups thousands."""
    if re.fullmatch(r"\d{1,3}\.\d{3}", number) and not scale:
        return int(number.replace(".", ""))
    return parse_number(number, scale)


def plain_number(value):
    """1400.0 -> '1400', 3.5 -> '3.5', 1e20 -> '100000000000000000000': never an exponent."""
    if float(value).is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def is_vague(fact):
    """True for 'hundreds of people': the words are the fact, the value only a lower bound."""
    return fact.qualifier in VAGUE_AMOUNTS
