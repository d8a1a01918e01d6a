"""How numbers are written: numerals and their grouping, number words, scales, vague amounts.

The grouping rule here is the one rule for "1,400" / "1 400" / "1.400.000": extraction reads
numbers with it and the search index writes them without separators by it (search/documents.py);
assets/search.js mirrors it for what the reader types, tested against it case by case.
"""

import functools
import math
import re
import unicodedata
from typing import NamedTuple

from babel import UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from ..lang import DEFAULT, NEVER, alternatives, known_languages, longest_first, per_language
from ..lang import language as language_of

SPACES = "[ \u00a0\u202f\u2009]"  # plain, no-break, narrow no-break and thin spaces
# Thousands grouped by commas (with an optional decimal point: "1,400.5"), by spaces of any
# width ("1 400") or by two or more dots ("1.400.000"). A single dot group ("3.125") is a
# decimal point here; only a counted noun after it makes it thousands (see counted_value).
GROUPED_NUMERAL = (rf"(?:\d{{1,3}}(?:(?:,\d{{3}})+(?:\.\d+)?|(?:\.\d{{3}}){{2,}}|(?:{SPACES}\d{{3}})+)"
                   r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"  # ... or in India's lakhs: "12,34,567.89"
                   # ... or a comma and a space before a group with a leading nought ("10, 000"), as text
                   # split into tokens writes it: nothing else writes a whole number with one
                   r"|\d{1,3}(?:, 0\d\d)+)"
                   r"(?!\d|[,.]\d)")
# Fractions: "1/4", "10 1/2", "1⁄32", "½", "10½"; never part of a date or a row of slashes
# ("12/03/2022"). One whose top is not below its bottom, or that is not in lowest terms, is a
# name or a date ("24/7", "9/11", "3/12"): see is_fraction_name.
VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
FRACTION_BOTTOMS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 128}  # halves ... sixty-fourths, as measures are cut
FRACTION = (rf"(?<![\d/⁄])(?:\d{{1,3}}\s)?\d{{1,3}}[/⁄]\d{{1,3}}(?![\d/⁄])|\d{{0,3}}[{VULGAR_FRACTIONS}]")
# Scientific notation, as science news writes it: "1.99×10−30", "4.2 × 10^13", "3.2 x 10^6",
# "5×10⁻³"; never a size ("2560 x 1440"): the 10 has a caret, a minus or a superscript after it.
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SCIENTIFIC = (rf"\d+(?:\.\d+)?\s?[×x]\s?10(?:(?:\^|\*\*)[−-]?\d{{1,3}}|−\d{{1,3}}|(?<=×10)-\d{{1,3}}"
              rf"|[⁻⁺]?[{SUPERSCRIPTS}]{{1,3}})(?![\d{SUPERSCRIPTS}])")
SCIENTIFIC_PARTS = re.compile(rf"(?P<mantissa>\d+(?:\.\d+)?)\s?[×x]\s?10(?:\^|\*\*)?(?P<exponent>[−⁻+⁺-]?[\d{SUPERSCRIPTS}]+)")
# Else plain digits with a decimal point, or a decimal comma when fewer than three digits
# follow it ("589,2").
NUMERAL = rf"{SCIENTIFIC}|{FRACTION}|{GROUPED_NUMERAL}|\d+(?:[.,]\d{{1,2}}(?!\d)|\.\d+)?|(?<![\d.,])\.\d+(?![.,]\d)"  # ".001 per cent"
# A whole number stands a space apart from a fraction's top ("1 1/2"; "15/16" is fifteen
# sixteenths) and may touch a vulgar fraction ("1½").
FRACTION_PARTS = re.compile(r"(?:(?P<whole>\d+)(?:\s|(?=[^\d\s/⁄])))?(?:(?P<top>\d+)[/⁄](?P<bottom>\d+)|(?P<vulgar>\D))")
DIGIT = re.compile(rf"[\d{VULGAR_FRACTIONS}]")


