"""Quantities: find each figure in a sentence, decide what it measures, and make it a Fact."""

import hashlib
import math
import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import NamedTuple

from ..kinds import (AGE, COUNT, DURATION, KIND_OF_UNIT, KINDS, MEASURE, MONEY, PENALTY, PERCENTAGE, SHARE, TEMPERATURE,
                     base_unit)
from ..lang import DEFAULT, NEVER, alternatives, longest_first, per_language
from . import lemmas
from ..model import Fact
from .context import (acronym_counted, counted_noun, hyphened_noun, modifier_noun, name_after_age, name_before_age,
                      noun_after_one, noun_next, one_as_pronoun, one_before_verb, places_in, plural_next, words_start)
from .dates import grammar as date_grammar
from .labels import label_for
from .numbers import FRACTION, FRACTION_PARTS, VULGAR_FRACTIONS, counted_value, fraction_value, is_fraction_name, may_hold_number, parse_number
from .numbers import grammar as number_grammar
from .units import CURRENCY, CURRENCY_FIRST, currency_after, currency_code, unit_named, unit_of, written_units
from .units import grammar as unit_grammar

# A figure restated in brackets: "(3,100 square miles)", "(1.8 to 2.7 Fahrenheit)"; never a
# dimension's sides ("8.1 mm (5.59 x 2.85 x 0.32 in)"), which restate more than the figure.
PARENTHETICAL = re.compile(r"\s*\((?P<also>(?![^()]*\d\s?[x×]\s?\d)[^()]{1,40}?\d[^()]{0,40})\)")


def closes_a_quotation(match, sentence):
    """Whether a unit written as a quotation mark (the inch's ” or ") closes a quotation opened
    before the figure: 'its "Unpacked 5" press event' names an event, no 5 inches."""
    if match["unit"].strip() not in "”\"":
        return False
    before = sentence[:match.start()]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def restating(fact, reading):
    """Whether a figure in brackets after a fact can be that fact in other words: the same kind
    and, for a kind whose units do not convert to one another (a measure's ppi, mAh), the same unit."""
    return reading.kind == fact.kind and (fact.kind != MEASURE or base_unit(reading.unit) == base_unit(fact.unit))


# How many words before a figure the patterns that end at it can span ("sentenced to up to",
# "for at least"): each is searched in those words only, not in all the sentence before the
# figure, again for every figure.
PENALTY_WORDS, HOW_LONG_WORDS, AGED_WORDS, MINUS_WORDS = 8, 5, 5, 3  # "погибшему мужчине было бы 50"
NEXT_WORD = re.compile(r"\s+([^\W\d_]+)\b")  # the word right after a figure
COUNTED_BEFORE_CHARS = 100  # "the death toll from the explosion at a chemical plant in Tianjin rose to 17"
AGE_NAMED_WORDS = 6  # words between what names an age and its figure: "life expectancy for men in Glasgow is around"
TALLY_WORDS = 4  # words before a tally's figures that make them one: "by a vote of", "the vote stood at"
AS_UNIT_WORDS = 6  # words before a figure that may make a currency's word its unit: "weighed just over 208 pounds"
CHANGE_GAP_WORDS = 6  # "from $36,040 at 10.45pm last night to $34,935": words between a change's ends
RISE_OR_FALL_WORDS = 8  # "boost the driving range by about 35 miles - from 252 miles": words from the verb to "from"


class QuantityGrammar(NamedTuple):
    language: str  # its code
    quantity: re.Pattern  # a figure with what qualifies, scales and measures it
    relative_time: re.Pattern  # "three days later": when, not how long
    how_long: re.Pattern
    relative_word: re.Pattern  # in lowered text: a cheap test before relative_time
    penalty_before: re.Pattern
    penalty_after: re.Pattern
    minus: re.Pattern
    implied: re.Pattern
    clause_end: re.Pattern  # after a bare figure: the end of its clause
    change_by: re.Pattern  # before a bare figure: "fell by "
    changed: re.Pattern  # before a figure, a past rise or fall: "rose " ("rose $2 to $45": a change, then its level)
    rate: re.Pattern  # after a figure's phrase, what it is per: " per barrel", " a day"
    currency_start: re.Pattern  # a currency sign or code right before a figure: the top of "$41 to $47"
    money_restated: re.Pattern  # after a figure, brackets that restate it as money: "1.6 billion ($2.54 billion)"
    currency_or_unit: dict  # "pounds" -> ("lb", pattern of the words before it that make it a weight, of those after)
    bare_change_to: re.Pattern  # after a bare figure: " to 273", the end of a change between bare figures
    bare_change_end: re.Pattern  # after such a change ("from 240 to 273"): its clause ends, no unit follows
    level_before: re.Pattern  # before a bare decimal figure: "closed at", a market's level in its own unit
    counted_before: tuple  # (pattern ending before a bare figure, what it counts): "the death toll rose to 57"
    counted_subject: re.Pattern  # before a bare figure, its clause's subject and what it came to: "Deaths rose to "
    more: re.Pattern
    people_verbs: re.Pattern
    people_among: re.Pattern
    partitive_figure: re.Pattern  # after a figure, "of the 12": what it counts is past the next figure
    labelled: re.Pattern  # before a figure, a word that makes it a label: "category 4", "Section 12"
    hyphen_prefixes: frozenset  # "sub-7": a word hyphened to a figure that leaves it a figure
    aged: re.Pattern
    age_clause: re.Pattern  # "who was ": before a figure that ends its clause, an age
    age_verbs: re.Pattern  # "turned ": before a bare figure that counts nothing, an age
    age_being: re.Pattern  # "he was ": before a figure ending its clause or told when (age_being_after), an age
    age_being_after: re.Pattern  # after such a figure (or age_clause's): its clause's end, or "when", "by", "next"
    units_before: tuple  # (unit name, kind id, pattern ending before a figure): "magnitude "
    joined: re.Pattern  # "and ": before a bare figure, one more of what the count before it counts
    partitive_figure_of: re.Pattern  # " of them": after a bare figure, a part of a group, not more of it
    part_of_group: re.Pattern  # " of them", " of whom", " of us" (people): after a bare figure, so many of the group named before
    part_of_whole: re.Pattern  # between a bare figure and the next, " of the ": a part of a whole, in its unit
    phrase_end: re.Pattern  # after a figure's phrase, what ends it: punctuation or a word that is no noun of it
    listed_after: re.Pattern  # between two figures: ", or ", " and ": the second shares what the first is said of
    cents: re.Pattern  # after a currency's word: " and 25 cents"
    scale_after: re.Pattern  # after a currency's word or code, its figure's scale: "75 USD million"
    range_between: re.Pattern  # between two figures of one unit, what makes them one range: " to "
    change_from: re.Pattern  # before a figure, what makes it where a change started: "from "
    change_to: re.Pattern  # between the two ends of a change, some words and " to "
    rise_or_fall: re.Pattern  # before "from", in its clause: a word of a rise or fall ("boosted the battery from")
    change_targets: frozenset  # qualifiers that, after a rise or fall, say where it went: "до" ("возросло до 17")
    sentenced: re.Pattern  # ... and after a sentence passed: "засудили до 8 років"
    metre_or_million: str  # "3m people": millions, not metres
    people: str
    age_label: str
    vague_hint: str  # what every vague amount ends with, in lower case ("s of"): a cheap test first
    share: re.Pattern  # "two-thirds of", "almost half of", "1/16 of"
    share_whole: re.Pattern  # "one in four", "one out of five"
    share_parts: dict  # "thirds" -> 3
    share_ordinals: frozenset  # "third": a part that is an ordinal too, alone no share
    indefinite_article: str  # "a third of", "ein Drittel der": a pattern of the words of one part
    share_not_after: re.Pattern  # "the first half of": no share
    the_after: re.Pattern  # "half the votes": the article after a half, a share with no "of"
    share_idioms: re.Pattern  # "half the time": a share's words, no share
    noun_adjectives: frozenset  # "three extra days", "12 straight hours": words between a figure and its unit that leave it the unit
    named_by_duration: re.Pattern  # after "10-year": what the duration names, not measures ("Treasury", "high")
    share_hint: re.Pattern  # in lowered text, what every share of a part holds: "third", "/", "½" (a cheap test)
    share_whole_hint: re.Pattern  # in lowered text, what every "one in four" holds (a cheap test)
    initial_after: re.Pattern  # after a figure, a lone capital ("1600 N. Main", "221 B Baker Street"): an address
    tally_before: re.Pattern  # "voted 199-74": the words before a tally's figures
    tally_unit: str  # "votes"
    befalls_people: re.Pattern  # before a bare figure, a verb of what befalls people: "killed 26"
    number_of: re.Pattern  # before a bare figure, in its clause: "the number of <what it counts> rose from "
    event_nouns: frozenset  # what counts what befell people: "deaths"
    befallen: re.Pattern  # after a bare figure, what befell the people it counts: " were injured"
    one_or_few_before: re.Pattern  # before a few in words, what makes it a guess: "a line or "
    one_as_when: re.Pattern  # after "one": "one day we …", a time, no count
    hyphen_qualifiers: dict  # a word hyphened to a figure -> the bound it says: "odd" -> "about"
    group_sizes: frozenset  # a word hyphened to a figure, or after it, that makes it a group's size: "strong"
    clock_durations: re.Pattern  # "finished in 2:01:09": hours, minutes and seconds a thing took (CLOCK)
    clock_time_before: re.Pattern  # before a CLOCK, what makes it a time of day: "at "
    age_decade: re.Pattern  # "in his 40s", "in her early 30s": an age within a decade
    decade_parts: dict  # "early" -> (0, 3)
    ages_named: re.Pattern  # before a bare figure, in its clause, what names an age: "the retirement age will rise to "
    count_before_model: re.Pattern  # before a bare figure, a count of what it names: "two new " of "two new 737 Max jets"
    counted_in_millions: re.Pattern  # before a bare "1.2m", a word that makes it millions: "population is "
    millions_count: dict  # that word -> what the millions count: "population" -> "people"
    measure_shared_by: re.Pattern  # after a bare figure joined to a measure: "for" of "29 mpg for cars and 24 for trucks"
    range_opened: re.Pattern  # "between " opening a figure's phrase: its "and" goes on to the range's top
    range_and: re.Pattern  # " and " of "between £5m and £10m"
    age_group: re.Pattern  # before a bound and a bare figure, who it is the age of: "children " of "children under 5"
    age_bounds: frozenset  # those bounds: "under", "over"
    share_of_unit: tuple  # ((pattern after a share, the unit it makes it so many of), ...): "of a percentage point"
    share_unit: re.Pattern  # after a share, "of a <word>": so many of the unit the word names ("a quarter of a mile")
    period_qualifiers: frozenset  # a bound that, straight after another figure, says over what time: "over" of "$10bn over five years"


