"""Dates: the months as articles write them, and a fact's when ("on 12 March", "in 2019") as
a day, a month or a year on a calendar, for the timeline.

A date without its year takes the year of the article that wrote it, or the year before
when that would put it after the article ("on 30 December" in a report of 5 January).
Relative times ("three days later") and bounds ("by 2030", "since 2014") are no date on a
calendar: they are left off.
"""

import datetime
import re
from typing import NamedTuple

from ..lang import DEFAULT, alternatives, per_language


class DateGrammar(NamedTuple):
    month_numbers: dict  # "march" -> 3, "mar" -> 3
    whens: tuple  # (pattern, precision) of a fact's when, tried in turn
    date: re.Pattern  # a date in a sentence
    hint: re.Pattern  # a year or a month's name, in lower case: a cheap test before date


MAX_PREFIX_WORDS = 4


@per_language
def grammar(language):
    """How a language writes dates: a fact's when, and a date in a sentence."""
    # For patterns (with re.I): longer names first, so "March" is never read as "Mar".
    months = alternatives(sorted(language.month_numbers, key=lambda name: (-len(name), name)))
    at = rf"(?:(?:{alternatives(language.at_date)})\s+)?"  # words that place an event at the date, not before or after it
    whens = (
        (re.compile(rf"{at}(?P<day>\d{{1,2}})\s+(?P<month>{months})\b(?:,?\s+(?P<year>\d{{4}}))?", re.I), DAY),
        (re.compile(rf"{at}(?P<month>{months})\.?\s+(?P<day>\d{{1,2}})\b(?:,\s*(?P<year>\d{{4}}))?", re.I), DAY),
        (re.compile(rf"{at}(?P<month>{months})\s+(?P<year>\d{{4}})", re.I), MONTH),
        (re.compile(rf"{at}(?P<year>\d{{4}})", re.I), YEAR),
    )
    # In a sentence, dates are a fact's when, never quantities: "in 2019", "on 12 March",
    # "March 12, 2024", "the 2012–13 season"; a year followed by a plural noun is a count ("2000 homes").
    nouns = alternatives(language.year_nouns)
    # ... and never a side of a dimension or a resolution ("1920 x 1080", "2048×1536").
    year = (rf"(?<![\d,.])(?<![x×]\s)(?<![x×])(?:1[89]\d\d|20\d\d)(?:[–-]\d{{2,4}})?"
            rf"(?!\d|[,.]\d|\s?[x×]\s?\d|\s+(?!{nouns})[a-z]+s\b)")
    # At most MAX_PREFIX_WORDS words before a date ("from early"): more are implausible, and an
    # open run of them would be read again from each of its words when no date follows it.
    date = re.compile(rf"\b(?:(?:{alternatives(language.date_prefixes)})\s+){{0,{MAX_PREFIX_WORDS}}}"
                      rf"(?:\d{{1,2}}\s+(?:{months})\b(?:,?\s+{year})?|(?:{months})\.?\s+\d{{1,2}}\b(?:,\s*{year})?"
                      rf"|(?:{months})\s+{year}|{year}(?:\s+(?:{nouns}))?)", re.I)
    hint = re.compile(r"\d{4}|" + "|".join(language.month_numbers))
    return DateGrammar(language.month_numbers, whens, date, hint)


DAY, MONTH, YEAR = "day", "month", "year"  # how precise a date is


class EventDate(NamedTuple):
    date: datetime.date  # the first day of the month or year when less precise
    precision: str

    def text(self):
        """As a reader expects it: 17 Sep 2022, Sep 2022, 2022."""
        formats = {DAY: f"{self.date.day} %b %Y", MONTH: "%b %Y", YEAR: "%Y"}
        return self.date.strftime(formats[self.precision])

    def iso(self):
        """As HTML's <time datetime> takes it: 2022-09-17, 2022-09, 2022."""
        return self.date.isoformat()[:{DAY: 10, MONTH: 7, YEAR: 4}[self.precision]]


def published_date(text):
    """A source's published: YYYY-MM-DD (front matter), or None."""
    try:
        return datetime.date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def event_date(when, published=None, language=DEFAULT):
    """The EventDate a fact's when names, or None; published: its article's date, for a
    day and month written without a year."""
    when = (when or "").strip()
    dates = grammar(language)
    for pattern, precision in dates.whens:
        match = pattern.fullmatch(when)
        if match:
            return dated(match, precision, published, dates.month_numbers)
    return None


def day_named(when, language=DEFAULT):
    """(month, day) of the day a fact's when names ("on 25 September", "March 12, 2024"), or
    None when it names no day: two reports of different days report two things."""
    when = (when or "").strip()
    dates = grammar(language)
    for pattern, precision in dates.whens:
        match = pattern.fullmatch(when)
        if match and precision == DAY:
            return dates.month_numbers[match["month"].lower()], int(match["day"])
    return None


def dated(match, precision, published, month_numbers):
    parts = match.groupdict()
    month = month_numbers[parts["month"].lower()] if parts.get("month") else 1
    day = int(parts["day"]) if parts.get("day") else 1
    year = int(parts["year"]) if parts.get("year") else None
    if year is None:
        if published is None:
            return None
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    try:
        return EventDate(datetime.date(year, month, day), precision)
    except ValueError:  # 31 February
        return None
