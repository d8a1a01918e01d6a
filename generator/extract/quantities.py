"""Quantities: find each figure in a sentence, decide what it measures, and make it a Fact."""

import hashlib
import re
from typing import NamedTuple

from ..kinds import AGE, COUNT, DURATION, KIND_BY_ID, MONEY, PENALTY, TEMPERATURE
from ..lang import language
from ..model import Fact
from .context import counted_noun, name_after_age, name_before_age, places_in
from .dates import DATE, MONTH_NUMBERS
from .labels import label_for
from .numbers import NUMBER, SCALE, VAGUE, VAGUE_AMOUNTS, WORD_SCALE, counted_value, may_hold_number, parse_number
from .units import CURRENCY, CURRENCY_SYMBOLS, CURRENCY_WORDS, UNIT, WRITTEN_UNITS, currency_code, unit_of

ENGLISH = language()  # the stages read English only, as yet
QUALIFIERS = ENGLISH.qualifiers
BETWEEN, AND = ENGLISH.range_words
QUALIFIER = "|".join(re.escape(q) for q in QUALIFIERS)
# A duration is a penalty when the words around it make it one (the language's penalty words).
PENALTY_BEFORE = re.compile(rf"\b(?:{'|'.join(ENGLISH.penalty_before)})(?:\s+\S+){{0,4}}\s*$", re.I)
PENALTY_AFTER = re.compile(rf"^(?:\s+\S+){{0,2}}?\s+(?:{'|'.join(ENGLISH.penalty_after)})\b", re.I)
# Ranges keep both ends ("between 10 and 20", "2–3 million", "2012–13"), never their mean.
QUANTITY = re.compile(
    # Only at a word's start or a currency symbol ("US$5"): rejects most places at once.
    rf"(?:(?<!\w)|(?=[{re.escape(''.join(CURRENCY_SYMBOLS))}]))"
    rf"(?:\b(?P<qualifier>(?i:{QUALIFIER}))\s+)?"
    rf"(?:\b(?P<between>(?i:{BETWEEN}))\s+)?"
    rf"(?P<currency>{CURRENCY})?"
    rf"(?<![\w.,:-])(?P<number>{NUMBER})"
    rf"(?:(?(between)\s+{AND}\s+|\s?[–—-]\s?)(?P<number_max>{NUMBER}))?"
    rf"(?:\s?(?P<scale>(?(currency)(?:{SCALE})|(?:{WORD_SCALE}|bn)))\b)?"
    rf"(?:\s(?P<post_qualifier>{ENGLISH.post_qualifier}))?"
    rf"(?P<age>{ENGLISH.age_suffix})?"
    rf"(?:\s?(?P<unit>{UNIT})(?![\w-]))?",
)
# "five days ago", "three days later", "the next day": when something happened, not how long
# ("waited for six hours before" is how long).
DURATIONS = "|".join(WRITTEN_UNITS[unit.name] for unit in KIND_BY_ID[DURATION].units if unit.name in WRITTEN_UNITS)
RELATIVE_TIME = re.compile(
    "".join(f"(?<!{word} )" for word in ENGLISH.not_relative_after) +
    rf"\b(?:(?:{NUMBER}|an?)\s+(?:{DURATIONS})\s+"
    rf"(?:{'|'.join(ENGLISH.relative_after)})"
    rf"|the (?:{'|'.join(ENGLISH.relative_next)}) (?:{'|'.join(ENGLISH.relative_periods)}))\b", re.I)
HOW_LONG = re.compile(rf"\b(?:{'|'.join(ENGLISH.how_long)})(?:\s+\S+){{0,2}}\s+$", re.I)
# Searched in lowered text: an alternation of words is several times slower under re.I.
RELATIVE_WORD = re.compile(rf"\b(?:{'|'.join(ENGLISH.relative_after + ENGLISH.relative_next)})\b")
PARENTHETICAL = re.compile(r"\s*\((?P<also>[^()]{1,40}?\d[^()]{0,40})\)")


class Reading(NamedTuple):
    """How one matched number reads in its sentence; end is where its phrase stops."""
    value: float
    unit: str | None
    kind: str
    end: int