@per_language
def grammar(language):
    """How a language writes quantities: one pattern for a figure and those for what is around it."""
    numbers, units = number_grammar(language.code), unit_grammar(language.code)
    number = numbers.number
    qualifier = alternatives([re.escape(q) for q in language.qualifiers])
    between, and_ = language.range_words or (NEVER, NEVER)
    change_from, change_to = language.change_words or (NEVER, NEVER)
    # Ranges keep both ends ("between 10 and 20", "2–3 million", "2012–13"), never their mean.
    # The words that start no noun of a figure's phrase: after them the phrase has ended.
    clause_words = (language.function_words | language.auxiliaries | language.conjunctions | language.relatives
                    | language.pronouns | language.noun_stops | frozenset(language.place_prepositions))
    quantity = re.compile(
        # Only at a word's start or a currency symbol ("US$5"): rejects most places at once.
        rf"(?:(?<!\w)|(?={CURRENCY_FIRST})(?={CURRENCY}))"
        rf"(?:\b(?P<qualifier>(?i:{qualifier}))\s+)?"
        rf"(?:\b(?P<between>(?i:{between}))\s+)?"
        # A currency may touch the figure ("USD8m", "RM14.20") or stand a space apart ("$ 40 million").
        # A minus sign belongs to a measure ("-2.4%", "-40C"); before a count it is a list's dash.
        rf"(?:(?={CURRENCY_FIRST})(?P<currency>{CURRENCY})\s?(?P<currency_minus>[−-](?=\d))?|(?:(?<![\w.,:-])(?P<minus>[−-](?=\d)))?)"
        rf"(?<!\d[:.,])(?P<number>{number})"
        # "5% to 6%", "$41 and $47": each end may carry the sign.
        rf"(?:(?P<percent_first>\s?%)?(?(between)\s+(?:{and_}|{alternatives(language.range_to)})\s+|(?:\s?[–—-]\s?|\s+(?:{alternatives(language.range_to)})\s+))"
        # ... and "fell 0.6% to 309,381 yen" is a change to another figure, no range.
        rf"(?:{CURRENCY})?(?P<number_max>{number})(?(percent_first)(?=\s?%)))?"
        # "2.5 billion", "Mio.", and hyphened before a currency: "a 5-million-euro project"
        rf"(?:(?:\s?|-(?=(?:{numbers.word_scale})-))(?P<scale>(?(currency)(?:{numbers.scale})|(?:{numbers.word_scale})))(?:\b|(?<=\.)))?"
        rf"(?:-(?P<hyphen_qualifier>{alternatives([*language.hyphen_qualifiers, *language.group_sizes]) or NEVER})\b)?"
        rf"(?:\s(?P<post_qualifier>{language.post_qualifier}))?"
        rf"(?P<age>{language.age_suffix})?"
        # "5.5-inch", "a 650-foot ship", "a 37m-long skeleton", "43 percent-owned"
        # ... and a unit in brackets, as tables and spec sheets write it: "20 (kg)", "150 [hp]"
        rf"(?:[\s-]?(?P<unit_open>[(\[{{<])?(?P<unit>{units.unit})(?(unit_open)[)\]}}>])(?!\w|-\d))?",
    )
    # "five days ago", "three days later", "the next day": when something happened, not how long
    # ("waited for six hours before" is how long).
    relative_time = re.compile(
        "".join(f"(?<!{word} )" for word in language.not_relative_after) +
        rf"\b(?:(?:{number}|{language.indefinite_article})\s+(?:{written_units(DURATION, language.code)})\s+"
        rf"(?:{alternatives(language.relative_after)})"
        rf"|{language.the} (?:{alternatives(language.relative_next)}) (?:{alternatives(language.relative_periods)}))\b",
        re.I)
    vague_phrases = [phrase.lower() for phrase in language.vague_amounts]
    return QuantityGrammar(
        language.code,
        quantity,
        relative_time,
        re.compile(rf"\b(?:{alternatives(language.how_long)})(?:\s+\S+){{0,2}}\s+$", re.I),
        # Searched in lowered text: an alternation of words is several times slower under re.I.
        re.compile(rf"\b(?:{alternatives(language.relative_after + language.relative_next)})\b"),
        # A duration is a penalty when the words around it make it one: "sentenced to 7 years",
        # "up to 15 years in prison", "a prison sentence of up to 15 years", "faces 10 years".
        re.compile(rf"\b(?:{alternatives(language.penalty_before)})(?:\s+\S+){{0,4}}\s*$", re.I),
        re.compile(rf"^(?:\s+\S+){{0,2}}?\s+(?:{alternatives(language.penalty_after)})\b", re.I),
        re.compile(rf"(?:\b(?:{alternatives(language.minus_words)})[\s-]+|(?<!\w)[−-])$", re.I),
        # After a bare figure, what shows it counts the same thing as the count before it:
        # "killed 120 people and injured more than 900", "destroyed 86 homes and threatened 6,400 more".
        re.compile(rf"\s+{language.more}\b|\s*(?:[.,;:!?]|$)|\s+(?:{alternatives(language.implied_followers)})\b"),
        re.compile(r"\s*(?:[.;:!?]|,(?!\d)|$)"),
        re.compile(rf"\b(?:{language.change_by})\s+$"),
        re.compile(rf"\b(?:{longest_first(language.change_verbs)})\s+$", re.I),
        re.compile(rf"\s+(?:(?:{alternatives(language.rate_words)})\s+"
                   # "5 per 100,000 people", "4 per 1,000 live births": per so many of what is counted
                   rf"(?P<per>\d[\d,.]*\d(?:\s+[a-z]+){{1,2}}|(?:(?:{alternatives(language.rate_unit_words)})\s+)?[a-z]+)\b"
                   rf"|(?:{alternatives(language.rate_articles)})\s+(?P<per_noun>{alternatives(language.rate_nouns)})\b"
                   rf"(?!\s+(?:{alternatives(language.relative_after)})\b))"),  # "$40 a month ago" is no rate
        re.compile(rf".{{0,4}}?(?:{CURRENCY})\s?$"),
        re.compile(rf"\s*\(\s*(?:{CURRENCY})\s?\d"),
        {word: (unit, re.compile(rf"\b(?:{before})\b", re.I), re.compile(after[0] if after else NEVER, re.I))
         for word, (unit, before, *after) in language.currency_or_unit.items()},
        re.compile(rf"\s+{change_to}\s+\d[\d.,]*"),
        re.compile(rf"\s*(?:[.,;:!?]|$)|\s+(?:{alternatives(language.conjunctions)})\b"),
        re.compile(rf"\b(?:{alternatives(language.level_before)})\s+$", re.I),
        tuple((re.compile(rf"\b(?:{pattern})\s+$", re.I), noun) for pattern, noun in language.counted_before.items()),
        re.compile(rf"\b(?P<counted>{alternatives(language.counted_subjects)})\b(?:\s+[^\s\d.,;:!?]+){{0,8}}?"
                   rf"\s+(?:{language.subject_reached})\s+$", re.I),
        re.compile(language.more),
        # A bare figure that is the subject of what people do counts people: "more than 11,000 stay
        # in the camp", "46 died"; and "11 of the injured" counts them too.
        re.compile(rf"\s+(?:{alternatives(language.people_verbs)})\b", re.I),
        re.compile(rf"\s+{language.people_among}\b", re.I),
        re.compile(rf"\s+{language.of}\s+\S+\s+\d"),
        re.compile(rf"\b(?i:{alternatives(language.number_labels)})\.?\s$"),
        frozenset(language.hyphen_prefixes),
        re.compile(rf"\b(?:{alternatives(language.age_before)})(?:\s+(?:{alternatives(language.age_adverbs) or NEVER}))?\s*$"),
        re.compile(rf"\b(?:{alternatives(language.age_clause)})\s+$"),
        re.compile(rf"\b(?:{alternatives(language.age_verbs)})\s+$" if language.age_verbs else NEVER),
        re.compile(rf"{language.age_being}(?:\s+(?:{alternatives(language.age_adverbs) or NEVER}))?\s+$"),
        re.compile(rf"\s*(?:[.;:!?]|,(?!\d)|$)|\s+(?:{alternatives(language.age_being_after) or NEVER})\b"),
        tuple((unit.name, kind.id, re.compile(rf"\b(?:{language.units_before[unit.name]})\s+$", re.I))
              for kind in KINDS for unit in kind.units if unit.name in language.units_before),
        re.compile(rf"\b(?:{alternatives(language.list_joins)})\s+$"),
        re.compile(rf"\s+{language.of}\b"),
        re.compile(rf"\s+{language.of}\s+(?:(?P<people>{alternatives(language.part_of_people) or NEVER})"
                   rf"|{alternatives(language.part_of_group) or NEVER})\b", re.I),
        re.compile(rf"\s+{language.of}\s+\S+\s+"),
        re.compile(rf"\s*(?:[^\w\s]|$)|\s+(?:{alternatives(sorted(clause_words))})\b", re.I),
        re.compile(rf",?\s+(?:{alternatives(language.list_joins)})\s+", re.I),
        # "4 dollars 25 cents", and where the hundredths end the clause, "15 dollars and 50", "17 USD 25."
        re.compile(rf"\s+(?:{and_}\s+)?(?P<cents>\d{{1,2}}|{number})(?:\s+(?:{alternatives(language.cents)})\b"
                   rf"|(?=\s*(?:[.;!?]|,\D|$)|\s+{language.more}\b))", re.I)
        if language.cents else re.compile(NEVER),
        re.compile(rf"\s?(?P<scale>{numbers.word_scale})\b"),  # after a currency: "75 USD million"
        re.compile(rf"\s?[–—-]\s?|\s+(?:{alternatives(language.range_to)})\s+"),
        re.compile(rf"\b{change_from}\s+$", re.I),
        re.compile(rf"(?:\s+[^\s;:!?]+){{0,{CHANGE_GAP_WORDS}}}?,?\s+{change_to}\s+(?:{CURRENCY})?\s?"),
        re.compile(rf"\b(?:{language.rise_or_fall})\b(?:\s+[^\s;:!?]+){{0,{RISE_OR_FALL_WORDS}}}?\s+$", re.I),
        frozenset(language.change_targets),
        re.compile(rf"\b(?:{language.sentenced})(?:\s+[^\s\d.,;:!?]+){{0,2}}\s+$", re.I),  # "засудили його до"
        language.metre_or_million,
        language.people,
        language.age_label,
        os.path.commonprefix([phrase[::-1] for phrase in vague_phrases])[::-1] if vague_phrases else "\x00",
        # A share of a whole: "two-thirds of", "a quarter of", "almost half of", "1/16 of".
        re.compile(rf"(?<!\w)(?P<written>(?:(?P<qualifier>(?i:{qualifier}))\s+)?"
                   rf"(?:(?:(?P<top>(?i:{language.indefinite_article}|{language.share_one})|{number})[\s-]"
                   rf"|(?i:{language.share_article})\s+)?"  # "die Hälfte der Befragten", "la moitié des"
                   rf"(?P<part>(?i:{alternatives(sorted(language.share_parts, key=len, reverse=True))}))"
                   rf"|(?P<fraction>{FRACTION})))(?:\s+(?:{language.share_of or language.of})\b"
                   # ... but "a quarter of a billion" is a number (the number words' phrases)
                   rf"(?!\s+(?i:{language.indefinite_article})\s+(?:{numbers.word_scale})\b)"
                   # ... or, after "by", a share of what changed: "sales fell by a fifth" (shares_in)
                   rf"|(?P<bare>)\b(?!\s+{language.of}\b))"),
        re.compile(rf"(?<!\w)(?:(?P<qualifier>(?i:{qualifier}))\s+)?(?P<top>{number})\s+(?i:{language.share_whole})\s+"
                   rf"(?P<whole>{number})\b"),
        {part.lower(): whole for part, whole in language.share_parts.items()},
        frozenset(part.lower() for part in language.share_ordinals),
        f"{language.indefinite_article}|{language.share_one}",
        re.compile(rf"\b(?i:{alternatives(language.share_not_after)})\s+$"),
        re.compile(rf"\s+(?:{language.the})\b"),
        re.compile(rf"(?i:{alternatives(language.share_idioms) or NEVER})\b"),
        frozenset(language.noun_adjectives) | frozenset(language.unit_modifiers),
        re.compile(rf"\s+(?:{language.named_by_duration})\b"),
        re.compile(rf"{alternatives(sorted((p.lower() for p in language.share_parts), key=len, reverse=True))}|[/⁄{VULGAR_FRACTIONS}]"),
        re.compile(rf"(?:\d|{numbers.word_start.pattern})[\w-]*\s+(?:{language.share_whole})\s+(?:\d|{numbers.word_start.pattern})"),
        re.compile(rf" [{language.name_capitals}]\.? [{language.name_capitals}]"),
        re.compile(language.tally_before, re.I),
        language.tally_unit,
        re.compile(rf"\b(?:{language.befalls_people})\s+$", re.I),
        re.compile(rf"\b(?:{language.number_of})\s+(?P<counted>[^\d.;:!?]{{1,80}}?)\s+$", re.I),
        frozenset(language.event_nouns),
        re.compile(rf"\s+(?:{language.befallen})\b", re.I),
        re.compile(rf"{language.one_or_few_before}\s+$"),
        re.compile(language.one_as_when, re.I),
        {word.lower(): bound for word, bound in language.hyphen_qualifiers.items()},
        frozenset(word.lower() for word in language.group_sizes),
        re.compile(rf"{CLOCK}(?!\s?(?:{language.clock_time_after}))" if language.clock_time_before else NEVER, re.I),
        re.compile(rf"\b(?:{alternatives(language.clock_time_before) or NEVER})\s+$", re.I),
        re.compile(language.age_decade, re.I),
        {part.lower(): years for part, years in language.decade_parts.items()},
        re.compile(rf"\b(?:{language.ages_named})(?:\s+[^\s\d.,;:!?]+){{0,{AGE_NAMED_WORDS}}}\s+$", re.I),
        re.compile(rf"(?<![\w.,])(?P<count>{number})(?:\s+(?:{alternatives(language.noun_adjectives) or NEVER}))?\s+$"),
        re.compile(rf"\b(?P<word>{alternatives(language.counted_in_millions) or NEVER})\b[^.;:!?\d]{{0,30}}$", re.I),
        {word.lower(): counted for word, counted in language.counted_in_millions.items()},
        re.compile(rf"\s+(?:{alternatives(language.measure_shared_by) or NEVER})\s", re.I),
        re.compile(rf"(?i:{between})\s"),
        re.compile(rf"\s+(?i:{and_})\s+"),
        re.compile(rf"\b(?i:{alternatives(language.age_groups)})\s+$"),
        frozenset(language.age_bounds),
        tuple((re.compile(pattern, re.I), unit) for pattern, unit in language.share_of_unit.items()),
        re.compile(rf"\s*(?:{language.of}\s+)?(?:{language.indefinite_article})\s+"
                   rf"(?:(?:{alternatives(language.share_unit_qualifiers) or NEVER})\s+)?(?P<word>[^\W\d_]+)\b", re.I),
        frozenset(language.period_qualifiers),
    )