def marks(language):
    """(decimal mark, group marks) of a language: CLDR's through babel ('de': ',' and '.',
    'fr': ',' and a narrow no-break space), with the marks its articles group thousands with
    besides (its module's GROUP_MARKS: "84'000" in Swiss French, "8.000" in Lithuanian); any
    space groups where CLDR's mark is one. A locale CLDR does not know writes as English."""
    try:
        decimal, group = get_decimal_symbol(language.code), get_group_symbol(language.code)
    except (UnknownLocaleError, ValueError):
        decimal, group = ".", ","
    groups = {group, *language.group_marks}
    if any(re.fullmatch(SPACES, mark) for mark in groups):
        groups |= {" ", "\u00a0", "\u202f", "\u2009"}
    return decimal, "".join(sorted(groups))


# A decimal point in a language with a decimal comma, as English-minded writers and wires put
# it: only before a scale or after a currency sign ("$27.5 млн", "€1.5 Mrd."), where one or two
# digits after a point can group no thousands; "14.30 Uhr" and "1.5." (a date) stay no figure.
POINT_CURRENCY_SIGNS = "$£€¥₽₴"


def comma_numeral(groups, scales=None):
    """The numerals of a language with a decimal comma, groups: its group marks. "8.000",
    "8 000", "84'000" and "1.400.000" group thousands, whatever digits follow a single group
    mark; "2,52" and "1.234,5" have a decimal comma; "27.5" a decimal point before a scale
    (scales: a pattern) or after a currency sign (POINT_CURRENCY_SIGNS)."""
    group = "[" + "".join(re.escape(mark) for mark in groups) + "]"
    grouped = rf"\d{{1,3}}(?:{group}\d{{3}})+(?:,\d+)?(?!\d|[,.]\d)"
    point = rf"\d{{1,3}}\.\d{{1,2}}(?![\d,.])"
    pointed = rf"(?<=[{POINT_CURRENCY_SIGNS}]){point}|{point}(?=\s?(?:{scales})(?!\w))|" if scales else ""
    return rf"{FRACTION}|{pointed}{grouped}|\d+(?:,\d+)?(?![,.]\d)"


def words_in_orders(language):
    """A number in words, in a language whose hundreds are words of their own ("двести",
    "п'ятсот", "sto") rather than a multiplier (English's "four hundred"): a hundreds word, then
    a tens word or a teen, then a one, each order at most once and in that order ("триста
    двадцать пять", "двадцати пяти", "cent vingt"). A hyphen joins a tens word and a one only;
    between two other words it makes a range, which quantities.py reads ("пять-семь тонн",
    "четырех-пяти"), never a sum."""
    def of_values(values):
        written = [re.escape(w) for w, v in language.number_words.items() if v in values and " " not in w]
        return alternatives(sorted(written, key=len, reverse=True))
    hundreds, tens, teens = of_values(range(100, 1000, 100)), of_values(range(20, 100, 10)), of_values(range(10, 20))
    ones = longest_first(language.compound_ones)
    words = longest_first(language.number_words)
    return (rf"(?:(?:{hundreds})(?:\s+(?:(?:{tens})(?:\s+(?:{ones}))?|{teens}|{ones}))?(?!\w)"
            rf"|(?:{tens})(?:[\s-](?:{ones}))?(?!\w)|(?:{words}))")


def scale_alternatives(scales):
    """A pattern of scale words, longer first: a word in any case, an abbreviation as written."""
    return alternatives([f"(?i:{re.escape(w)})" if w.isalpha() and len(w) >= 4 else re.escape(w)
                         for w in sorted(scales, key=len, reverse=True)])