def measured(match, value, sentence):
    """A figure followed by a unit from the kinds table: '8,000 square kilometers', '45C'."""
    unit, kind = unit_of(match)
    noun, length = counted_noun(sentence[match.end():])
    if unit == "m" and match["unit"] == "m" and noun is not None:  # "3m people": millions, not metres
        return Reading(counted_value(match["number"], "m"), noun, COUNT, match.end() + length)
    if kind == DURATION and (PENALTY_BEFORE.search(sentence[:match.start()])
                             or PENALTY_AFTER.match(sentence[match.end():])):
        kind = PENALTY
    if kind == TEMPERATURE and MINUS.search(sentence, 0, match.start()):
        value = -value
    return Reading(value, unit, kind, match.end())


MINUS = re.compile(rf"(?:\b(?:{'|'.join(ENGLISH.minus_words)})\s+|[−-])$", re.I)
# After a bare figure, what shows it counts the same thing as the count before it:
# "killed 120 people and injured more than 900", "destroyed 86 homes and threatened 6,400 more".
IMPLIED = re.compile(rf"\s+{ENGLISH.more}\b|\s*(?:[.,;:!?]|$)|\s+(?:{'|'.join(ENGLISH.implied_followers)})\b")
MORE = re.compile(ENGLISH.more)


# A bare figure that is the subject of what people do counts people: "more than 11,000 stay
# in the camp", "46 died"; and "11 of the injured" counts them too.
PEOPLE_VERBS = re.compile(rf"\s+(?:{'|'.join(ENGLISH.people_verbs)})\b", re.I)
PEOPLE_ADJECTIVES = re.compile(rf"\s+{ENGLISH.people_among}\b", re.I)
AGED = re.compile(rf"\b(?:{'|'.join(ENGLISH.age_before)})\s*$")


def implied(match, sentence, previous_noun):
    """The Reading of a bare figure that counts what the sentence's previous count counted, or
    people, when the figure is what people do or are."""
    value = counted_value(match["number"], match["scale"])
    people = PEOPLE_ADJECTIVES.match(sentence, match.end())
    if people:
        return Reading(value, ENGLISH.people, COUNT, people.end())
    if previous_noun is None:
        if PEOPLE_VERBS.match(sentence, match.end()) and match["number"][0].isdigit():
            return Reading(value, ENGLISH.people, COUNT, match.end())
        return None
    follows = IMPLIED.match(sentence, match.end())
    if not follows:
        return None
    end = follows.end() if MORE.fullmatch(follows[0].strip()) else match.end()
    return Reading(value, previous_noun, COUNT, end)


def classify(match, sentence, previous_noun=None):
    """How a QUANTITY match reads (a Reading), or None when it is not a fact; previous_noun is
    what the sentence's last count counted, for a figure that leaves it implied."""
    value = parse_number(match["number"], match["scale"])
    after = sentence[match.end():]
    if match["currency"]:
        return Reading(value, currency_code(match["currency"]), MONEY, match.end())
    if match["age"]:
        return Reading(value, "years", AGE, match.end())
    if match["unit"]:
        return measured(match, value, sentence)
    currency = re.match(r"\s(\w+)", after)
    if currency and currency[1].lower() in CURRENCY_WORDS:
        return Reading(value, CURRENCY_WORDS[currency[1].lower()], MONEY, match.end() + currency.end())
    before = sentence[: match.start()]
    if name_before_age(before) and re.match(r"[,)]", after) and 0 < value < 125:
        return Reading(value, "years", AGE, match.end())
    if AGED.search(before):
        return Reading(value, "years", AGE, match.end())
    noun, length = counted_noun(after, partitive=match["number"][0].isdigit())
    if noun is not None:
        return Reading(counted_value(match["number"], match["scale"]), noun, COUNT, match.end() + length)
    if re.fullmatch(r"1[89]\d\d|20\d\d", match["number"]) and not match["qualifier"]:
        return None  # a year says when (DATE), it is no quantity
    return implied(match, sentence, previous_noun)  # else a bare number ("one of them") is no fact


def age_subject(match, sentence):
    if match["age"]:
        return name_after_age(sentence[match.end():])
    return name_before_age(sentence[: match.start()])


def upper_end(match):
    """The top of a range, scaled like the bottom."""
    return parse_number(match["number_max"], match["scale"]) if match["number_max"] else None