class Reading(NamedTuple):
    """How one matched number reads in its sentence; end is where its phrase stops."""
    value: float
    unit: str | None
    kind: str
    end: int


def measured(match, value, sentence, words):
    """A figure followed by a unit from the kinds table: '8,000 square kilometers', '45C'."""
    unit, kind = unit_of(match, words.language)
    million = words.metre_or_million
    if unit == million and match["unit"] == million:  # "3m euros", "3m people": millions, not metres
        currency = currency_after(sentence[match.end():], words.language)
        if currency:
            code, length, factor = currency
            return Reading(counted_value(match["number"], million, words.language) * factor, code, MONEY,
                           match.end() + length)
        noun, length = counted_noun(sentence[match.end():], language=words.language)
        if noun is not None:
            return Reading(counted_value(match["number"], million, words.language), noun, COUNT, match.end() + length)
        counted = words.counted_in_millions.search(sentence, max(0, match.start() - 40), match.start()) \
            if not noun_next(sentence[match.end():], words.language) else None  # "the 300m tower": metres
        if counted is not None:  # "the city's population is 1.2m": millions of people
            return Reading(counted_value(match["number"], million, words.language),
                           words.millions_count[counted["word"].lower()], COUNT, match.end())
    start, end = match.start(), match.end()
    if kind == DURATION and words.named_by_duration.match(sentence, end):
        return None  # "the 10-year Treasury", "a 10-year high": a name, its span no fact of the story
    if kind == DURATION and told_as_penalty(sentence, start, end, words):
        kind = PENALTY
    elif kind == DURATION and (words.aged.search(sentence, words_start(sentence, start, AGED_WORDS), start)
                               or words.age_clause.search(sentence, words_start(sentence, start, AGED_WORDS), start)
                               or names_an_age(sentence[:start], words)):
        kind = AGE  # "в возрасте 82 лет", "Йому 34 роки", "aged 44 years": a duration that is someone's age
    elif kind == DURATION and unit == "years" and sentence[match.end():match.end() + 1] == ")" \
            and name_before_age(sentence[:start], words.language, bracket=True):
        kind, end = AGE, end + 1  # "Иван Петров (22 года)", the bracket closed
    if match["minus"] and kind not in (DURATION, PENALTY):
        value = -value
    elif kind not in (DURATION, PENALTY) and words.minus.search(sentence, words_start(sentence, start, MINUS_WORDS), start):
        value = -value
    return Reading(value, unit, kind, end)