@per_language
def grammar(language):
    """How one language writes numbers: its number words, scales and vague amounts as patterns."""
    # A phrase of number words written with hyphens too: "a half-million", "a quarter-million"
    words = longest_first(language.number_words).replace(r"\ ", r"[\s-]")
    ones = alternatives(language.compound_ones)
    ordinals = alternatives(language.ordinal_suffixes)
    # A cardinal in a case, its ending hyphened to the digits ("2-х человек", "с 5-ю детьми"): the
    # figure, the ending read with it (and dropped by parse_number); an ordinal's stays no figure.
    endings = alternatives(language.cardinal_case_endings)
    cased = rf"(?:(?:{endings})(?!\w))?" if language.cardinal_case_endings else ""
    # A number in words, as many as it takes: "sixty two", "four hundred", "nineteen thousand
    # four hundred and six"; each multiplier (hundred, thousand...) may be followed by more.
    one_word = rf"(?:{words})(?:[\s-](?:{ones}))?" if language.hundred else words_in_orders(language)
    multipliers = alternatives([language.hundred, *language.word_scales]) if language.hundred else None
    and_ = rf"(?:{language.number_and}\s+)?" if language.number_and else ""
    in_words = (rf"{one_word}(?:\s+{and_}(?:{multipliers})\b(?:\s+{and_}{one_word}\b)?)*" if multipliers
                else rf"{one_word}")
    decimal, groups = marks(language)
    # English's numerals (and any language's that writes a decimal point) as ever; a decimal
    # comma's by its group marks.
    scale_words = longest_first(language.scales)
    numeral = NUMERAL if decimal == "." else comma_numeral(groups, scale_words if language.scales else None)
    scales = {written.lower(): scale for written, scale in language.scales.items()}
    if language.hundred:  # after digits, as a scale of its own or before one: "4 hundred million people"
        scales[language.hundred] = 100
    word_scale = scale_alternatives(language.word_scales)
    # a part of one more after a number, spaced or not: "two and a half", "zweieinhalb"
    fractions = f"(?i:{longest_first(language.fractions_after)})" if language.fractions_after else NEVER
    return NumberGrammar(
        words=language.number_words,
        scales=scales,
        # Vague amounts are kept as the words written; their value is the least the words allow
        # ("hundreds" is at least 200), so they sort and merge but are never shown as a number.
        vague_amounts=language.vague_amounts,
        scale_plurals={written.lower(): scale for written, scale in language.scale_plurals.items()},
        # Not an ordinal ("2nd degree burns", "3rd May"): that is no quantity; nor a time of day ("10:30").
        number=(rf"(?:(?:{numeral}){cased}(?:{fractions}\b)?"
                rf"|(?i:{in_words})(?:{fractions}\b|\b|(?={language.multiple_suffix}\b)))"
                rf"(?![\w,.:]?\d(?<!m[23]))(?!(?:{ordinals})\b)"),  # "3a4" is no figure, "32m2" is
        word_start=re.compile(rf"\b(?:{words})"),  # on lowered text: faster than re.I
        # The words of a number in words, one at a time ("a hundred" is one), on lowered text.
        word_token=re.compile(rf"\b(?:{words}|{multipliers})\b" if multipliers else rf"\b(?:{words})\b"),
        # Scales as written, escaped ("Mio.", "tūkst."), longer first; a scale ending in a period
        # is an abbreviation ("2,5 Mio. Euro"): quantities.py reads the period as part of it. A
        # scale's word in any case, as headlines write it ("10 Million Sales"); an abbreviation
        # only as written ("3m" is no "3M").
        scale=scale_alternatives(language.scales),
        # "3m" is three metres unless money: see quantities.py
        # "4 hundred million", "1.5 thousand million": a scale may follow a hundred or a thousand
        word_scale=rf"(?:(?i:{language.hundred})\s)?(?:{word_scale})(?:\s(?:{word_scale}))?|(?i:{language.hundred})"
        if language.hundred else word_scale,
        vague=re.compile(r"\b(?P<phrase>(?i:"
                         + longest_first(language.vague_amounts)
                         + r"))\s"),
        decimal=decimal,
        group_marks=groups,
    )