def fact_id(source_id, anchor, text, occurrence):
    digest = hashlib.sha1(f"{source_id}|{anchor}|{text}|{occurrence}".encode("utf-8")).hexdigest()
    return "f-" + digest[:10]


def phrase_start(match, reading, subject, text):
    """Where the phrase as written begins: 'Alexander, 44' starts at the name."""
    if reading.kind == AGE and not match["age"] and subject:
        return text.rindex(subject, 0, match.start())
    return match.start()


def figures_in(text):
    """Every figure's value in a text, whatever it counts: for matching a headline's figures."""
    return {parse_number(m["number"], m["scale"]) for m in QUANTITY.finditer(text)}


DATE_HINT = re.compile(r"\d{4}|" + "|".join(MONTH_NUMBERS))  # in lower case: a year or a month's name


def may_hold_date(text):
    """Whether DATE could match: a month's name or a year (a cheap test; DATE is slow)."""
    return DATE_HINT.search(text.lower()) is not None


def facts_in_sentence(source_id, sentence, declared=frozenset()):
    """The facts of one sentence; declared: the names its article calls places."""
    facts, seen = [], {}
    text = sentence.text
    places = places_in(text, declared)
    times = [t for t in RELATIVE_TIME.finditer(text) if not HOW_LONG.search(text, 0, t.start())] \
        if RELATIVE_WORD.search(text.lower()) else []
    matches = list(QUANTITY.finditer(text)) if may_hold_number(text) else []  # most sentences have none
    measured_figures = [m.start("number") for m in matches if m["unit"] or m["currency"]]
    dates = [d for d in DATE.finditer(text) if not any(d.start() <= at < d.end() for at in measured_figures)] \
        if may_hold_date(text) else []
    spans = times + dates  # "2022 km" is a distance, not a date
    when = times[0][0] if times else (dates[0][0].strip() if dates else None)
    for match in matches:
        if facts and facts[-1].also and text[match.start() - 1] == "(":
            continue  # the bracketed conversion already belongs to the fact before it
        if any(t.start() <= match.start("number") < t.end() for t in spans):
            continue  # "three days later", "on 12 March" say when: no quantity
        counts = [f for f in facts if f.kind == COUNT]
        reading = classify(match, text, counts[-1].unit if counts else None)
        if reading is None:
            continue
        subject = age_subject(match, text) if reading.kind == AGE else None
        start = phrase_start(match, reading, subject, text)
        written = text[start:reading.end].strip()
        also = PARENTHETICAL.match(text, reading.end)
        occurrence = seen[written] = seen.get(written, 0) + 1
        facts.append(Fact(
            id=fact_id(source_id, sentence.anchor, written, occurrence),
            source=source_id,
            kind=reading.kind,
            value=reading.value,
            value_max=upper_end(match),
            unit=reading.unit,
            qualifier=(match["qualifier"] or match["post_qualifier"] or "").lower() or None,
            text=written,
            label=ENGLISH.age_label.format(subject=subject, value=reading.value) if subject
            else label_for(text, start, reading.end, places),
            anchor=sentence.anchor,
            quote=text,
            places=places,
            subject=subject,
            also=also["also"] if also else None,
            when=when,
        ))
    return facts + vague_facts(source_id, sentence, places, seen, when)


def vague_facts(source_id, sentence, places, seen, when=None):
    """'hundreds of people', 'tens of thousands of homes': amounts without a figure."""
    facts = []
    text = sentence.text
    if "s of" not in text.lower():  # every vague amount ends so ("dozens of"): skip the slow pattern
        return facts
    for match in VAGUE.finditer(text):
        noun, length = counted_noun(text[match.end() - 1:])
        if noun is None:
            continue
        phrase = match["phrase"].lower()
        end = match.end() - 1 + length
        written = text[match.start():end]
        occurrence = seen[written] = seen.get(written, 0) + 1
        facts.append(Fact(
            id=fact_id(source_id, sentence.anchor, written, occurrence),
            source=source_id, kind=COUNT, value=VAGUE_AMOUNTS[phrase], value_max=None, unit=noun,
            qualifier=phrase, text=written, label=label_for(text, match.start(), end, places),
            anchor=sentence.anchor, quote=text, places=places, when=when,
        ))
    return facts