def implied(match, sentence, previous_noun, words, previous_measure=None):
    """The Reading of a bare figure that counts what the sentence's previous count counted, or
    people, when the figure is what people do or are; or that ends its clause after a measure
    ("rose 2 percent while the other fell by 1."): previous_measure, (unit, kind) of that one."""
    value = counted_value(match["number"], bottom_scale(match, words.language), words.language)
    if TIMES_BEFORE.search(sentence, max(0, match.start() - 8), match.start()) or TIMES_AFTER.match(sentence, match.end()):
        return None  # "a resolution of 2560 x 1440": a side of a size, no count of what was counted before
    people = words.people_among.match(sentence, match.end())
    if people:
        return Reading(value, words.people, COUNT, people.end())
    group = words.part_of_group.match(sentence, match.end()) if value > 1 else None  # "one of them" counts nothing
    if group and (group["people"] or previous_noun is not None):
        # so many of the group the sentence named before: "40 passengers, and 12 of them died", "30 were
        # held, 5 of whom were minors"; "all 70 of us" are people
        return Reading(value, words.people if group["people"] else previous_noun, COUNT, group.end())
    if previous_noun is None:
        if words.people_verbs.match(sentence, match.end()) and match["number"][0].isdigit():
            return Reading(value, words.people, COUNT, match.end())
        if previous_measure and words.clause_end.match(sentence, match.end()) and not YEAR_SHAPED.fullmatch(match["number"]) \
                and words.change_by.search(sentence, max(0, match.start() - 8), match.start()):
            return Reading(value, *previous_measure, match.end())
        if previous_measure and not YEAR_SHAPED.fullmatch(match["number"]) \
                and words.joined.search(sentence, max(0, match.start() - 5), match.start()) \
                and words.measure_shared_by.match(sentence, match.end()):
            return Reading(value, *previous_measure, match.end())  # "29 mpg for cars and 24 for trucks": 24 mpg
        return None
    if previous_noun in words.event_nouns and words.befallen.match(sentence, match.end()):
        return Reading(value, words.people, COUNT, match.end())  # "12 deaths, and 40 were injured": 40 people
    follows = words.implied.match(sentence, match.end())
    if not follows and words.joined.search(sentence, max(0, match.start() - 5), match.start()) \
            and not words.partitive_figure_of.match(sentence, match.end()):
        return Reading(value, previous_noun, COUNT, match.end())  # "310 homes by auction and 95 by tender"
    if not follows:
        return None
    end = follows.end() if words.more.fullmatch(follows[0].strip()) or follows[0].lstrip()[:1] in "—–" else match.end()  # "(11 — нокаутом)"
    return Reading(value, previous_noun, COUNT, end)


TIMES_BEFORE = re.compile(r"\d\s?[x×]\s?$")  # "2560 x ": the figure is a size's other side
TIMES_AFTER = re.compile(r"\s?[x×]\s?\d")
SAYS_WHEN = re.compile(r"(?:[^\W\d_]+\.? )*\d{4}")  # words, then a year: a bracket that says when

BRACKET_OPENS, BRACKET_CLOSES = re.compile(r"\(\s*$"), re.compile(r"\s*\)")


def bracket_alone(match, text, start=None, end=None):
    """Whether a figure's phrase (from start to end; the match's own figure, bare, if not given)
    is all a bracket holds: "(71)", "(129 seats)"."""
    if start is None and (match["unit"] or match["currency"] or match["number_max"] or match["scale"]):
        return False
    start, end = (match.start("number"), match.end("number")) if start is None else (start, end)
    return BRACKET_OPENS.search(text, max(0, start - 3), start) is not None and BRACKET_CLOSES.match(text, end) is not None


def told_as_penalty(sentence, start, end, words):
    """Whether the words around a duration (sentence[start:end]) make it a penalty: "sentenced
    to 7 years", "up to 15 years in prison"."""
    return bool(words.penalty_before.search(sentence, words_start(sentence, start, PENALTY_WORDS), start)
                or words.penalty_after.match(sentence[end:]))


def thing_after(after, language, words=3):
    """Whether the first noun of the next few words names a thing, not a being, in a language
    whose parts of speech are known: "-летний срок" is a term's length, "-летний мужчина" an age."""
    if not lemmas.analyser(language):
        return False
    for word in re.findall(r"[^\W\d_]+", after)[:words]:
        if lemmas.reading(word.lower(), language)[1] == lemmas.NOUN:
            return lemmas.names_a_thing(word, language)
    return False


def age_unit(written, language):
    """The duration unit an age is written in ("18-month-old": months), years unless another is named."""
    return next((name for name, pattern in duration_patterns(language) if pattern.search(written)), "years")


@per_language
def duration_patterns(language):
    """(unit name, pattern) of the kinds table's durations as the language writes them."""
    written = unit_grammar(language.code).written
    return tuple((unit.name, re.compile(rf"\b(?:{written[unit.name]})\b")) for kind in KINDS if kind.id == DURATION
                 for unit in kind.units if unit.name in written)


def bottom_scale(match, language):
    """The scale of a figure, or of a range's bottom: the top's scale is the bottom's too
    ("5 to 7 million"), unless the bottom is already larger as written ("$200,000 to $4
    million", "$750,000 to $1 million": the bottom is whole)."""
    if match["number_max"] and match["scale"] and \
            parse_number(match["number"], None, language) > parse_number(match["number_max"], None, language):
        return None
    return match["scale"]