class NumberGrammar(NamedTuple):
    words: dict
    scales: dict
    vague_amounts: dict
    scale_plurals: dict  # "millions" -> 1,000,000: what a vague amount may count ("dozens of millions")
    number: str  # a number as written, a pattern
    word_start: re.Pattern
    word_token: re.Pattern
    scale: str
    word_scale: str
    vague: re.Pattern
    decimal: str  # the decimal mark: "." or ","
    group_marks: str  # the marks that group thousands: ",", ". '’" ...


def may_hold_number(text, language=DEFAULT):
    """Whether a number could be in text: a digit or a number's word (a cheap test; QUANTITY is slow)."""
    return DIGIT.search(text) is not None or grammar(language).word_start.search(text.lower()) is not None


GROUPED_IN_TEXT = re.compile(rf"(?<![\d.,]){GROUPED_NUMERAL}")


def ungroup(numeral):
    """'1,400.5' -> '1400.5', '1 400' -> '1400', '1.400.000' -> '1400000'."""
    if re.fullmatch(r"[\d.]+", numeral):  # dots group thousands only with no comma or space
        return numeral.replace(".", "")
    return re.sub(rf",|{SPACES}", "", numeral)


# Where a grouped numeral may begin: quick to find, where GROUPED_IN_TEXT, which opens with a
# lookbehind, is tried at every character of a text (a whole article, for the search index).
GROUP_START = re.compile(rf"\d{{1,3}}(?=[,.]\d{{3}}|{SPACES}\d{{3}}|,\d\d,|, 0\d\d)")  # ",12,400": India's lakhs; "10, 000"


def ungroup_all(text):
    """Every grouped numeral in text written without its separators."""
    pieces, done = [], 0
    for start in GROUP_START.finditer(text):
        grouped = GROUPED_IN_TEXT.match(text, start.start())
        if grouped and grouped.start() >= done:  # not inside one already ungrouped ('1 400 000')
            pieces += (text[done:grouped.start()], ungroup(grouped[0]))
            done = grouped.end()
    return "".join(pieces) + text[done:]


def parse_number(number, scale=None, language=DEFAULT):
    """'1,400' -> 1400, 'twenty-five' -> 25, ('3.5', 'million') -> 3500000."""
    numbers = grammar(language)
    number = without_case_ending(number)
    words = numbers.words
    word = number.lower()
    phrase = phrase_value(word, words)
    whole, part = fraction_after(number, language) if phrase is None else (number, 0)
    if part:  # "two and a half" (billion): the number, a part of one more, then the scale
        return parse_number(f"{parse_number(whole, None, language) + part}", scale, language)
    if phrase is not None:
        value = phrase
    elif word[:1].isalpha():
        value = value_in_words(word, language)
    elif numbers.decimal != "." and re.fullmatch(r"\d{1,3}\.\d{1,2}", number):
        value = float(number)  # a decimal point before a scale or after a currency sign (comma_numeral)
    elif numbers.decimal != "." and re.fullmatch(rf"[\d{re.escape(numbers.group_marks)}]*\d(?:,\d+)?", number):
        # A decimal comma's numeral: "8.000", "8 000", "84'000", "2,52", "1.234,5"
        value = float(re.sub(f"[{re.escape(numbers.group_marks)}]", "", number).replace(",", "."))
    elif re.fullmatch(GROUPED_NUMERAL, number):
        value = float(ungroup(number))
    elif FRACTION_PARTS.fullmatch(number):
        value = fraction_value(FRACTION_PARTS.fullmatch(number))
    elif SCIENTIFIC_PARTS.fullmatch(number):
        value = scientific_value(SCIENTIFIC_PARTS.fullmatch(number))
    else:
        value = float(number.replace(",", "."))  # a decimal comma: "589,2"
    for word in scale.split() if scale else ():  # "million", "hundred thousand"
        value *= numbers.scales[word.lower()]
    if scale and value >= 1 and abs(value - round(value)) <= 1e-9 * value:
        value = round(value)  # 16.6 billion is 16,600,000,000, not the float 16600000000.000002
    return int(value) if float(value).is_integer() else value