def classify(match, sentence, previous_noun, words, places=(), previous_measure=None):
    """How a quantity match reads (a Reading), or None when it is not a fact; previous_noun is
    what the sentence's last count counted, previous_measure (unit, kind) what its last measure
    measured, for a figure that leaves it implied; places: the places the sentence names."""
    language = words.language
    if is_fraction_name(match["number"]):
        return None  # "24/7", "the 9/11 attacks": no quantity
    scale = bottom_scale(match, language)
    value = parse_number(match["number"], scale, language)
    after = sentence[match.end():]
    if value == 1 and not match["number"][0].isdigit() and words.one_as_when.match(sentence, match.end("number")):
        return None  # "one day we all decide", "One day, the dam broke": some day, no count of days
    if match["currency"]:
        return Reading(-value if match["currency_minus"] else value, currency_code(match["currency"]), MONEY, match.end())
    if match["age"]:  # "a 44-year-old", "her 18-month-old daughter"
        if thing_after(after, language):  # "23-летний срок": how long a term runs, no one's age
            kind = PENALTY if told_as_penalty(sentence, match.start(), match.end(), words) else DURATION
            return Reading(value, age_unit(match["age"], language), kind, match.end())
        return Reading(value, age_unit(match["age"], language), AGE, match.end())
    if match["unit"]:
        if hyphened_to_a_name(match, sentence, words) or closes_a_quotation(match, sentence):
            return None
        return measured(match, value, sentence, words)
    currency = currency_after(after, language, value)
    as_unit = words.currency_or_unit.get(after[:currency[1]].strip(" -").lower()) if currency else None
    if as_unit and (as_unit[1].search(sentence, words_start(sentence, match.start(), AS_UNIT_WORDS), match.start())
                    or as_unit[2].match(after, currency[1])
                    or (after[:1] == "-" and not match["scale"])):  # "a 300-pound man"; "a 10-million-pound deal" is money
        return Reading(value, as_unit[0], KIND_OF_UNIT[as_unit[0]], match.end() + currency[1])  # "weighed 208 pounds"
    if currency:
        code, length, factor = currency
        value *= factor  # "30 MUSD"
        scaled = words.scale_after.match(after, length) if not match["scale"] and factor == 1 else None
        if scaled:  # "75 USD million"
            return Reading(parse_number(match["number"], scaled["scale"], language), code, MONEY,
                           match.end() + scaled.end())
        cents = words.cents.match(after, length)
        if cents and parse_number(cents["cents"], None, language) < 100:
            return Reading(value + parse_number(cents["cents"], None, language) / 100, code, MONEY,
                           match.end() + cents.end())
        return Reading(value, code, MONEY, match.end() + length)
    if match["hyphen_qualifier"] and match["hyphen_qualifier"].lower() in words.group_sizes:
        # "a 3,000-strong crowd": its members, "3,000 people" as a crowd of 3,000 is
        return Reading(value, words.people, COUNT, match.start("hyphen_qualifier") - 1)
    size_word = NEXT_WORD.match(after)
    if size_word and size_word[1].lower() in words.group_sizes \
            and not plural_next(after[size_word.end():], language):
        # the same after its group: "a crowd 3,000 strong", "the army, 20,000 strong,"; not "3,000 strong supporters"
        return Reading(value, words.people, COUNT, match.end() + size_word.end())
    if part_of_a_name(match, sentence, words, places):
        return None
    before = sentence[: match.start()]
    if name_before_age(before, language) and re.match(r"[,)]", after) and 0 < value < 125:
        return Reading(value, "years", AGE, match.end())
    if match["qualifier"] and match["qualifier"].lower() in words.age_bounds and not match["number_max"] \
            and 0 < value < 125 and words.age_group.search(before) and not words.people_among.match(sentence, match.end()):
        return Reading(value, "years", AGE, match.end())  # "children under 5", "people over 65": an age, no count
    if words.aged.search(before, words_start(before, len(before), AGED_WORDS)) or (
            words.age_clause.search(before, words_start(before, len(before), AGED_WORDS))
            and words.age_being_after.match(sentence, match.end()) and 0 < value < 125):
        return Reading(value, "years", AGE, match.end())
    if 0 < value < 125 and not match["number_max"] and not match["qualifier"] \
            and words.age_being.search(before, words_start(before, len(before), AGED_WORDS)) \
            and words.age_being_after.match(sentence, match.end()):
        return Reading(value, "years", AGE, match.end())  # "he was 17 when he left", "she will be 35 by then"
    for unit, kind, written in words.units_before:  # "an earthquake of magnitude 6.4"
        if written.search(before, words_start(before, len(before), 3)):  # "километрах в пяти"
            return Reading(value, unit, kind, match.end())
    if is_year(match["number"]) and int(match["number"]) % 100 and not match["qualifier"] and not match["number_max"]:
        return None  # "1988 sales", "in 2011 exceeds": a year, not a count (but "2000 homes")
    if value <= 3 and not match["number"][0].isdigit() and not plural_next(after, language) \
            and words.one_or_few_before.search(before, max(0, len(before) - 30)):
        return None  # "a line or two giving thanks", "a word or two of praise": one or a few, as a guess
    if words.initial_after.match(after) and match["number"][0].isdigit():
        return None  # a street's number and an initial: "1600 N. Main", "221 B Baker Street"
    noun, length = hyphened_noun(after, language) if after[:1] == "-" else (None, 0)
    named = unit_named(noun, language) if noun else None
    if named:  # "7- or 8-inch": a list's figures share the unit hyphened to its last
        return Reading(value, named[0], named[1], match.end() + length)
    if noun is None and 0 < value <= 1 and not match["number_max"]:  # "one solution", "1/4 point"; "each one" counts nothing
        if value == 1 and one_as_pronoun(before, after, language):
            return None
        if value == 1 and one_before_verb(after, language):  # "when one asks": counts only what was counted before
            return implied(match, sentence, previous_noun, words, previous_measure)
        noun, length = noun_after_one(after, language)
    if noun is None and value > 1 and not match["scale"] and not match["qualifier"]:
        noun, length = modifier_noun(after, language)  # "the 27 member bloc": "27-member", its hyphen lost
    if noun is None:  # "two of the hostages", but not "one of the 12 climbers"
        partitive = match["number"][0].isdigit() or not words.partitive_figure.match(after)
        noun, length = counted_noun(after, partitive, language)
    if noun is None and not is_year(match["number"]):
        noun, length = acronym_counted(after, language)  # "(0.5 WAR)"; not "in 2010 BCS"
    if noun is not None:
        *adjectives, last = noun.split() or [noun]
        named = unit_named(last, language) if len(adjectives) < 2 and words.noun_adjectives.issuperset(adjectives) \
            else None
        if named:  # "two more years", "three extra days", "two full weeks": a unit, past the words that add to it
            return Reading(value, named[0], named[1], match.end() + length)
        return Reading(counted_value(match["number"], scale, language), noun, COUNT, match.end() + length)
    if 0 < value < 125 and not match["number_max"] and words.age_verbs.search(before, max(0, len(before) - 12)):
        return Reading(value, "years", AGE, match.end())  # "she turned 40 last week"
    if 0 < value < 125 and names_an_age(before, words):  # "the voting age was lowered to 16", "will rise from 65 to 67"
        return Reading(value, "years", AGE, match.end())
    if is_year(match["number"]) and not match["qualifier"]:
        return None  # a year says when (a date), it is no quantity
    if match["scale"] and words.money_restated.match(sentence, match.end()):
        return Reading(value, None, MONEY, match.end())  # "a net worth of 1.356 billion ($1.762bn)": money, in a currency unsaid
    if words.befalls_people.search(sentence, max(0, match.start() - 30), match.start()):
        # "killed 26 and wounded 57 people": people; "killed 14 miners and injured 31": miners
        return Reading(counted_value(match["number"], scale, language), previous_noun or words.people, COUNT,
                       match.end())
    counted = next((noun for pattern, noun in words.counted_before
                    if pattern.search(sentence, max(0, match.start() - COUNTED_BEFORE_CHARS), match.start())), None) \
        or number_counted(sentence, match.start(), words) or subject_counted(sentence, match.start(), words)
    if counted:
        return Reading(counted_value(match["number"], scale, language), counted, COUNT, match.end())
    to = words.bare_change_to.match(sentence, match.end())
    change_end = to.end() if to else match.end() if match["number_max"] else None  # "from 240 to 273", one match or two
    if change_end is not None and words.bare_change_end.match(sentence, change_end) \
            and words.change_from.search(sentence, max(0, match.start() - 12), match.start()):
        return Reading(value, None, MEASURE, match.end())  # "horsepower jumped from 240 to 273": the change is the fact
    if "." in match["number"] and words.level_before.search(sentence, max(0, match.start() - 40), match.start()):
        return Reading(value, None, MEASURE, match.end())  # "the dollar index was up at 96.088": a level, its unit unsaid
    rate = words.rate.match(sentence, match.end())
    if rate is not None and rate["per"] and rate["per"][0].isdigit():
        return Reading(value, None, MEASURE, match.end())  # "a murder rate of 5 per 100,000 people": a rate, what it counts unsaid
    return implied(match, sentence, previous_noun, words, previous_measure)  # else a bare number ("one of them") is no fact


def number_counted(sentence, start, words):
    """What a bare figure counts where its clause opened with "the number of" what it counts:
    "the number of people evacuated rose from 1,200 to 1,500" (people); None elsewhere."""
    opening = words.number_of.search(sentence, max(0, start - 100), start)
    return counted_noun(opening["counted"], False, words.language)[0] if opening else None


def subject_counted(sentence, start, words):
    """What a bare figure counts where its clause's subject came to it: "Deaths rose to 57",
    "Hospital admissions doubled to 1,200 a day" (deaths, admissions); None elsewhere."""
    subject = words.counted_subject.search(sentence, max(0, start - COUNTED_BEFORE_CHARS), start)
    return subject["counted"].lower() if subject else None


def unit_as_scale(match, words):
    """The scale a unit's letters also write ("3m": millions after money, metres elsewhere), or None."""
    written = (match["unit"] or "").strip()
    return written if written.lower() in number_grammar(words.language).scales else None


def changes_to(previous, previous_start, previous_end, match, start, reading, text, words):
    """Whether a figure is where the fact before it changed to: "from 252 miles to 287 miles",
    "from $36,040 at 10.45pm last night to $34,935", "from 208 pounds to 193" (the second end
    written bare takes the first's unit); start: where the figure's phrase starts, reading
    None for a bare figure."""
    if previous.value_max is not None or not words.change_from.search(text, max(0, previous_start - 12), previous_start):
        return False
    if not words.change_to.fullmatch(text, previous_end, start):
        return False
    if reading is None or (reading.kind == COUNT != previous.kind):  # "to 23 for FWD models": bare, as the first
        return not match["unit"] and not match["currency"] and not match["age"] and not match["number_max"]
    return reading.kind == previous.kind and reading.unit == previous.unit


YEAR_SHAPED = re.compile(r"[12]\d{3}")  # "by 2120": a year as likely as a figure


def told_as_change(text, start, end, words):
    """Whether a figure's two ends (its phrase text[start:end]) are where it was and where it went,
    not a range: "from" before them, and a rise or fall in the words before that ("boosted from
    2600mAh to 2800mAh", "up from 57 to 63"; "prices range from $370,000 to $5.5 million" is a
    range); in "revised from 5 to 7 per cent to 3 to 5 per cent" each end is a range."""
    opening = words.change_from.search(text, max(0, start - 12), start)
    return (opening is not None and not words.bare_change_to.match(text, end)
            and words.rise_or_fall.search(text, max(0, opening.start() - 120), opening.start()) is not None)


def names_an_age(before, words):
    """Whether the words before a figure, in its clause, name an age it is: "the average age of the
    fleet is", "life expectancy for men in Glasgow is around"."""
    return words.ages_named.search(before, words_start(before, len(before), AGE_NAMED_WORDS + 3)) is not None


def is_year(number):
    return re.fullmatch(r"1[89]\d\d|20\d\d", number) is not None


def continues_range(previous, previous_end, reading, value_max, between, words, own_unit=True):
    """Whether a figure is the top of a range whose bottom is the fact before it, each with
    its unit: "from 252 miles to 287 miles", "$41 to $47"; not so options each written with its
    unit (own_unit: the fact before wrote its own; written_as_options): "16GB or 32GB of
    storage" are two figures, "5 percent or 6 percent" and "7- or 8-inch tablets" one range."""
    if previous.kind != reading.kind or previous.unit != reading.unit or previous.value_max is not None \
            or value_max is not None or previous_end <= 0:
        return False
    if words.range_opened.match(previous.text) and words.range_and.fullmatch(between):
        return True  # "between £5m and £10m", "between 5 million and 10 million people": each end with its scale
    return (reading.kind != COUNT and words.range_between.fullmatch(between) is not None
            and not (own_unit and words.joined.search(between) and written_as_options(previous.value, reading.value)))


NAME_WORD_BEFORE = re.compile(r"\b(?:[A-Z][\w-]*|[a-z]+[A-Z][\w-]*) $")  # "Boeing ", "iPhone ", "Flight "
# "F-", "Covid-", "scp2-": a word hyphened to it; "COVID -": a capitals' word, a space, then the hyphen
NAME_GLUED_BEFORE = re.compile(r"\b(?P<word>[^\W_]*[^\W\d_][^\W_]*)-$|\b(?P<word_spaced>[A-Z][A-Z\d]+) -$")
GLUED_LETTERS = re.compile(r"[^\W\d_]")
NAME_WINDOW = 40  # characters before a figure where the word of a name ends


def hyphened_to_a_name(match, sentence, words):
    """Whether a figure is hyphened to a word that is no prefix of a figure: "F-35", "Covid-19",
    "scp-173m" (but "sub-7 nanometer", "mid-30s")."""
    start = match.start("number")
    glued = NAME_GLUED_BEFORE.search(sentence, max(0, start - NAME_WINDOW), start)
    return glued is not None and (glued["word_spaced"] or glued["word"].lower() not in words.hyphen_prefixes)


def part_of_a_name(match, sentence, words, places=()):
    """A figure that names rather than counts: glued to letters that are no unit ("5S", "1080p",
    "4K") or by a hyphen to a word with a capital ("F-35", "Covid-19"), after a word that makes
    it a label ("category 4", "level 3"), or right after a capitalised word that does not open
    the sentence ("Boeing 737", "Flight 17", "iPhone 15", "Fortune 500") and is no place of the
    sentence's ("In Kharkiv 40 families"). A figure with a qualifier or a range is always a
    quantity, and one in words only a name's capitalised word ("BBC One")."""
    if match["qualifier"] or match["number_max"]:
        return False
    start = match.start("number")
    window = max(0, start - NAME_WINDOW)
    if not match["number"][0].isdigit():  # "BBC One", "Formula One": a capital mid-sentence after a name's word
        return match["number"][0].isupper() and NAME_WORD_BEFORE.search(sentence, window, start) is not None \
            and bool(sentence[:start].strip())
    if GLUED_LETTERS.match(sentence, match.end()) or words.labelled.search(sentence, window, start) \
            or hyphened_to_a_name(match, sentence, words):
        return True
    if not (match["unit"] or match["currency"]) and sentence[match.end():match.end() + 1] not in "-%":
        # right after a count, a bare figure names the model of what is counted: "two new 737 Max
        # jets", "four 747 aircraft" (but "In 2019 40 people died": a year says when)
        count = words.count_before_model.search(sentence, window, start)
        if count is not None and not is_year(count["count"]):
            return True
    name = NAME_WORD_BEFORE.search(sentence, window, start)
    if name is None or name[0].strip() in places or not sentence[:name.start()].strip():
        return False
    return not sentence[:name.start()].rstrip().endswith((".", "!", "?", ":", "“", '"'))


def age_subject(match, sentence, language):
    if match["age"]:
        return name_after_age(sentence[match.end():], language)
    return name_before_age(sentence[: match.start()], language, bracket=True)


def upper_end(match, language):
    """The top of a range, scaled like the bottom."""
    return parse_number(match["number_max"], match["scale"], language) if match["number_max"] else None


def fact_id(source_id, anchor, text, occurrence):
    digest = hashlib.sha1(f"{source_id}|{anchor}|{text}|{occurrence}".encode("utf-8")).hexdigest()
    return "f-" + digest[:10]


def phrase_start(match, reading, subject, text):
    """Where the phrase as written begins: 'Alexander, 44' starts at the name."""
    if reading.kind == AGE and not match["age"] and subject:
        return text.rindex(subject, 0, match.start())
    return match.start()


def holds_any(match, positions):
    """Whether a match's span holds any of the positions (in order)."""
    first = bisect_left(positions, match.start())
    return first < len(positions) and positions[first] < match.end()


class Spans:
    """The spans of a finditer's matches (in order, never overlapping): which one holds a position."""

    def __init__(self, matches):
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def hold(self, position):
        last = bisect_right(self.starts, position) - 1  # the one span that can hold it
        return last >= 0 and position < self.ends[last]


def amounts_and_levels(matches, text, words):
    """(matches, where the levels start): the matches, each range after "by" or a past rise or fall
    whose ends both carry their sign cut in two: "rose by $43.6 billion to $419.2 billion", "up by
    5% to 20%", "rose $2 to $45" (level_far_above) are a change and the level it reached ("fell by
    10 to 30 percent", "rents rose 3% to 5%", "expected to fall 5% to 10%" stay ranges)."""
    found, levels = [], set()
    for match in matches:
        top = match.start("number_max") if match["number_max"] else -1
        signed = match["percent_first"] or (match["currency"] and words.currency_start.match(text, top - 4, top))
        if top < 0 or not signed or not (words.change_by.search(text, max(0, match.start() - 8), match.start())
                                         or (words.changed.search(text, max(0, match.start() - 12), match.start())
                                             and level_far_above(match, words.language))):
            found.append(match)
            continue
        between = words.range_between.search(text, match.end("number"), top)
        amount = words.quantity.match(text, match.start(), between.start()) if between else None
        level = words.quantity.match(text, between.end()) if between else None
        found += [amount, level] if amount and level else [match]
        levels |= {level.start()} if amount and level else set()
    return found, levels


LEVEL_ABOVE_CHANGE = 3  # "rose $2 to $45": a level this many times the change or more; "rose 3% to 5%" is a range


def level_far_above(match, language):
    """Whether a range's top is LEVEL_ABOVE_CHANGE times its bottom or more: after a rise or fall
    told without "by", a change and the level it reached rather than a range of changes."""
    return level_above(*(parse_number(match[name], None, language) for name in ("number", "number_max")))


def level_above(low, high):
    return 0 < low and high >= LEVEL_ABOVE_CHANGE * low


def unit_options(match, text, words):
    """[(start, end, value, unit, kind), ...] of a figure written as options over a slash before
    its unit ("16/32GB", "64/128 GB"): no fraction (is_fraction_name) and written_as_options,
    followed by a measure's unit, no scale; else None ("24/7", "9/11": names; "140/90 mm Hg",
    "10/20m users", "1/20 mile" are not options)."""
    if not match["unit"] or match["number_max"] or match["scale"] or not is_fraction_name(match["number"]):
        return None
    parts = FRACTION_PARTS.fullmatch(match["number"])
    if parts["whole"] or not parts["top"]:
        return None
    top, bottom = int(parts["top"]), int(parts["bottom"])
    unit, kind = unit_of(match, words.language)
    if kind in (DURATION, PERCENTAGE) or unit == words.metre_or_million or not written_as_options(top, bottom):
        return None
    first = match.start("number")
    second = first + len(parts["top"]) + 1
    return [(first, first + len(parts["top"]), top, unit, kind), (second, match.end(), bottom, unit, kind)]


def sharing_unit(match, following, text, words, places):
    """The Reading of a bare figure joined to the next one by "and", "or" or, as options, a slash
    in the next one's unit ("comes in 16 and 32GB", "runs of 5 and 10 km", "16 / 32GB"), or by
    "to" after "from" ("fell from 2 million to 1.5 million barrels": where a change started), or
    a part of it that ends its phrase ("raised 280 million of the 1.5 billion shekels it needs";
    not "3 of the $100 bills", "Stage 4 of the 180 km race"), or None: a list, or a part and
    its whole, write the unit once; so does a list of counts ("expelled 22 and 21 lawmakers"). A
    count's part is left to its own rules ("two of the 40 ministers")."""
    if match["number_max"] or is_year(match["number"]) or is_fraction_name(match["number"]) \
            or part_of_a_name(match, text, words, places):
        return None
    between = text[match.end():following.start()].strip()
    slashed = between == "/"
    listed = slashed or words.joined.search(text, match.end(), following.start()) and between.count(" ") == 0
    # "fell from 2 million to 1.5 million barrels": where a change started, in its end's unit
    changed = not listed and words.change_from.search(text, max(0, match.start() - 12), match.start()) \
        and words.change_to.fullmatch(text, match.end(), following.start())
    part = not (listed or changed) and words.part_of_whole.fullmatch(text, match.end(), following.start())
    if not (listed or changed or part):
        return None
    shared = classify(following, text, None, words, places)
    if shared is None or shared.unit is None or (shared.kind == COUNT and not (changed or listed and not slashed)):
        return None
    value = parse_number(match["number"], match["scale"], words.language)
    if slashed and not (shared.kind not in (DURATION, PERCENTAGE) and written_as_options(value, shared.value)):
        return None  # "1/8000 sec", "1 / 2 percent": a fraction, not options
    if part and (shared.kind in (AGE, DURATION) or not words.phrase_end.match(text, shared.end)):
        return None  # "2 of the 5-year-olds", "4 of the 50 m pool": the whole's figure tells of a noun after it
    return Reading(value, shared.unit, shared.kind, match.end())


def written_as_options(low, high):
    """Whether two figures read as options rather than the ends of a range or a fraction's
    parts: whole, rising, and multiples of one step ("16/32GB", "16GB or 32GB", "64/128";
    not "5 or 6 percent", "1/20 mile", "140/90")."""
    return all(float(v).is_integer() for v in (low, high)) and 0 < low < high \
        and math.gcd(int(low), int(high)) > 1


def qualifier_of(match, words):
    """The qualifier a figure's match is written with, in lower case ("more than", "or more"), or
    the bound a word hyphened to it says ("40-odd": "about"), or None."""
    hyphened = words.hyphen_qualifiers.get(match["hyphen_qualifier"].lower()) if match["hyphen_qualifier"] else None
    return (match["qualifier"] or hyphened or match["post_qualifier"] or "").lower() or None