def fraction_after(number, language=DEFAULT):
    """(the number before it, the part of one more) of a number written with the language's
    fractions_after ("two and a half" -> ("two", 0.5)); (number, 0) without one."""
    lower = number.lower()
    for written, part in language_of(language).fractions_after.items():
        if lower.endswith(written.lower()) and len(lower) > len(written):
            return number[:-len(written)].rstrip(), part
    return number, 0


def scientific_value(parts):
    """1.99×10−30 -> 1.99e-30: the exponent's signs and digits as any of them are written."""
    exponent = parts["exponent"].translate(str.maketrans(f"{SUPERSCRIPTS}⁻⁺−", "0123456789-+-"))
    return float(f"{parts['mantissa']}e{int(exponent)}")  # "1.99e-30" exactly as written, not 1.99 times 1e-30


def fraction_value(parts):
    whole = int(parts["whole"] or 0)
    if parts["vulgar"]:
        return whole + unicodedata.numeric(parts["vulgar"])
    return whole + int(parts["top"]) / int(parts["bottom"]) if int(parts["bottom"]) else math.inf


def is_fraction_name(number):
    """'24/7', '9/11', '3/12': a top not below its bottom, a fraction nobody would write
    unreduced or over a bottom no measure is divided by, is a name or a date; '3/4', '1/16'
    are fractions."""
    parts = FRACTION_PARTS.fullmatch(number)
    if not (parts and parts["top"]):
        return False
    top, bottom = int(parts["top"]), int(parts["bottom"])
    return top >= bottom or math.gcd(top, bottom) != 1 or bottom not in FRACTION_BOTTOMS


def value_in_words(written, language=DEFAULT):
    """'nineteen thousand four hundred and six' -> 19406, 'sixty-two' -> 62: each word adds to
    the group under way, a hundred multiplies it, a larger scale closes it."""
    numbers, hundred = grammar(language), language_of(language).hundred
    total = group = 0
    for word in numbers.word_token.findall(written.lower()):
        if word == hundred:
            group = (group or 1) * 100
        elif word in numbers.scales:
            total, group = total + (group or 1) * numbers.scales[word], 0
        elif phrase_value(word, numbers.words) is not None:
            group += phrase_value(word, numbers.words)
    return total + group


def phrase_value(word, words):
    """The value of a number's word or phrase (words: the language's number words), written with
    spaces or with hyphens ("a half-million"); None for no such word."""
    return words.get(word, words.get(word.replace("-", " ")))


CASE_ENDING = re.compile(r"(?<=\d)-[^\W\d_]+$")


def without_case_ending(number):
    """'2-х' -> '2': a cardinal's case ending after its digits (Language.cardinal_case_endings,
    the only letters a numeral as read ends with), no part of its value."""
    return CASE_ENDING.sub("", number) if "-" in number and number[:1].isdigit() else number


def counted_value(number, scale=None, language=DEFAULT):
    """A count's value: nobody counts 51.000 people, so there a single dot groups thousands."""
    number = without_case_ending(number)
    if re.fullmatch(r"\d{1,3}\.\d{3}", number) and not scale:
        return int(number.replace(".", ""))
    return parse_number(number, scale, language)


@functools.cache
def vague_phrases():
    """The vague amounts of every language: a fact's qualifier is one of them as written."""
    return frozenset(phrase for code in known_languages() for phrase in language_of(code).vague_amounts)


def is_vague(fact):
    """True for 'hundreds of people': the words are the fact, the value only a lower bound."""
    return fact.qualifier in vague_phrases()