def figures_in(text, language=DEFAULT):
    """Every figure's value in a text, whatever it counts: for matching a headline's figures."""
    return {parse_number(m["number"], m["scale"], language) for m in grammar(language).quantity.finditer(text)}


def facts_in_sentence(source_id, sentence, declared=frozenset(), language=DEFAULT):
    """The facts of one sentence; declared: the names its article calls places."""
    words, calendar = grammar(language), date_grammar(language)
    facts, seen = [], {}
    text = sentence.text
    places = places_in(text, declared, language)
    lowered = text.lower()
    times = [t for t in words.relative_time.finditer(text)
             if not words.how_long.search(text, words_start(text, t.start(), HOW_LONG_WORDS), t.start())] \
        if words.relative_word.search(lowered) else []
    matches, levels = amounts_and_levels(words.quantity.finditer(text), text, words) \
        if may_hold_number(text, language) else ([], set())  # most have none
    measured_figures = [m.start("number") for m in matches if m["unit"] or m["currency"]]
    # A month's name or a year first: a cheap test, the date pattern is slow.
    dates = [d for d in calendar.date.finditer(text) if not holds_any(d, measured_figures)] \
        if calendar.hint.search(lowered) else []
    when = times[0][0] if times else (dates[0][0].strip() if dates else None)
    covered = 0  # where the last amount of money ends: a figure inside it is part of it ("4 dollars 25 cents")
    last_start = last_end = 0  # of the last fact's phrase
    times, dates = Spans(times), Spans(dates)
    shares = [share for share in shares_in(text, lowered, words)  # "April 11 in 150 countries": a day, no share
              if not share.re.groupindex.get("top") or not share["top"] or not dates.hold(share.start("top"))]
    shared = Spans(shares)
    previous_noun = previous_measure = None  # what the sentence's last count counted, and its last measure
    bracket_end, bracketed = 0, None  # where the last fact's restatement in brackets ends, and that fact
    counted_in_brackets = {}  # (kind, unit) of a figure -> what a count in brackets after it counted
    unit_written = False  # whether the last fact's figure was written with its unit ("16GB", not "7-" of "7- or 8-inch")
    for n, match in enumerate(matches):
        if match.start("number") < covered:
            continue
        restates = bracketed if match.start() < bracket_end else None  # "8,000 km² (3,100 square miles)"
        if shared.hold(match.start("number")):
            continue  # the top or the whole of a share: "one in four", "two-thirds of"
        if times.hold(match.start("number")) or dates.hold(match.start("number")):
            continue  # "three days later", "on 12 March" say when: no quantity; "2022 km" is a distance, not a date
        reading = classify(match, text, previous_noun, words, places, previous_measure)
        if reading is None and previous_noun is not None and match.start() >= last_end \
                and part_of_a_name(match, text, words, places):
            # "…the Snapdragon 800 successor, the 805": after a number that names, a bare figure
            # names the same way; it counts nothing the sentence counted before (but "63,150
            # Model 3s … estimates of 64,900": the name is what that count counted)
            previous_noun = None
        if reading is None and n + 1 < len(matches):  # "16 and 32GB", "5 and 10 km": the unit of the next
            reading = sharing_unit(match, matches[n + 1], text, words, places)
        if reading is None and facts and bracket_alone(match, text):
            # "29.7% of the vote (129 seats), Syriza 26.9% (71)": what a bracket after such a figure counted
            noun = counted_in_brackets.get((facts[-1].kind, facts[-1].unit))
            reading = Reading(parse_number(match["number"], None, language), noun, COUNT, match.end()) if noun else None
        scaled_money = reading is not None and reading.kind != MONEY and facts and facts[-1].kind == MONEY \
            and unit_as_scale(match, words) and words.change_to.fullmatch(text, last_end, match.start())
        if scaled_money:  # "from 10m euros to 3m": millions of the same currency, not metres; each its fact
            reading = Reading(parse_number(match["number"], unit_as_scale(match, words), language), facts[-1].unit,
                              MONEY, reading.end)
        if restates is not None and reading is not None and not restating(restates, reading):
            # "1080 x 1920 pixels (~432 ppi)", "5.1 inches (~69.6% of the front)": another measure in
            # brackets, a fact of its own, and no other form of the figure before it
            facts = [replace(fact, also=None) if fact is restates else fact for fact in facts]
            restates, bracket_end = None, 0
        options = unit_options(match, text, words) if reading is None else None
        if options:  # "16/32GB": two figures in one unit, no fraction
            qualifier = qualifier_of(match, words)
            facts += [phrase_fact(source_id, sentence, text[start:end], start, end, seen, places, when, language,
                                  kind=kind, value=value, value_max=None, unit=unit, qualifier=qualifier)
                      for start, end, value, unit, kind in options]
            last_start, last_end, unit_written = match.start(), match.end(), True
            continue
        value_max = upper_end(match, language)
        if value_max is not None and words.tally_before.search(text, words_start(text, match.start(), TALLY_WORDS),
                                                               match.start()):
            first = parse_number(match["number"], match["scale"], language)
            if first > value_max:  # "voted 199-74": two counts of votes, the larger first; no range runs down
                facts += [phrase_fact(source_id, sentence, text[match.start(group):match.end(group)], match.start(),
                                      match.end(), seen, places, when, language, kind=COUNT, value=value,
                                      value_max=None, unit=words.tally_unit, qualifier=None)
                          for group, value in (("number", first), ("number_max", value_max))]
                covered, last_start, last_end = match.end(), match.start(), match.end()
                continue
        qualifier = qualifier_of(match, words)
        if qualifier in words.change_targets and (
                words.rise_or_fall.search(text, max(0, match.start() - 60), match.start())
                or words.sentenced.search(text, max(0, match.start() - 60), match.start())):
            qualifier = None  # "число погибших возросло до 17", "засудили до 8 років": to, no bound "up to"
        if qualifier in words.period_qualifiers and reading is not None and reading.kind == DURATION and facts \
                and not text[last_end:match.start()].strip():
            qualifier = None  # "$10bn over five years", "nine hours over two days": the period, no bound
        start = None
        if reading is not None and value_max is not None and reading.value > value_max and is_year(match["number"]):
            # "from 20 mpg in 2008 to 29 mpg": the year says when; the figure is the top alone
            reading, value_max, start = reading._replace(value=value_max), None, match.start("number_max")
        joins_last = not restates and not scaled_money  # a change or range may take this figure as its end
        joins = False  # whether it did: the fact before it is its first end
        if facts and joins_last and changes_to(facts[-1], last_start, last_end, match, start or match.start(), reading, text,
                                     words):
            changed = facts.pop()  # one fact from where it was to where it went: value, then value_max
            if reading is None or reading.kind != changed.kind:  # written bare: it measures what the first does
                reading = Reading(parse_number(match["number"], match["scale"], language), None, None, match.end())
            top = reading.value
            reading = Reading(changed.value, changed.unit, changed.kind, reading.end)
            start, value_max, qualifier, joins = last_start, top, changed.qualifier, True
        if reading is None or not math.isfinite(reading.value) or not math.isfinite(value_max or 0):
            continue  # past any float: a row of thousands of digits is no figure
        if reading.kind == COUNT:
            previous_noun = reading.unit
        elif reading.kind not in (MONEY, AGE, DURATION, PENALTY):
            # a bare figure after a measure is no more of what a count before counted ("left two
            # banks crippled, and raised the tax to 12.5 percent from 10": no 10 banks)
            previous_noun, previous_measure = None, (reading.unit, reading.kind)
        subject = age_subject(match, text, language) if reading.kind == AGE else None
        start = phrase_start(match, reading, subject, text) if start is None else start
        covered = reading.end if reading.kind == MONEY else covered  # "2 of the 40 ministers" are two counts
        # "gained 12p to 2,300p", each figure with its unit: a change and the level it reached, as
        # amounts_and_levels tells a range written with one unit
        level = match.start() in levels or words.change_by.search(text, max(0, last_start - 8), last_start) \
            or (facts and words.changed.search(text, max(0, last_start - 12), last_start)
                and level_above(facts[-1].value, reading.value if reading else 0))
        if facts and joins_last and not level and continues_range(
                facts[-1], last_end, reading, value_max, text[last_end:start], words, unit_written):
            bottom = facts.pop()
            start, value_max, reading = last_start, reading.value, reading._replace(value=bottom.value)
            qualifier, joins = bottom.qualifier or qualifier, True
        label_from = min(last_end, start) if facts else 0  # no label takes in the figure before it
        # where its ends are written: from the fact before it that it joined, else in its own match,
        # past a range's word that is also where a change starts (Lithuanian "nuo 5 iki 7")
        ends = start if joins else match.start("currency") if match["between"] and match["currency"] \
            else match.start("number") if match["between"] else match.start()
        change = value_max is not None and told_as_change(text, ends, reading.end, words)
        last_start, last_end = start, reading.end
        unit_written = bool(match["unit"] or match["currency"])
        written = text[start:reading.end].strip()
        also = PARENTHETICAL.match(text, reading.end) if not restates else None
        if also and SAYS_WHEN.fullmatch(also["also"].strip()) and is_year(also["also"].strip()[-4:]):
            also = None  # "rose 5% (2019)", "12% (in 2013)", "4% (March 2020)": when, not the figure again
        occurrence = seen[written] = seen.get(written, 0) + 1
        identifier = fact_id(source_id, sentence.anchor, written, occurrence)
        rate = words.rate.match(text, reading.end) if reading.kind not in (AGE, DURATION, PENALTY) else None
        if rate:  # "64.2 cents a dozen": what the rate is per, no figure of its own
            covered = max(covered, rate.end())
        label = words.age_label.format(subject=subject, value=reading.value) if subject \
            else label_for(text, start, reading.end, places, language, label_from)
        if facts and not subject and label == written and facts[-1].text in facts[-1].label \
                and words.listed_after.fullmatch(text, label_from, start):
            # "dropped 178.84 points, or 1.48 percent", "gained 27 per cent and 71 seats": the
            # second figure is said of what the first is
            label = facts[-1].label[:facts[-1].label.index(facts[-1].text)] + written
        if facts and reading.kind == COUNT and bracket_alone(match, text, start, reading.end):
            counted_in_brackets[(facts[-1].kind, facts[-1].unit)] = reading.unit
        facts.append(Fact(
            id=identifier,
            source=source_id,
            kind=reading.kind,
            value=reading.value,
            value_max=value_max,
            unit=reading.unit,
            qualifier=qualifier,
            text=written,
            label=restates.label if restates else label,  # what it measures is what the fact it restates does
            anchor=sentence.anchor,
            quote=text,
            places=places,
            subject=subject,
            also=also["also"].strip() if also else None,
            restates=restates.id if restates else None,
            per=(rate["per"] or rate["per_noun"]) if rate else None,
            change=change,
            when=when,
        ))
        if also:
            bracket_end, bracketed = also.end(), facts[-1]
    for share in shares:
        of_unit = unit_after_share(share, text, words)
        if of_unit:  # "a quarter of a percentage point", "half an hour": so many of a unit, no share of a whole
            facts.append(phrase_fact(source_id, sentence, text[share.start():of_unit[1]], share.start(), of_unit[1],
                                     seen, places, when, language, kind=KIND_OF_UNIT[of_unit[0]],
                                     value=share_value(share, words), value_max=None, unit=of_unit[0],
                                     qualifier=share["qualifier"].lower() if share["qualifier"] else None))
            continue
        facts.append(phrase_fact(source_id, sentence, share["written"] if "whole" not in share.re.groupindex else share[0],
                                 share.start(), share.start() + len(share[0].rstrip()),  # "половины " ends before its space
                                 seen, places, when, language, kind=PERCENTAGE,
                                 value=share_value(share, words), value_max=None, unit=SHARE,
                                 qualifier=share["qualifier"].lower() if share["qualifier"] else None))
    facts += [phrase_fact(source_id, sentence, clock[0], clock.start(), clock.end(), seen, places, when, language,
                          kind=DURATION, unit="seconds", qualifier=None, value_max=None, value=clock_seconds(clock))
              for clock in (words.clock_durations.finditer(text) if ":" in text else ())
              if not words.clock_time_before.search(text, max(0, clock.start() - 8), clock.start())]
    facts += [phrase_fact(source_id, sentence, decade[0], decade.start(), decade.end(), seen, places, when, language,
                          kind=AGE, unit="years", qualifier=None, **decade_years(decade, words))
              for decade in words.age_decade.finditer(text)]
    return facts + vague_facts(source_id, sentence, places, seen, when, language)


# Hours, minutes and seconds, as race results and records write how long something took:
# "2:01:09", "1:59:40.2". Two parts ("4:39") are as often a time of day or a score: left out.
CLOCK = r"(?<![\d:.,])(?P<hours>\d{1,3}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d(?:\.\d+)?)(?![\d:]|\.\d)"


def clock_seconds(clock):
    """The seconds a CLOCK match gives: "2:01:09" is 7,269."""
    seconds = float(clock["seconds"]) if "." in clock["seconds"] else int(clock["seconds"])
    return int(clock["hours"]) * 3600 + int(clock["minutes"]) * 60 + seconds


def written_as_clock(text):
    """Whether a figure is written as hours, minutes and seconds (CLOCK): "2:01:09"."""
    return re.fullmatch(CLOCK, text) is not None


def decade_years(decade, words):
    """{value, value_max} of an age within a decade: "in his 40s" 40 to 49, "in her early 30s" 30 to 33."""
    first, last = words.decade_parts.get((decade["part"] or "").lower(), (0, 9))
    base = int(decade["decade"])
    return {"value": base + first, "value_max": base + last}


def phrase_fact(source_id, sentence, written, start, end, seen, places, when, language, **figure):
    """The Fact of a phrase without a figure's match of its own (a share, a vague amount): its
    id by the words as written and how often the sentence wrote them before (seen), its label
    from the clause of sentence.text[start:end]; figure: kind, value, value_max, unit, qualifier."""
    occurrence = seen[written] = seen.get(written, 0) + 1
    return Fact(id=fact_id(source_id, sentence.anchor, written, occurrence), source=source_id, text=written,
                label=label_for(sentence.text, start, end, places, language), anchor=sentence.anchor,
                quote=sentence.text, places=places, when=when, **figure)


def unit_after_share(share, text, words):
    """(unit name, where its words end) of the unit a share is so many of ("a quarter of a
    percentage point", "three quarters of an hour", "half a mile", "1/16 of a US pint"), or None."""
    after = share.start() + len(share[0].rstrip())
    found = next(((unit, match.end()) for pattern, unit in words.share_of_unit if (match := pattern.match(text, after))),
                 None)
    if found is None and (match := words.share_unit.match(text, after)):
        named = unit_named(match["word"], words.language)
        found = (named[0], match.end()) if named else None
    return found


def shares_in(text, lowered, words):
    """The shares of a whole a sentence gives ("two-thirds of", "one in four", "half of"), in
    order; lowered: the text in lower case, for the cheap tests that spare most sentences the
    slow patterns."""
    found = []
    for share in words.share.finditer(text) if words.share_hint.search(lowered) else ():
        if share["part"] and not share["top"] and (share["part"].lower() in words.share_ordinals
                                                   or words.share_not_after.search(text, words_start(text, share.start(), 2),
                                                                                   share.start())):
            continue  # "the third of March", "the first half of the year": no share (but "треть жителей")
        if share["fraction"] and is_fraction_name(share["fraction"]) \
                or share["part"] and words.share_idioms.match(text, share.start("part")):
            continue  # a fraction that names ("24/7"); "Half the time he is late": often, no share
        if share["bare"] is not None and not words.change_by.search(text, max(0, share.start() - 8), share.start()) \
                and not (share["part"] and words.share_parts[share["part"].lower()] == 2 and not share["top"]
                         and words.the_after.match(text, share.end())) and not unit_after_share(share, text, words):
            # a share with no "of" is one of what changed, after "by", a half of "the" whole ("won
            # half the votes cast") or of a unit ("half an hour"); "a third" alone is no share
            continue
        found.append(share)
    for share in words.share_whole.finditer(text) if words.share_whole_hint.search(lowered) else ():
        top, whole = (parse_number(share[name], None, words.language) for name in ("top", "whole"))
        if 0 < top < whole and not is_year(share["whole"]) and not any(s.start() < share.end() and share.start() < s.end() for s in found):
            found.append(share)
    return sorted(found, key=lambda share: share.start())


def share_value(share, words):
    """0.25 for "one in four" and "a quarter of", 2/3 for "two-thirds of"."""
    if "whole" in share.re.groupindex:
        return parse_number(share["top"], None, words.language) / parse_number(share["whole"], None, words.language)
    if share["fraction"]:
        return parse_number(share["fraction"], None, words.language)
    top = share["top"]
    top = 1 if top is None or re.fullmatch(words.indefinite_article, top, re.I) else parse_number(top, None, words.language)
    return top / words.share_parts[share["part"].lower()]


def vague_facts(source_id, sentence, places, seen, when=None, language=DEFAULT):
    """'hundreds of people', 'tens of thousands of homes': amounts without a figure."""
    facts = []
    text = sentence.text
    if grammar(language).vague_hint not in text.lower():  # every vague amount ends so: skip the slow pattern
        return facts
    numbers, words = number_grammar(language), grammar(language)
    for match in numbers.vague.finditer(text):
        noun, length = counted_noun(text[match.end() - 1:], language=language)
        if noun is None:
            continue
        phrase = match["phrase"].lower()
        least, most = numbers.vague_amounts[phrase]
        # "dozens of millions", "the hundreds of thousands": so many of a scale, not of a thing
        scale = numbers.scale_plurals.get(noun.lower(), 1)
        least, most = least * scale, most * scale
        end = match.end() - 1 + length
        money = vague_money(text, match, words, language)
        kind, unit, end = (MONEY, money[0], match.end() - 1 + money[1]) if money else (COUNT, noun, end)
        facts.append(phrase_fact(source_id, sentence, text[match.start():end], match.start(), end, seen, places, when,
                                 language, kind=kind, value=least, value_max=most, unit=unit, qualifier=phrase))
    return facts


def vague_money(text, match, words, language):
    """(currency code, length) where a vague amount counts a currency ("millions of euros",
    "billions of dollars"), not pounds weighed ("thousands of pounds of cocaine"); else None."""
    after = text[match.end() - 1:]
    currency = currency_after(after, language)
    if currency is None:
        return None
    as_unit = words.currency_or_unit.get(after[:currency[1]].strip().lower())
    if as_unit and (as_unit[1].search(text, words_start(text, match.start(), AS_UNIT_WORDS), match.start())
                    or as_unit[2].match(after, currency[1]) or words.partitive_figure_of.match(after, currency[1])):
        return None
    return currency[0], currency[1]
