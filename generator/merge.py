"""Merge stage: one fact per real-world fact, citing every source that reports it.

Two extracted facts are the same fact when they measure the same kind of thing in the same
unit, agree on the value, and are said in the same context: the words of the sentence and
the one before it (what is counted, where, by whom). A shared number alone is never enough.
"""

import dataclasses
import difflib
import functools
import hashlib
import itertools
import math
import re
from collections import Counter
from dataclasses import replace
from typing import NamedTuple

from .extract import is_vague, source_language
from .extract.context import candidate_places, is_organisation
from .extract.dates import day_named, published_date
from .facts_yaml import CONFIRMED
from .figures import decimals, plain_number, round_significant, significant_digits, truncate_significant
from .key_facts import (FURTHER_SOURCE, KEY_SCORE, described_noun, merged_key, merged_score, most_reported,
                        reviewer_choice)
from .kinds import AGE, COUNT, DURATION, KINDS, MONEY, PENALTY, PERCENTAGE, TEMPERATURE, base_unit, in_base_unit
from .extract.gazetteer import place_key, place_keys
from .extract.lemmas import lemma
from .lang import DEFAULT, NEVER, known_languages, per_language
from .lang import language as language_of
from .extract.entities import alias_key, initials
from .model import ENTITY_KINDS, Citation, Dated, Entity, Fact, MergedFact, ReportWords, Side, WordingDifference
from .present import LAST_FIGURE, format_figure, format_value, qualified, slug

# Rounded conversions ("8,000 km² (3,100 square miles)") and "nearly"-style figures differ a little.
VALUE_TOLERANCE = 0.03
CONTEXT_THRESHOLD = 0.2
CONFLICT_THRESHOLD = 0.35  # stricter than merging: a flag should be worth a reviewer's time
CONFLICT_SAMPLE = 20  # reports of each group compared when looking for conflicts
# The figures a dispute shows beside a fact's own: the most reported. More rivals than this are
# seldom one measure a reader can weigh, and each page would list every report of all of them.
MAX_RIVALS = 5
MIN_ALIGNMENT = 0.6  # share of words two versions must have in common to be compared
MIN_LEAD_ALIGNMENT = 0.25  # ... and of their words before the figure (a sentence's own opening, reworded)


def close(a, b):
    if a is None or b is None:
        return a is b
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b))


MIN_STEM = 4  # letters a stem keeps


@functools.lru_cache(maxsize=1 << 16)  # a corpus says the same words over and over
def stem(word, language=DEFAULT):
    """A crude stem so that 'retake'/'retaken', 'housed'/'housing' meet (the language's endings)."""
    word = word.lower().strip("’'")
    for suffix in language_of(language).stem_suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


NEAR_BEFORE, NEAR_AFTER = 2, 3  # words either side of a figure that say what happened to what it counts
CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"—–]|\d|\s(?:and|or|but|while|whereas)\s")


def near_words(fact, language=DEFAULT):
    """The content stems right beside a figure: what happened to what it counts or where it is
    ("239 people on board" -> board, "killed 127 people" -> kill). Two reports sharing one
    measure the same thing however differently the rest of their sentences run."""
    before, after = around_figure(fact)
    return stems_of(LETTERS.findall(before)[-NEAR_BEFORE:] + LETTERS.findall(after)[:NEAR_AFTER], language)


def clause_words(fact, language=DEFAULT):
    """(near_words within the figure's own clause, those after it alone): up to a comma, a
    bracket or another figure, so that "2GB of RAM and 16GB of storage" gives each figure its
    own words. What a dispute is told by."""
    before, after = around_figure(fact)
    before, after = CLAUSE_BREAK.split(before)[-1], CLAUSE_BREAK.split(after, maxsplit=1)[0]
    # where from, not which way: "400 km north-west of Penang" and "373 km from Penang" measure one distance
    directions = language_of(language).directions
    following = [word for word in LETTERS.findall(after) if word.lower() not in directions][:NEAR_AFTER]
    return stems_of(LETTERS.findall(before)[-NEAR_BEFORE:] + following, language), stems_of(following, language)


def around_figure(fact):
    """(the fact's sentence before its words, after them); both empty if it is not found there."""
    at = fact.quote.find(fact.text)
    return ("", "") if at < 0 else (fact.quote[:at], fact.quote[at + len(fact.text):])


def stems_of(words, language=DEFAULT):
    stopwords = language_of(language).context_stopwords
    return frozenset(stem(w, language) for w in words if w.lower() not in stopwords and len(w) > 2)


def context_words(fact, previous_sentence, language=DEFAULT):
    """(Content words around the fact, those of its own sentence alone), both without its own
    number and unit words: the first to merge reports, the second to flag conflicts."""
    own = {stem(w, language) for w in LETTERS.findall(fact.text)}
    in_sentence = content_stems(fact.quote, language) - own
    return in_sentence | (content_stems(previous_sentence, language) - own), in_sentence


LETTERS = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1 << 12)  # a sentence lends its words to each of its facts and the next
def content_stems(text, language=DEFAULT):
    """The stems of a text's words that say what a figure is about (not the language's context stopwords)."""
    stopwords = language_of(language).context_stopwords
    return frozenset(stem(w, language) for w in LETTERS.findall(text) if w.lower() not in stopwords and len(w) > 2)


def similarity(a, b):
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)  # the union's size, without making the union


def named_apart(these, those):
    """Whether both name something (places, events, days, words) and none of it is shared: two
    reports that name nothing of a sort may be about the same thing."""
    return bool(these) and bool(those) and these.isdisjoint(those)


def places_apart(places, other_places):
    """Whether both name places and share none: "detained in Lyman", "detained in Bakhmut"
    (a sentence that names no place may be about either). A place is compared by the gazetteer's
    name of it in any script or case: "Belgorod", "Белгороде", "Бєлгороді" are one."""
    return bool(places) and bool(other_places) and named_apart(place_keys(frozenset(places)),
                                                                place_keys(frozenset(other_places)))


def same_person_if_aged(head, fact, group_places):
    """Ages of people the articles do not name ("a man of 89") in places apart are two people,
    however alike the sentences; group_places: those of every report in head's group so far."""
    if head.kind != AGE or (head.subject or "")[:1].isupper() or (fact.subject or "")[:1].isupper():
        return True
    return not places_apart(group_places, fact.places)


def same_subject(a, b):
    """Ages belong to a person: 'Alexander' and 'Alexander Petrov' may match, two names may not."""
    if not a.subject or not b.subject:
        return True
    return a.subject.split()[0].lower() == b.subject.split()[0].lower()


def measure(fact):
    """What a fact measures, in base units: (kind, unit, vague, value, value_max); a count's
    unit is the stem of the noun it counts ("16 megapixels", "a 16-megapixel camera")."""
    value, unit = in_base_unit(fact.value, fact.unit)
    key = unit_key(fact.kind, unit)
    key = f"{key} per {fact.per}" if fact.per and key else key  # a rate is no amount: "$61 per barrel", "$61"
    return fact.kind, key, is_vague(fact), value, in_base_unit(fact.value_max, fact.unit)[0]


def unit_key(kind, unit):
    """The unit two facts must share to measure one thing: the base unit; a count's noun by what it
    counts in any language where a language module names it ("people", "осіб", "Menschen": people,
    lang/__init__.py's COUNTED_CONCEPTS), else stemmed."""
    if kind == COUNT and unit:
        noun = counted_head(unit)  # a phrase a language names whole first: "passengers and crew" is people
        return counted_concept(unit) or counted_concept(noun) or stem(noun)
    return base_unit(unit)


def counted_head(noun):
    """The noun a count counts, without the words that say which: "heart transplants" -> "transplants"."""
    return noun.rsplit(" ", 1)[-1]


def figure(fact):
    """(value, unit) as two reports' figures are compared: a count's by its head noun alone,
    "700 heart transplants" and "700 transplants" give one figure."""
    return fact.value, (counted_head(fact.unit) if fact.kind == COUNT and fact.unit else fact.unit)


@functools.cache
def counted_concepts():
    """(noun or lemma, lower case -> concept id, the codes of the languages read by lemma): every
    language module's COUNTED_CONCEPTS in one table, for a noun's language is not asked."""
    table, by_lemma = {}, []
    for code in known_languages():
        data = language_of(code)
        table.update({noun.lower(): concept for noun, concept in data.counted_concepts.items()})
        if data.lemmatiser:
            by_lemma.append(code)
    return table, tuple(by_lemma)


@functools.lru_cache(maxsize=1 << 12)
def counted_concept(noun):
    """The concept a counted noun names in any language ("осіб" -> "people"), by the noun as
    written, else by its lemma in a language read by lemma ("людей" -> "человек"); or None."""
    table, by_lemma = counted_concepts()
    word = noun.lower()
    if word in table:
        return table[word]
    if word.isascii():
        return None
    return next((table[lemma(word, code)] for code in by_lemma if lemma(word, code) in table), None)


EVENT_BEFORE, EVENT_AFTER = 4, 6  # words either side of a figure, in its clause, that tell its event


@per_language
def event_words(language):
    """(one pattern of every event's words, a named group e<n> for each, the events in that
    order) of a language: what happened to what a figure counts."""
    events = list(language.events.items())
    pattern = "|".join(rf"(?P<e{n}>\b(?:{'|'.join(words)})\b)" for n, (_, words) in enumerate(events))
    return re.compile(pattern or NEVER, re.I), [event for event, _ in events]


def where_of(fact, language=DEFAULT):
    """The names after a preposition in a figure's clause that are no place the gazetteer or the
    article knows ("killed at the Bataclan", "forgave loans at Laiki"): part of a whole, or whose
    the figure is. (Known places are the fact's places, compared by places_apart.)"""
    before, after = around_figure(fact)
    clause = CLAUSE_BREAK.split(before)[-1] + " " + CLAUSE_BREAK.split(after, maxsplit=1)[0]
    return frozenset(candidate_places(clause.strip(), language)) - set(fact.places)


def event_of(fact, language=DEFAULT):
    """What happened to what a figure counts, by the nearest event word in its clause ("killed
    127 people", "239 people on board", "the death toll rose to 129"), or None."""
    before, after = around_figure(fact)
    before, after = CLAUSE_BREAK.split(before)[-1], CLAUSE_BREAK.split(after, maxsplit=1)[0]
    before = " ".join(before.split()[-EVENT_BEFORE:])
    after = " ".join(after.split()[:EVENT_AFTER])
    words, events = event_words(language)
    # (distance from the figure, the event's place in the table): the nearest wins, the first of as near
    found = [(len(before) - m.end(), int(m.lastgroup[1:])) for m in words.finditer(before)]
    after_first = words.search(after)
    found += [(after_first.start(), int(after_first.lastgroup[1:]))] if after_first else []
    return events[min(found)[1]] if found else None


def same_measure(a, b):
    """Whether two measure()s are one: "hundreds of cars" is not the same report as "200 cars",
    though its value is 200."""
    return a[:3] == b[:3] and close(a[3], b[3]) and close(a[4], b[4])


def merged_id(first, taken):
    """A readable id that stays put as sources are added: kind, value, unit and who or where."""
    if is_vague(first):
        value = first.qualifier  # 'count-hundreds-of-cars': the id never shows an invented figure
    else:
        value = plain_number(first.value) + (f"-{plain_number(first.value_max)}" if first.value_max is not None else "")
    who_or_where = first.subject or (first.places[0] if first.places else "")
    base = slug(f"{first.kind} {value} {first.unit or ''} {who_or_where}")
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def rounded_from(coarse, precise):
    """Whether one figure is another rounded to its own decimals: 5.1 of 5.11 oz (not 1,400 of 1,397)."""
    places = decimals(coarse)
    if coarse == precise or places == 0 or decimals(precise) <= places or round(precise, places) != coarse:
        return False
    return abs(precise - coarse) < 0.5 * 10 ** -places * (1 - 1e-6)  # a half way (2.45 of 2.5) is as near the other side


def agree(given, other):
    """Whether two figures (value, unit) are one: the same, one rounded from the other in one
    unit, or one converted from the other."""
    (value, unit), (other_value, other_unit) = given, other
    if unit == other_unit:
        return value == other_value or rounded_from(value, other_value) or rounded_from(other_value, value)
    return converted_agrees(given, other) or converted_agrees(other, given)


def converted_agrees(given, other):
    """Whether a figure (value, unit) is another in another unit, converted and rounded to as
    many significant digits as it is given to: 3,100 mi² of 8,000 km², 5.1 oz of 145 g (but
    1,500 miles is not 2,500 km, 1,553 miles)."""
    (value, unit), (other_value, other_unit) = given, other
    base_value, base = in_base_unit(value, unit)
    other_base_value, other_base = in_base_unit(other_value, other_unit)
    if unit == other_unit or base != other_base or not other_base_value:
        return False
    in_its_unit = other_value * base_value / other_base_value  # the given figure's value, in the other's unit
    digits = significant_digits(other_value)
    if round_significant(in_its_unit, digits) == other_value:
        return True
    # A figure given to decimals may be the conversion cut off rather than rounded: 0.31 in of
    # 8.1 mm (0.319 in), as spec sheets write it; never a round figure (1,500 miles of 2,500 km).
    return not float(other_value).is_integer() and truncate_significant(in_its_unit, digits) == other_value


def without_roundings(members):
    """The reports but those whose figure another report gives more precisely in the same unit:
    one source's 5.1 oz and another's 5.11 oz agree."""
    values_in = {}  # unit -> the values given in it
    for value, unit in {figure(m) for m in members if m.value_max is None}:
        values_in.setdefault(unit, []).append(value)
    rounded = {}  # (value, unit) -> whether another report gives it more precisely: asked once a figure
    kept = []
    for m in members:
        if m.value_max is None:
            given = figure(m)
            if given not in rounded:
                rounded[given] = any(rounded_from(given[0], value) for value in values_in[given[1]])
            if rounded[given]:
                continue
        kept.append(m)
    return kept


FIGURES_DIFFER = "Figures differ: "  # begins the line of describe_disagreements that lists the figures


def compared_unit(fact):
    """The unit two reports of one group are told apart by: none for a count, whose reports all
    count one thing ("16 megapixel" and "16 megapixels"; "the 300-seat parliament" and "the
    300-member parliament", join_sizes_of_one_thing); else the unit as given."""
    return None if fact.kind == COUNT else fact.unit


def describe_disagreements(members, languages=None):
    """One readable line per difference between the reports: their qualifiers, compared only
    between reports in one language ("nearly" and "майже" say the same), and their figures;
    languages: source id -> its language code."""
    lines = []
    by_language = {}
    for m in members:
        by_language.setdefault((languages or {}).get(m.source), []).append(m)
    if any(len({m.qualifier for m in same}) > 1 for same in by_language.values()):
        qualifiers = sorted({m.qualifier for m in members if m.qualifier})
        qualifiers += ["none"] if any(not m.qualifier for m in members) else []  # a bare figure: last, in words
        lines.append("Qualifiers differ: " + ", ".join(qualifiers))
    figures = {}  # (value, unit) -> as the first source to give it writes it: "$28.8 million", "1,400 people"
    weighed = set()  # each (value, unit) once: the figures before it only grow
    for m in without_roundings(members):
        unit = compared_unit(m)
        if (m.value, unit) in weighed:
            continue
        weighed.add((m.value, unit))
        if not any(converted_agrees(figure, (m.value, unit)) or converted_agrees((m.value, unit), figure)
                   for figure in figures):  # a conversion is no disagreement
            figures[m.value, unit] = format_value(m) if is_vague(m) else format_figure(m)
    if len(figures) > 1:
        lines.append(FIGURES_DIFFER + ", ".join(figures[v] for v in sorted(figures)))
    return tuple(lines)


def words_after_figure(fact, limit=15):
    after = fact.quote[fact.quote.find(fact.text) + len(fact.text):].split()[:limit]
    return [w.strip(".,;:“”\"’()") for w in after]


def words_before_figure(fact, limit=15):
    before = fact.quote[:max(0, fact.quote.find(fact.text))].split()[-limit:]
    return [w.strip(".,;:“”\"’()") for w in before]


def wording_differences(members):
    """What the sources say after the figure, where they differ word for word.

    Only for versions close enough to line up ("into Ukraine" / "from Ukraine"); freely
    reworded sentences would give noise, not findings.
    """
    head = members[0]
    first, first_before = words_after_figure(head), words_before_figure(head)
    differences = {}  # as a dict: in order, each once, without a scan of those found so far
    for other in members[1:]:
        if other.source == head.source:
            continue
        for head_words, other_words in changed_words(tuple(first), tuple(words_after_figure(other)),
                                                     tuple(first_before), tuple(words_before_figure(other))):
            differences[WordingDifference(head.source, head_words, other.source, other_words)] = True
    return tuple(differences)


@functools.lru_cache(maxsize=1 << 12)  # many sources word a fact alike
def changed_words(first, words, first_before=(), words_before=()):
    """(first's words, words' words) where two versions that line up differ; none if they do not.
    Versions of one sentence share some of their words before the figure too, however reworded
    ("Earlier this week, Yulia Nemchinova, a local activist … filmed"); two spec lists share
    many after it ("2GB of RAM, a 2800mAh battery, 16 / 32GB of memory", "2GB of RAM, 16 or 32GB
    of storage") and none before ("The spec sheet … a 2.5GHz quad-core CPU", "The S5 also includes")."""
    if first == words:
        return ()
    matcher = difflib.SequenceMatcher(a=first, b=words, autojunk=False)
    if matcher.ratio() < MIN_ALIGNMENT:
        return ()
    if first_before and words_before and difflib.SequenceMatcher(
            a=first_before, b=words_before, autojunk=False).ratio() < MIN_LEAD_ALIGNMENT:
        return ()
    changes = ((" ".join(first[a1:a2]), " ".join(words[b1:b2]))
               for op, a1, a2, b1, b2 in matcher.get_opcodes() if op != "equal")
    # Another figure later in the sentence ("faces up to 7 years" / "up to 15 years") is a fact
    # of its own, shown on its own page: not a difference of wording.
    return tuple((a, b) for a, b in changes if not (any(c.isdigit() for c in a) and any(c.isdigit() for c in b)))


def previous_sentences(sources, facts):
    """(source, anchor) -> the sentence before it, lending context ("For this, they face up to
    15 years"). A sentence with figures of its own is not lent: it is about something else."""
    anchors_with_facts = {(f.source, f.anchor) for f in facts}
    before = {}
    for source in sources:
        previous = ""
        for sentence in source.sentences:
            before[(source.id, sentence.anchor)] = previous
            previous = "" if (source.id, sentence.anchor) in anchors_with_facts else sentence.text
    return before


def value_bucket(measured):
    """(kind, unit, step) of a measure() such that values within VALUE_TOLERANCE fall in the
    same or a next step."""
    kind, unit, _, value, _ = measured
    step = math.floor(math.log(value) / math.log1p(VALUE_TOLERANCE)) if value > 0 else 0
    return kind, unit, step


ALIKE_SAMPLE = 8  # reports of a group a new report is compared with: any of them may say it alike


def alike(contexts, near, group, fact):
    """Whether a report is said of the same thing as a group's: its sentence shares enough
    words with one of theirs, or the words right beside the figure share one with one of theirs."""
    sample = group[:ALIKE_SAMPLE]
    return any(similarity(contexts[other.id], contexts[fact.id]) >= CONTEXT_THRESHOLD or near[other.id] & near[fact.id]
               for other in sample)


def events_agree(group_events, event):
    """A report of one event never joins a group of another ("127 killed", "127 injured")."""
    return event is None or not group_events or event in group_events


class Family(NamedTuple):
    """What a group of reports measures so far, besides its figure: the events its reports name,
    the places, the days, and the figures (value, value_max) each source gives."""
    events: set
    places: set
    given: dict  # source id -> set of (value, value_max)
    days: set  # (month, day) its reports' whens name: "on 25 September"
    keys: set  # the place keys of its places (gazetteer.place_keys): what places_apart compares

    @property
    def sources(self):
        return self.given.keys()

    def add(self, fact, event, day=None):
        self.events.update({event} - {None})
        self.days.update({day} - {None})
        self.places.update(fact.places)
        self.keys.update(report_place_keys(fact))
        self.given.setdefault(fact.source, set()).add((fact.value, fact.value_max))

    def update(self, other):
        self.events.update(other.events)
        self.places.update(other.places)
        self.keys.update(other.keys)
        self.days.update(other.days)
        for source, figures in other.given.items():
            self.given.setdefault(source, set()).update(figures)

    @classmethod
    def of(cls, fact, event, day=None):
        family = cls(set(), set(), {}, set(), set())
        family.add(fact, event, day)
        return family


def report_place_keys(fact):
    """The place keys of a report's places (none: an empty set)."""
    return place_keys(frozenset(fact.places)) if fact.places else frozenset()


def joins(head_measure, group, family, measured, fact, event, contexts, near, clauses, day=None, keys=None):
    """Whether a report belongs with a group: the same measure, of the same person or thing,
    the same event, and said alike; another figure than the group's only beside the same words
    ("127 killed", "129 killed"), and never another figure than its own source gives there (one
    article giving two figures describes two things: "the S&P fell 1.74%", "the Nasdaq 1.76%");
    keys: report_place_keys(fact), if the caller has them."""
    head = group[0]
    keys = report_place_keys(fact) if keys is None else keys
    # The places first: a story's reports of one measure in many towns mostly stop here, and
    # "the road to Lyman was closed", "the road to Sumy was closed" are two roads however alike.
    if named_apart(keys, family.keys):  # places_apart, on keys made once
        return False
    if not (same_measure(head_measure, measured) and same_subject(head, fact)
            and same_person_if_aged(head, fact, family.places) and events_agree(family.events, event)):
        return False
    if day is not None and family.days and day not in family.days:
        return False  # "50% of homes without power on 25 September", "... on 12 September": two days, two facts
    own = family.given.get(fact.source, ())
    if own and (fact.value, fact.value_max) not in own:
        return False
    if not (alike(contexts, near, group, fact) or event is not None and event in family.events):
        return False  # said alike, or of the same event: "forcing 8,000 residents to flee", "8,000 residents left their homes"
    if figure(fact) == figure(head) or agree(figure(head), figure(fact)):
        return True
    return clauses is None or any(same_thing(clauses, other, fact) for other in group[:ALIKE_SAMPLE])


def compatible(first, second):
    """Whether two groups may become one: one event, places not apart, and no source giving
    another figure in one than in the other."""
    return (not named_apart(first.events, second.events) and not named_apart(first.days, second.days)
            and not named_apart(first.keys, second.keys)  # places apart
            and all(first.given[source] == second.given[source] for source in first.given.keys() & second.given.keys()))


class BucketGroups:
    """The groups of one value bucket, found by their places' keys: a report naming places can
    join only a group naming one of them or none (named_apart), so it is compared with those
    alone, however many towns a story's reports of one measure are spread over."""

    def __init__(self):
        self.every, self.unplaced, self.by_key = [], [], {}

    def add(self, index, keys):
        self.every.append(index)
        if not keys:
            self.unplaced.append(index)  # kept when the group names places later: joins decides
        self.placed(index, keys)

    def placed(self, index, keys):
        for key in keys:
            self.by_key.setdefault(key, []).append(index)

    def grown(self, index, family, change):
        """change() adds to family, the group index's: its new place keys are indexed."""
        before = set(family.keys)
        change()
        if len(family.keys) > len(before):
            self.placed(index, family.keys - before)

    def candidates(self, keys):
        if not keys:
            return self.every
        return [*self.unplaced, *(index for key in keys for index in self.by_key.get(key, ()))]


def cluster(facts, contexts, near=None, events=None, clauses=None, days=None, partitioned=None):
    """Order-stable: each fact joins the groups it matches (see joins), which become one, then
    groups of one telling figure join (join_unambiguous).

    A fact is only compared with groups of its own partition (partition_of: its kind and unit),
    so each partition is clustered alone (cluster_partition) and its groups are the same
    whatever the others hold; partitioned(partitions, cluster_one, inputs_of): the groups of
    every partition ({partition: facts in order} -> {partition: groups}), by default each
    clustered here, where a process building again and again may keep those of partitions whose
    inputs_of(facts), all that clustering reads of them, are as they were (cache.Kept.clustered).
    near: fact id -> near_words (none given: none shared); events: fact id -> event_of (none
    given: none named); clauses: fact id -> clause_words (none given: close figures join as the
    same); days: fact id -> the (month, day) its when names.
    """
    near = near if near is not None else {fact.id: frozenset() for fact in facts}
    events, days = events or {}, days or {}
    partitions = {}
    for fact in facts:
        partitions.setdefault(partition_of(fact), []).append(fact)

    def cluster_one(members):
        return cluster_partition(members, contexts, near, events, clauses, days)

    def inputs_of(members):  # all that clustering reads of a partition's reports (not a label, a status)
        return tuple((tuple(getattr(f, name) for name in GROUPED_BY), contexts[f.id], near[f.id], events.get(f.id),
                      (clauses or {}).get(f.id), days.get(f.id)) for f in members)
    by_partition = (partitioned or each_clustered)(partitions, cluster_one, inputs_of)
    order = {fact.id: n for n, fact in enumerate(facts)}
    # the groups as one clustering of all facts orders them: by the report each was opened by
    groups = sorted((group for groups in by_partition.values() for group in groups), key=lambda g: order[g[0].id])
    families = []
    for group in groups:
        family = Family.of(group[0], events.get(group[0].id), days.get(group[0].id))
        for fact in group[1:]:
            family.add(fact, events.get(fact.id), days.get(fact.id))
        families.append(family)
    return join_unambiguous(groups, families, [measure(group[0]) for group in groups])


def partition_of(fact):
    """(kind, unit) of what a fact measures: facts of two partitions never join in clustering."""
    kind, unit, *_ = measure(fact)
    return kind, unit


def each_clustered(partitions, cluster_one, inputs_of=None):
    return {partition: cluster_one(members) for partition, members in partitions.items()}


def cluster_partition(facts, contexts, near, events, clauses, days):
    """The groups of one partition's facts (cluster), in the order they were opened.

    Only groups in neighbouring value buckets can match, and of those only the ones whose places
    are not apart, so each fact is compared with a few groups rather than all of them.
    """
    events, days = events or {}, days or {}
    groups, heads, families, buckets = [], [], [], {}  # heads: each group's first fact's measure, made once
    bucket_of = []  # each group's bucket, where its places are indexed
    order = {fact.id: n for n, fact in enumerate(facts)}
    for fact in facts:
        measured, event = measure(fact), events.get(fact.id)
        kind, unit, step = value_bucket(measured)
        keys = report_place_keys(fact)
        candidates = sorted({i for s in (step - 1, step, step + 1) if (kind, unit, s) in buckets
                             for i in buckets[kind, unit, s].candidates(keys) if groups[i]})
        matched = [i for i in candidates
                   if joins(heads[i], groups[i], families[i], measured, fact, event, contexts, near, clauses,
                            days.get(fact.id), keys)]
        if not matched:
            bucket = buckets.setdefault((kind, unit, step), BucketGroups())
            bucket.add(len(groups), keys)
            bucket_of.append(bucket)
            groups.append([fact])
            heads.append(measured)
            families.append(Family.of(fact, event, days.get(fact.id)))
            continue
        into = matched[0]
        for other in matched[1:]:  # the report says the two groups are one: they become one
            if compatible(families[into], families[other]) and same_measure(heads[into], heads[other]):
                groups[into] = sorted(groups[into] + groups[other], key=lambda f: order[f.id])
                bucket_of[into].grown(into, families[into], lambda: families[into].update(families[other]))
                groups[other] = []
        groups[into].append(fact)
        bucket_of[into].grown(into, families[into], lambda: families[into].add(fact, event, days.get(fact.id)))
    return [group for group in groups if group]


LOOSE_KINDS = {COUNT, PERCENTAGE, DURATION, AGE, PENALTY}  # whose round figures mean many things in one story
# An article giving one of these twice means one thing ("a 430 ppi display", "a density of 430 ppi");
# two prices, shares, counts or readings of one figure are two ("Allstate lost 2.5%", "the oil
# index slumped 2.5%"; 40C in the morning and 40C again at night).
OWN_UNIT_KINDS = {kind.id for kind in KINDS} - LOOSE_KINDS - {MONEY, TEMPERATURE}


def telling(measured):
    """Whether a figure says by itself what it measures within one story: a measure in a unit
    of its own ("5.1 inches", "2800 mAh", "€10bn") or a figure precise enough ("239 people",
    "0.3 seconds"); never a round count, share or time ("two people", "40%", "30 minutes")."""
    kind, _, vague, value, value_max = measured
    if vague or value is None:
        return False
    return (kind not in LOOSE_KINDS or significant_digits(value) >= 2 or not float(value).is_integer()
            or value_max is not None)


def conversion_reach(measured, head):
    """How many value_bucket steps either side a figure may lie from another that it converts
    to or from: the half of its last digit it may be rounded by ("3 feet" of 1 m, 0.914 m: 16%
    off); one step for a figure without a unit to convert ("239 people")."""
    value = head.value
    if head.kind in LOOSE_KINDS or not head.unit or head.value_max is not None or not value or measured[3] is None:
        return 1
    digits = significant_digits(value)
    half = 0.5 * 10 ** (math.floor(math.log10(abs(value))) - digits + 1) / abs(value)
    return max(1, math.ceil(math.log1p(min(half, 0.5)) / math.log1p(VALUE_TOLERANCE)))


def converted_measure(head_measure, measured, head, other):
    """Whether two figures measure one thing in two units, one converted from the other and rounded
    to its own digits ("3 feet", "1 meter"), though further apart than VALUE_TOLERANCE."""
    return (head_measure[:3] == measured[:3] and figure(head)[1] != figure(other)[1] and head.value_max is None
            and other.value_max is None and agree(figure(head), figure(other)))


def one_figure(head, other):
    """Whether two reports give one figure, or close figures in one unit (a dispute: "2.45 GHz",
    "2.5 GHz"); a conversion neither rounded nor cut off to its figure's digits ("0.33 in" of 8.1 mm)
    is left apart, neither joined nor called a dispute."""
    return same_unit(head, other) or agree(figure(head), figure(other))


def join_unambiguous(groups, families, heads):
    """The groups of one telling figure (see telling) from sources the largest does not cite yet
    join it, unless what they say of it keeps them apart (another event, place or person): each
    source tells it in its own words, and one figure of one measure in one story is one fact."""
    leads, joined = {}, {}  # (kind, unit, vague, step) -> BucketGroups of the groups others join
    rank, bucket_of = {}, {}  # lead -> its place among the leads (the most reported first), its bucket
    for index in sorted(range(len(groups)), key=lambda i: (-len(families[i].sources), i)):
        measured = heads[index]
        kind, unit, step = value_bucket(measured)
        into = None
        if telling(measured) and kind != AGE:
            head = groups[index][0]
            reach = conversion_reach(measured, head)
            nearby = {lead for s in range(step - reach, step + reach + 1) if (kind, unit, measured[2], s) in leads
                      for lead in leads[kind, unit, measured[2], s].candidates(families[index].keys)}
            found = [lead for lead in nearby
                     if (same_measure(heads[lead], measured) or converted_measure(heads[lead], measured, groups[lead][0], head))
                     and compatible(families[lead], families[index])  # a source in both gives the same figure in both
                     and (kind in OWN_UNIT_KINDS or families[lead].sources.isdisjoint(families[index].sources))
                     and same_subject(groups[lead][0], head)
                     and one_figure(groups[lead][0], head)]
            # the group giving its own figure (or that figure converted) before one giving a close other figure
            # ("5.1 inches" joins the 5.1 inches most sources give, not one article's "five-inch phone")
            into = min(found, key=lambda lead: (not agree(figure(groups[lead][0]), figure(head)), rank[lead]),
                       default=None)
        if into is None:
            rank[index] = len(rank)
            bucket_of[index] = leads.setdefault((kind, unit, measured[2], step), BucketGroups())
            bucket_of[index].add(index, families[index].keys)
            continue
        joined[index] = into
        bucket_of[into].grown(into, families[into], lambda: families[into].update(families[index]))
    members = {index: list(group) for index, group in enumerate(groups) if index not in joined}
    for index, into in joined.items():
        members[into] += groups[index]
    join_beside_one_fact(members, families)
    join_sizes_of_one_thing(members, families)
    order = {}
    for group in groups:
        for fact in group:
            order.setdefault(fact.id, len(order))
    first = {index: min(order[f.id] for f in group) for index, group in members.items()}
    return [sorted(members[index], key=lambda f: order[f.id]) for index in sorted(members, key=first.get)]


BESIDE = 80  # characters between two figures of a sentence that stand together ("1 meter and 30 minutes")


def join_beside_one_fact(members, families):
    """Joins, in place, the groups (members: index -> reports) that give one figure in one unit
    from different sources, each beside a report of one fact more than one source gives ("a bonus
    50 seats" beside "the 300-seat parliament", "50 extra seats" beside "300 seats in
    parliament"; "1 meter and 30 minutes", "3 feet of water for up to 30 minutes"): round figures
    whose own words differ, told by the corroborated figure they stand with. Never an age, a
    figure without a number, or where the two name different events, places or persons.
    Linear: sentences are indexed, and only groups of one exact figure are compared."""
    group_of, at = {}, {}
    sentence = {}  # (source, anchor) -> [(position, group index)]
    for index, reports in members.items():
        for f in reports:
            group_of[f.id] = index
            place = f.quote.find(f.text)
            if place >= 0:
                sentence.setdefault((f.source, f.anchor), []).append((place, index))
    corroborated = {index for index, reports in members.items() if len({f.source for f in reports}) > 1}
    beside = {}  # group index -> the corroborated groups one of its reports stands beside
    for figures in sentence.values():
        if len(figures) < 2:
            continue
        figures.sort()
        for n, (place, index) in enumerate(figures):
            near = {other for other_place, other in figures[max(0, n - 3):n + 4]
                    if other != index and other in corroborated and abs(other_place - place) <= BESIDE}
            if near:
                beside.setdefault(index, set()).update(near)
    same_figure = {}
    for index in beside:
        head = members[index][0]
        if head.kind == AGE or is_vague(head):
            continue
        same_figure.setdefault((head.kind, unit_key(head.kind, head.unit), head.value, head.value_max), []).append(index)
    for indexes in same_figure.values():
        indexes.sort(key=lambda i: (-len(families[i].sources), i))
        for n, index in enumerate(indexes):
            if index not in members:
                continue
            for other in indexes[n + 1:]:
                if (other in members and families[index].sources.isdisjoint(families[other].sources)
                        and families[index].events == families[other].events
                        and compatible(families[index], families[other])
                        and same_subject(members[index][0], members[other][0])
                        and beside[index] & beside[other]):
                    members[index] += members.pop(other)
                    families[index].update(families[other])


def join_sizes_of_one_thing(members, families):
    """Joins, in place, the groups (members: index -> reports) of one figure that describes one
    thing in other words, from different sources: "the 300-seat parliament" and "the
    300-member parliament" give the size of one parliament (key_facts.described_noun). Never
    where the two name different events, places or persons."""
    by_thing = {}
    for index, reports in members.items():
        things = {(f.value, f.value_max, stem(noun)) for f in reports if (noun := described_noun(f))}
        for thing in things:
            by_thing.setdefault(thing, []).append(index)
    for indexes in by_thing.values():
        indexes.sort(key=lambda i: (-len(families[i].sources), i))
        for n, index in enumerate(indexes):
            for other in indexes[n + 1:]:
                if (index in members and other in members
                        and families[index].sources.isdisjoint(families[other].sources)
                        and families[index].events == families[other].events
                        and compatible(families[index], families[other])
                        and same_subject(members[index][0], members[other][0])):
                    members[index] += members.pop(other)
                    families[index].update(families[other])


CONFLICT_RATIO = 2  # a dispute's figures are of one size: 1,400 and 2,500 housed, not 16 and 2 megapixels
EVENT_RATIO = 1.5  # figures of one event this close dispute it however their sentences run: 40% and 60% lost
EVENT_KINDS = {COUNT, PERCENTAGE}  # measured by their event alone: people killed, the share of savings lost
CLOSE_DISPUTE = 0.1  # figures this close beside the same words dispute one measure however their sentences run


def spread(group):
    """(lowest, highest) figure a group gives, in base units."""
    values = [v for f in group for v in in_base_unit(f.value, f.unit)[:1] + in_base_unit(f.value_max, f.unit)[:1]
              if v is not None]
    return min(values), max(values)


def in_conflict(group_a, group_b, contexts, places_a, places_b, clauses, events=None, sentences=None, periods=None,
                wheres=None, spreads=None):
    """Two groups measuring the same thing but giving different figures of one size (closer than
    CONFLICT_RATIO): said in the same words (their own sentences alike and beside the same words),
    of the same event within EVENT_RATIO ("127 killed", "129 killed": counts and shares, while many sums of money are
    lost or spent in one story), or figures within CLOSE_DISPUTE beside the same
    words ("2.1 megapixels up front", "a 2-megapixel front-facing camera").

    contexts here are the sentences' own words: a flag needs the figure's own sentence to
    match, not the sentence before it; places_a and places_b: the places their sentences name;
    clauses: fact id -> clause_words; events: fact id -> event_of; sentences: each group's set of
    (source, anchor); periods: fact id -> the durations its sentence gives, the time a figure
    is counted over; wheres: fact id -> the names after a preposition in its clause. Two figures one sentence or one article gives are two things ("10 hours of
    web browsing and 12 hours of video playback"), or where one went: never a dispute.
    """
    a, b = group_a[0], group_b[0]
    if a.kind != b.kind or unit_key(a.kind, a.unit) != unit_key(b.kind, b.unit) or not same_subject(a, b):
        return False
    (low_a, high_a), (low_b, high_b) = spreads or (spread(group_a), spread(group_b))
    low, high = (high_a, low_b) if high_a < low_b else (high_b, low_a) if high_b < low_a else (0, 0)
    if low <= 0 or high / low >= CONFLICT_RATIO:
        return False  # a range and a figure inside it agree; figures far apart measure other things
    if is_vague(a) != is_vague(b):
        return False
    sources_a, sources_b = {f.source for f in group_a}, {f.source for f in group_b}
    if not sources_a.isdisjoint(sources_b):
        return False  # an article giving both figures describes two things (or how one changed)
    if sentences is not None and not sentences[0].isdisjoint(sentences[1]):
        return False
    if agree(figure(a), figure(b)):
        return False  # "1 meter", "3 feet": one figure in two units
    if places_apart(places_a, places_b):
        return False  # "a man of 34 detained in Poltava", "a man of 89 detained in Lyman": two men
    if not same_where(group_a, group_b, wheres):
        return False  # "89 killed at the Bataclan" is part of "129 killed", no dispute of it
    events = events or {}
    events_a = {events.get(f.id) for f in group_a} - {None}
    events_b = {events.get(f.id) for f in group_b} - {None}
    if named_apart(events_a, events_b):
        return False  # "127 killed", "150 injured"
    if periods is not None:
        periods_a, periods_b = set().union(*(periods[f.id] for f in group_a)), set().union(*(periods[f.id] for f in group_b))
        if named_apart(periods_a, periods_b):
            return False  # "10 million shipped in 25 days", "12 million sold in three months"
    # A few reports of each side tell as well as all of them, and keep big groups from costing
    # the product of their sizes.
    sample_a, sample_b = group_a[:CONFLICT_SAMPLE], group_b[:CONFLICT_SAMPLE]
    if any(similarity(contexts[x.id], contexts[y.id]) >= CONFLICT_THRESHOLD and same_thing(clauses, x, y)
           for x in sample_a for y in sample_b):
        return True
    if a.kind in EVENT_KINDS and high / low <= EVENT_RATIO and events_a & events_b:
        return True
    return (same_unit(a, b) and high / low <= 1 + CLOSE_DISPUTE
            and any(same_thing(clauses, x, y) for x in sample_a for y in sample_b))


def same_unit(a, b):
    """One unit as written, a count's noun in the singular or plural alike: no conversion between."""
    return unit_key(a.kind, a.unit) == unit_key(b.kind, b.unit) if a.kind == COUNT else a.unit == b.unit


def same_where(group_a, group_b, wheres):
    """Whether two groups name the same where beside their figures, or neither names one: "89
    killed at the Bataclan" is part of "129 killed", not a dispute of it."""
    if wheres is None:
        return True
    where_a = set().union(*(wheres[f.id] for f in group_a))
    where_b = set().union(*(wheres[f.id] for f in group_b))
    return where_a == where_b or bool(where_a & where_b)


def apart_after(clauses, a, b):
    """Whether the words after two figures differ all through ("10 hours of web browsing", "12
    hours of video playback")."""
    after_a, after_b = clauses[a.id][1], clauses[b.id][1]
    return named_apart(after_a, after_b)


def same_thing(clauses, a, b):
    """Whether two figures stand beside the same words (clauses: fact id -> clause_words): one
    shared ("127 killed", "150 killed") and none apart after them ("4GB of memory" and "64GB of
    storage" are two things, however alike their sentences)."""
    (around_a, after_a), (around_b, after_b) = clauses[a.id], clauses[b.id]
    return bool(around_a & around_b) and not named_apart(after_a, after_b)


EVENT_WORD = "\x00"  # an event as a word groups are paired by: no word of a text begins so


def conflict_partition(fact):
    """(kind, unit key) of what a group measures: groups of two partitions never conflict."""
    return fact.kind, unit_key(fact.kind, fact.unit)


def conflict_candidates(groups, members, contexts, events=None):
    """Pairs of groups of one partition (members: their indexes, in order), as positions in
    members (a < b), worth comparing: sharing a distinctive word or event.

    Words found in most groups of a partition ("said", the story's main place) cannot tell
    two facts apart, so they do not make pairs; this keeps the work near-linear.
    """
    events = events or {}
    postings = {}
    for position, index in enumerate(members):
        words = set().union(*(contexts[f.id] for f in groups[index]))
        words.update(EVENT_WORD + events[f.id] for f in groups[index] if events.get(f.id))
        for word in words:
            postings.setdefault(word, []).append(position)
    common = max(50, len(members) // 20)
    pairs = set()
    for positions in postings.values():
        if len(positions) <= common:
            pairs.update((a, b) for n, a in enumerate(positions) for b in positions[n + 1:])
    return sorted(pairs)


def periods_of(groups):
    """fact id -> the durations (value, unit) the other figures of its sentence give."""
    in_sentence = {}
    for group in groups:
        for f in group:
            if f.kind == DURATION:
                in_sentence.setdefault((f.source, f.anchor), set()).add((f.value, f.unit))
    return {f.id: frozenset(in_sentence.get((f.source, f.anchor), set()) - {(f.value, f.unit)})
            for group in groups for f in group}


def find_conflicts(groups, contexts, clauses, events=None, wheres=None, days=None, partitioned=None):
    """group index -> indexes of the groups it conflicts with; days: fact id -> the (month, day)
    its when names: figures of two different days are no dispute.

    Only groups of one partition (conflict_partition) can conflict, so each is looked at alone:
    partitioned(partitions, find_one, inputs_of) gives the pairs of every partition ({partition:
    group indexes} -> {partition: pairs of positions in them}), by default each found here,
    where a process building again and again may keep those of partitions whose inputs_of, all
    that is read of their groups, are as they were (cache.Kept.conflicted)."""
    periods = periods_of(groups)
    days = days or {}
    partitions = {}
    for index, group in enumerate(groups):
        partitions.setdefault(conflict_partition(group[0]), []).append(index)

    def find_one(members):
        named_days = [{days.get(f.id) for f in groups[i]} - {None} for i in members]
        places = [{p for f in groups[i] for p in f.places} for i in members]
        sentences = [{(f.source, f.anchor) for f in groups[i]} for i in members]
        spreads = [spread(groups[i]) for i in members]
        found = []
        for a, b in conflict_candidates(groups, members, contexts, events):
            if named_apart(named_days[a], named_days[b]):
                continue  # "on 12 September", "on 25 September": two days' figures, no dispute
            if in_conflict(groups[members[a]], groups[members[b]], contexts, places[a], places[b], clauses, events,
                           (sentences[a], sentences[b]), periods, wheres, (spreads[a], spreads[b])):
                found.append((a, b))
        return found

    def inputs_of(members):  # all that find_one reads of a partition's groups (not a label, a status)
        return tuple((tuple(tuple(getattr(f, name) for name in GROUPED_BY) for f in groups[i]),
                      tuple((contexts[f.id], (clauses or {}).get(f.id), (events or {}).get(f.id),
                             (wheres or {}).get(f.id), days.get(f.id), periods[f.id]) for f in groups[i]))
                     for i in members)
    conflicts = {i: [] for i in range(len(groups))}
    for partition, pairs in (partitioned or each_found)(partitions, find_one, inputs_of).items():
        members = partitions[partition]
        for a, b in pairs:
            conflicts[members[a]].append(members[b])
            conflicts[members[b]].append(members[a])
    return {i: sorted(others) for i, others in conflicts.items()}


def each_found(partitions, find_one, inputs_of=None):
    return {partition: find_one(members) for partition, members in partitions.items()}


def says_what_it_measures(fact):
    """Whether a report's label has words besides its figure as written and its qualifier: "2GB
    of RAM", "RAM: 2GB", not "2GB", "2800 mAh" or "up to 128GB" (a spec sheet's line, a list's item)."""
    rest = fact.label.lower().replace(fact.text.lower(), " ")
    qualifier = set((fact.qualifier or "").lower().split())
    return any(token not in qualifier and not any(c.isdigit() for c in token) and sum(c.isalpha() for c in token) >= 2
               for token in rest.split())


def representative(group, sentence_words=None):
    """The report a merged fact shows: the first a reviewer confirmed, else, of three or more,
    one giving the figure as most reports give it (value, unit and qualifier: a lone "more than"
    never heads it) and, of those, the one put most as the others put it (its sentence's words
    most held by theirs: "16 and 32GB storage models" over an advert's "Buy … 16GB at Amazon"),
    else the first; in each case one whose label says what it measures where one does (a spec
    sheet's "Battery: 2800 mAh" labelled "2800 mAh" holds few words, all of them shared).
    sentence_words: fact id -> the content words of its sentence (Grouped.sentence_contexts)."""
    confirmed = next((f for f in group if f.status == CONFIRMED), None)
    if confirmed is not None or sentence_words is None or len(group) < 3:
        return confirmed or next((f for f in group if says_what_it_measures(f)), group[0])
    given = Counter((f.value, f.value_max, f.unit, f.qualifier) for f in group)
    most = max(given.values())
    candidates = [i for i, f in enumerate(group) if given[(f.value, f.value_max, f.unit, f.qualifier)] == most]
    candidates = [i for i in candidates if says_what_it_measures(group[i])] or candidates
    words = [sentence_words[f.id] for f in group]
    held_by = Counter(word for own in words for word in own)
    # How many other reports share each of its words, on average: linear in the group's words,
    # where comparing every pair would not be (a figure hundreds of sources report).
    shared = {i: sum(held_by[word] - 1 for word in words[i]) / len(words[i]) if words[i] else 0 for i in candidates}
    return group[max(candidates, key=lambda i: (shared[i], -i))]


class Grouped(NamedTuple):
    """The reports of each real-world fact, before they are made into MergedFacts."""
    groups: list  # of lists of Fact, in the order their first report appears
    ids: list  # each group's merged fact's id
    sentence_contexts: dict  # fact id -> the content words of its own sentence: what conflicts are told by
    clauses: dict  # fact id -> clause_words: figures beside different words measure different things
    events: dict = {}  # fact id -> event_of: what happened to what it counts, where its clause says
    wheres: dict = {}  # fact id -> where_of: the names its clause places it at ("at the Bataclan")
    published: dict = {}  # source id -> its publication day (YYYY-MM-DD), or None
    languages: dict = {}  # source id -> the code of its language
    days: dict = {}  # fact id -> the (month, day) its when names, or None


def report_words(source, facts):
    """{fact id: ReportWords} of one source's published facts: what merging reads of their
    sentences, which depends on nothing else (report_words_key), so a rebuild may keep it."""
    language = source_language(source)
    before = previous_sentences([source], facts)
    words = {}
    for f in facts:
        around, in_sentence = context_words(f, before[(f.source, f.anchor)], language)
        words[f.id] = ReportWords(around, in_sentence, near_words(f, language), event_of(f, language),
                                  *clause_words(f, language), where_of(f, language), day_named(f.when, language))
    return words


def report_words_key(source, facts):
    """What report_words reads: the source as a file (its sentences, its language) and each
    published fact's sentence, words, places and when."""
    return repr((source.digest, [(f.id, f.anchor, f.text, f.quote, f.places, f.when) for f in facts]))


# What grouping reads of a report: all but what review and scoring set. Reports alike in the
# rest (and in their sentences' words) group alike, whatever a reviewer's label or status says.
NOT_GROUPED_BY = frozenset({"label", "status", "score", "key", "key_by_reviewer", "note"})
GROUPED_BY = tuple(f.name for f in dataclasses.fields(Fact) if f.name not in NOT_GROUPED_BY)


def grouping_key(sources, facts_by_source, words_keys):
    """A digest of all that grouping and conflicts read: each source's report_words_key and its
    published facts but for NOT_GROUPED_BY. The same key, the same groups and conflicts."""
    return hashlib.sha1(repr([(words_keys[source.id], [tuple(getattr(f, name) for name in GROUPED_BY)
                                                       for f in facts_by_source[source.id]])
                              for source in sources]).encode("utf-8")).hexdigest()


def group_reports(sources, facts_by_source, words_by_source=None, grouped_ids=None, partitioned=None):
    """The extracted facts grouped into real-world facts (sources sorted, then reading order);
    words_by_source: {source id: report_words} where known, the rest are made here;
    grouped_ids: the groups as fact ids where known (a build whose grouping_key was the same).
    A change is grouped as the figure it reached (as_level); a group of changes alone stays one."""
    changes = {f.id: f for source in sources for f in facts_by_source[source.id] if f.change}
    facts = [as_level(f) if f.id in changes else f for source in sources for f in facts_by_source[source.id]]
    known = words_by_source or {}
    words = {}
    for source in sources:
        found = known.get(source.id)
        words.update(found if found is not None else report_words(source, facts_by_source[source.id]))
    clauses = {fact_id: (w.clause, w.clause_after) for fact_id, w in words.items()}
    events = {fact_id: w.event for fact_id, w in words.items()}
    days = {fact_id: w.day for fact_id, w in words.items()}
    if grouped_ids is None:
        groups = cluster(facts, {fact_id: w.around for fact_id, w in words.items()},
                         {fact_id: w.near for fact_id, w in words.items()}, events, clauses, days, partitioned)
    else:
        by_id = {f.id: f for f in facts}
        groups = [[by_id[fact_id] for fact_id in ids] for ids in grouped_ids]
    groups = [[changes[f.id] for f in group] if all(f.id in changes for f in group) else group for group in groups]
    taken = set()
    return Grouped(groups, [merged_id(group[0], taken) for group in groups],
                   {fact_id: w.in_sentence for fact_id, w in words.items()}, clauses, events,
                   {fact_id: w.where for fact_id, w in words.items()}, publication_days(sources),
                   {source.id: source_language(source) for source in sources}, days)


def as_level(change):
    """A change as the figure it reached, what it tells of the world now: "the death toll rose
    from 57 to 63" reports 63 deaths, beside the sources that give 63 (or dispute it with 62).
    Its figure as written is the last of its words that holds a digit, and the words after it
    ("$900 to $1,200": "$1,200"; "1,200 people to 1,500 people": "1,500 people")."""
    reached = LAST_FIGURE.search(change.text)
    return replace(change, value=change.value_max, value_max=None, change=False, qualifier=None, also=None,
                   text=reached[0] if reached else change.text)



def publication_days(sources):
    """source id -> the day its front matter's published: gives (YYYY-MM-DD), or None."""
    days = {}
    for source in sources:
        day = published_date(source.meta.get("published"))
        days[source.id] = day.isoformat() if day else None
    return days


def group_conflicts(grouped, partitioned=None):
    """find_conflicts of a Grouped: group index -> indexes of the groups it conflicts with."""
    return find_conflicts(grouped.groups, grouped.sentence_contexts, grouped.clauses, grouped.events, grouped.wheres,
                          grouped.days, partitioned)


def merged_facts(grouped):
    """One MergedFact per group, without its conflicts yet (with_conflicts)."""
    merged = []
    days = grouped.published
    for index, group in enumerate(grouped.groups):
        head = representative(group, grouped.sentence_contexts)
        value, value_max = figures_given(group, head)
        sides = figure_sides(group, grouped.ids[index])
        merged.append(MergedFact(
            id=grouped.ids[index],
            kind=head.kind,
            value=value,
            value_max=value_max,
            unit=head.unit,
            # "nearly" belongs to one source's figure, not to the range the sources give between them
            qualifier=head.qualifier if (value, value_max) == (head.value, head.value_max) else None,
            label=head.label,
            subject=head.subject,
            places=one_spelling_each(p for f in group for p in f.places),
            citations=tuple(Citation(f.source, f.id, f.anchor, f.text, f.quote, f.status, days.get(f.source),
                                     f.qualifier) for f in group),
            text=head.text,
            per=head.per,
            change=head.change and (value, value_max) == (head.value, head.value_max),
            when=head.when,
            also=restated(group, value, value_max, head.unit),
            score=merged_score(group),
            key=merged_key(group, is_vague(head)),
            disagreements=describe_disagreements(group, grouped.languages),
            wording=wording_differences(group),
            event=group_event(group, grouped.events),
            sides=sides,
            history=(),  # told by with_conflicts, once it is known whose sides join this fact's
            reviewer_key=reviewer_choice(group),
        ))
    return merged


def one_spelling_each(places):
    """The places in order, each once in whatever script or case it is written (the first
    spelling of it): "Belgorod", not "Белгороде" beside it."""
    seen = {}
    for place in places:
        seen.setdefault(place_key(place), place)
    return tuple(seen.values())


def group_event(group, events):
    """The event most of a group's reports name (the first named, of as many), or None."""
    named = Counter(events[f.id] for f in group if events.get(f.id))
    return named.most_common(1)[0][0] if named else None


def figure_sides(group, fact_id):
    """(Side, ...) of a group whose reports give more than one figure, lowest first: each figure
    with the sources giving it; a figure rounded or converted from another is that one (5.1 oz of
    5.11 oz, 3,100 mi² of 8,000 km²). () where they give one, or give amounts without a figure."""
    if len(group) < 2 or any(is_vague(f) or f.value_max is not None for f in group):
        return ()
    given = {}  # (value, unit) -> [figure as first written, base value, {source id: as it says it}]
    # Where each (value, unit) goes, found once: given only grows after the key found first.
    goes_to = {}
    for f in without_roundings(group) + group:  # the precise figures first: roundings join them
        unit = compared_unit(f)
        found = goes_to.get((f.value, unit))
        if found is None:
            found = next((key for key in given if key == (f.value, unit) or agree(key, (f.value, unit))), None)
        if found is None:
            found = (f.value, unit)
            given[found] = [format_figure(f), in_base_unit(f.value, f.unit)[0], {}]
        goes_to[f.value, unit] = found
        figure, _, said = given[found]
        said.setdefault(f.source, qualified(figure, f.qualifier, f.text))
    if len(given) < 2:
        return ()
    order = {}
    for f in group:
        order.setdefault(f.source, len(order))
    sides = []
    for figure, base, said in given.values():
        sources = tuple(sorted(said, key=order.get))
        sides.append(Side(figure, base, sources, fact_id, tuple(said[source] for source in sources)))
    return tuple(sorted(sides, key=lambda side: (side.base, side.figure)))


def figure_history(sides, days):
    """(Dated, ...) of the sides' sources that give a publication day, by day (then figure,
    source), where they span more than one day; () otherwise: one day's reports tell no change."""
    dated = sorted((Dated(days[source], source, side.figure, side.base, side.fact, said)
                    for side in sides for source, said in said_by(side) if days.get(source)),
                   key=lambda d: (d.published, d.base, d.source))
    return tuple(dated) if len({d.published for d in dated}) > 1 else ()


def said_by(side):
    """(source id, its figure as it says it) of each source of a side; a side made without
    what each says (Side.said empty) has them say its figure."""
    return zip(side.sources, side.said or itertools.repeat(side.figure))


def own_side(merged):
    """A merged fact's sides, or the one it gives: (Side,), its sources in citation order."""
    if merged.sides:
        return merged.sides
    figure, said = format_figure(merged), {}
    for c in merged.citations:
        said.setdefault(c.source, qualified(figure, c.qualifier, c.text))
    return (Side(figure, in_base_unit(merged.value, merged.unit)[0], tuple(said), merged.id, tuple(said.values())),)


def conflict_sides(merged, others):
    """The sides of a merged fact and of those it conflicts with, lowest first; one figure given
    by several of them is one side (the first's)."""
    given = {}
    for fact in (merged, *others):
        for side in own_side(fact):
            found = given.get((side.base, side.figure))
            if found is not None:
                added = [(source, said) for source, said in said_by(side) if source not in found.sources]
                side = replace(found, sources=found.sources + tuple(source for source, _ in added),
                               said=tuple(said for _, said in said_by(found)) + tuple(said for _, said in added))
            given[(side.base, side.figure)] = side
    return tuple(given[key] for key in sorted(given))


def conflict_history(merged, others, sides):
    """figure_history of a merged fact and those it conflicts with: their citations' days."""
    days = {c.source: c.published for fact in (merged, *others) for c in fact.citations}
    return figure_history(sides, days)


def restated(group, value, value_max, unit):
    """The figure restated in brackets by the first report that gives the merged fact's own figure so."""
    return next((f.also for f in group if f.also and (f.value, f.value_max, f.unit) == (value, value_max, unit)), None)


def figures_given(group, head):
    """(value, value_max) a merged fact shows: its head's, or, where its sources give different
    figures in one unit ("127 people killed", "129 people killed"), the lowest to the highest,
    so that no one figure heads it as if the sources agreed on it."""
    if is_vague(head) or head.status == CONFIRMED or any(f.value_max is not None or f.unit != head.unit for f in group):
        return head.value, head.value_max
    given = without_roundings(group)
    low, high = min(f.value for f in given), max(f.value for f in given)
    return (low, high) if low != high else (low, None)


def with_conflicts(merged, conflicts):
    """The merged facts with the ids of those each conflicts with (conflicts: group_conflicts).
    A dispute is one fact to a reader: the fact it is shown under (leads_dispute) cites every
    report of the figures it is in conflict with, as its sides name their sources; each other
    figure stays a fact of its own, one side of it."""
    reported = [m.source_count for m in merged]
    return with_most_reported_key([told_with_rivals(m, rivals_of(i, merged, conflicts, reported),
                                                    leads_dispute(i, conflicts[i], reported))
                                   for i, m in enumerate(merged)])


def rivals_of(index, merged, conflicts, reported):
    """The merged facts the one at index conflicts with, most reported first (the likeliest
    rivals of it), MAX_RIVALS at most; reported: each one's source count."""
    return tuple(merged[j] for j in sorted(conflicts[index], key=lambda j: (-reported[j], j)))[:MAX_RIVALS]


def told_with_rivals(m, others, leads):
    """One merged fact of with_conflicts: with its history, and with its rivals (others) where
    it has any; leads: whether its dispute is shown under it (leads_dispute). Of these alone."""
    if not others:
        return replace(m, history=figure_history(m.sides, {c.source: c.published for c in m.citations})) \
            if m.sides else m
    sides = conflict_sides(m, others)
    changed = dict(conflicts=tuple(other.id for other in others), sides=sides,
                   history=conflict_history(m, others, sides))
    if leads:
        cited = {c.fact for c in m.citations}
        changed["citations"] = m.citations + tuple(c for other in others for c in other.citations
                                                   if c.fact not in cited)
        changed["disagreements"] = tuple(line for line in m.disagreements if not line.startswith(FIGURES_DIFFER)) + (
            FIGURES_DIFFER + ", ".join(side.figure for side in sides),)
        # each source of the dispute reports the measure: it scores as their fact
        added = len({c.source for c in changed["citations"]}) - m.source_count
        changed["score"] = m.score + FURTHER_SOURCE * added
        changed["key"] = m.key or (m.reviewer_key is None and not is_vague(m) and changed["score"] >= KEY_SCORE)
    return replace(m, **changed)


def with_most_reported_key(merged):
    """The merged facts, those among the story's most reported figures key (most_reported), but
    where a reviewer said otherwise."""
    keys = [i for i in most_reported(merged, is_vague) if not merged[i].key and merged[i].reviewer_key is None]
    if not keys:
        return merged
    merged = list(merged)
    for i in keys:
        merged[i] = replace(merged[i], key=True)
    return merged


def leads_dispute(index, rivals, reported):
    """Whether a merged fact is the one its dispute is shown under: the most reported of it and
    the facts it conflicts with (reported: each one's source count), the first of as many."""
    return all((-reported[index], index) < (-reported[j], j) for j in rivals)


def merge_facts(sources, facts_by_source):
    """MergedFacts in the order their first report appears (sources sorted, then reading order)."""
    grouped = group_reports(sources, facts_by_source)
    return with_conflicts(merged_facts(grouped), group_conflicts(grouped))


def names_ended(keys):
    """{alias key of a name: alias key of the one longer name it ends}, among person keys: Hollande,
    Francois Hollande; a name ending two only when one of them ends the other (Dijk: Lars van Dijk,
    beside Van Dijk). Each key is indexed by its endings: linear in the names."""
    ending = {}
    for key in keys:
        words = key.split()
        for n in range(1, len(words)):
            ending.setdefault(" ".join(words[n:]), set()).add(key)
    joined = {key: next(iter(ending[key])) for key in keys if len(ending.get(key, ())) == 1}
    for key in keys:
        longest = {joined.get(full, full) for full in ending.get(key, ())}
        if len(longest) == 1:
            joined[key] = longest.pop()
    return {key: joined.get(full, full) for key, full in joined.items()}


def merge_entities(found_by_source, quotes_by_source):
    """Entities across sources: one per kind and alias key (Sergej, Sergey and Sergei are one; in any
    script, Немчинова and Nemchinova; a place by the gazetteer's name of it, Белгороде and Belgorod),
    a person's name alone the one full name across the site that ends with it ("Hollande" is
    "Francois Hollande", a spelling of theirs), named by the spelling most used of the full
    name; each person with the quotes they speak and the roles the sources give them."""
    groups = {}
    for source_id, found in found_by_source.items():
        for kind, name, anchors, roles in found:
            key = alias_key(place_key(name) if kind == "place" else name)  # "Белгороде" is Belgorod
            group = groups.setdefault((kind, key), {"spellings": {}, "mentions": [], "roles": []})
            group["spellings"][name] = group["spellings"].get(name, 0) + len(anchors) + 1
            group["mentions"] += [(source_id, anchor) for anchor in anchors]
            group["roles"] += [(role, (source_id, anchor)) for anchor, role in roles]
    joined = {("person", key): ("person", full)
              for key, full in names_ended({key for kind, key in groups if kind == "person"}).items()}
    joined.update(acronyms_spelt_out(groups))
    joined.update(described_names(groups, joined))
    for key, full in joined.items():
        group, into = groups.pop(key), groups[full]
        for name in group["spellings"]:
            into["spellings"].setdefault(name, 0)  # a spelling seen, never the page's name
        into["mentions"] += group["mentions"]
        into["roles"] += group["roles"]
    speakers = {}
    for quotes in quotes_by_source.values():
        for quote in quotes:
            if quote.speaker:
                key = ("person", alias_key(quote.speaker))
                speakers.setdefault(joined.get(key, key), []).append(quote)
    entities, taken = [], set()
    for (kind, key), group in sorted(groups.items(), key=lambda item: (list(ENTITY_KINDS).index(item[0][0]), item[0][1])):
        spellings = sorted(group["spellings"], key=lambda n: (-group["spellings"][n], n))
        base = slug(f"{kind} {spellings[0]}")
        entity_id, n = base, 2
        while entity_id in taken:
            entity_id, n = f"{base}-{n}", n + 1
        taken.add(entity_id)
        entities.append(Entity(entity_id, kind, spellings[0], tuple(sorted(spellings[1:])),
                               tuple(dict.fromkeys(group["mentions"])), tuple(speakers.get((kind, key), ())),
                               merged_roles(group["roles"])))
    return entities


def acronyms_spelt_out(groups):
    """{(organisation, acronym's key): (organisation, full name's key)} where one organisation's
    name is another's initials: "IMF" is the International Monetary Fund, "ECB" the European
    Central Bank (an acronym two names could stand for stays apart)."""
    spelt = {}
    for kind, key in groups:
        if kind == "organisation":
            for name in groups[(kind, key)]["spellings"]:
                if initials(name):
                    spelt.setdefault(initials(name), set()).add(key)
    return {("organisation", key): ("organisation", next(iter(spelt[name])))
            for kind, key in groups if kind == "organisation"
            for name in list(groups[(kind, key)]["spellings"])[:1]
            if name.isupper() and len(spelt.get(name, ())) == 1 and key not in spelt[name]}


def described_names(groups, joined):
    """{(organisation, key): (organisation, the shortest key ending it)} of an organisation named
    with words describing it before a name the site gives alone: "Socialist PASOK" is Pasok
    ("the pro-bailout Socialist PASOK party"); not where the name holds an organisation's own
    word ("European Central Bank" is no "Central Bank")."""
    keys = {key for kind, key in groups if kind == "organisation" and ("organisation", key) not in joined}
    found = {}
    for key in keys:
        words = key.split()
        spelling = next(iter(groups[("organisation", key)]["spellings"]))
        tail = next((" ".join(words[n:]) for n in range(len(words) - 1, 0, -1) if " ".join(words[n:]) in keys), None)
        if tail is not None and not is_organisation(spelling):
            found[("organisation", key)] = ("organisation", tail)
    return found


def merged_roles(found):
    """((role, mentions), ...) of the (role, (source id, anchor)) found: one per role whatever its
    case ("Police chief", "police chief"), written as most sentences write it; a role that ends a
    longer one is that one ("President" of "Cypriot President"); the roles most sources give
    first, then in the order found."""
    by_key = {}
    for role, mention in found:
        entry = by_key.setdefault(role.casefold(), {"spellings": {}, "mentions": {}})
        entry["spellings"][role] = entry["spellings"].get(role, 0) + 1
        entry["mentions"].setdefault(mention)
    ending = {}  # each role indexed by its endings: linear in the roles
    for key in by_key:
        words = key.split()
        for n in range(1, len(words)):
            ending.setdefault(" ".join(words[n:]), []).append(key)
    for key in sorted(by_key, key=lambda k: len(k.split())):
        longer = ending.get(key)  # all longer, so none joined another yet
        if longer:  # the most sentences' of the longer roles that end with it
            into = by_key[max(longer, key=lambda k: len(by_key[k]["mentions"]))]
            into["mentions"].update(by_key.pop(key)["mentions"])
    ordered = sorted(by_key.values(), key=lambda e: -len({source for source, _ in e["mentions"]}))  # stable
    return tuple((max(e["spellings"], key=e["spellings"].get), tuple(e["mentions"])) for e in ordered)


def with_owners(merged, entities, languages=None):
    """The merged facts, each without a subject given the organisation or person whose figure it
    is where most of its reports (of its first OWNER_SAMPLE) name the same one nearest before
    the figure in their sentences ("New Democracy has 29.7% of the vote (129 seats)", "the
    conservative New Democracy party gaining about 30 per cent of the vote and 129 seats"): what
    a figure the sources differ on measures when its own words say no more ("128 to 129 seats:
    New Democracy"). A name is looked for in every report, not only where its source marks it
    as a body: "Syriza 26.9% (71)". A person owns a figure only where a verb of getting follows
    the name ("Ana Diaz won 52%", the language's OWNER_VERBS) or it is a possessive ("Diaz's
    52%"): the one named before a figure is most often who gives it ("Ana Diaz said 12 ...").
    languages: {source id: its language's code}."""
    by_first_word = {}  # first word, case folded -> [(the name's words, case folded; the name; a person's)]
    for entity in entities:
        if entity.kind in ("organisation", "person"):
            person = entity.kind == "person"
            spellings = {tuple(NAME_WORD.findall(spelling.casefold())) for spelling in (entity.name, *entity.aliases)}
            if person:  # "Lopez won 51.8%": a person named again by surname
                spellings |= {words[-1:] for words in list(spellings) if len(words) > 1}
            for words in sorted(spellings):
                if words:
                    by_first_word.setdefault(words[0], []).append((words, entity.name, person))
    if not by_first_word:
        return merged
    languages = languages or {}
    owned = []
    for fact in merged:
        if fact.subject is None:
            sample = fact.citations[:OWNER_SAMPLE]
            named = Counter(name for name in (named_before(c, by_first_word, languages.get(c.source, DEFAULT))
                                              for c in sample) if name)
            owner, times = max(named.items(), key=lambda item: item[1], default=(None, 0))
            if times * 2 > len(sample):
                fact = replace(fact, subject=owner)
        owned.append(fact)
    return owned


NAME_WORD = re.compile(r"\w+(?:[’'-]\w+)*")
OWNER_SAMPLE = 8  # reports of a fact whose names say whose it is: a story's main figure has hundreds


def named_before(citation, by_first_word, language=DEFAULT):
    """The name (by_first_word: with_owners's) nearest before the figure in the citation's
    sentence that owns it, or None."""
    at = citation.quote.find(citation.text) if citation.text else -1
    if at < 0:
        return None
    written = NAME_WORD.findall(citation.quote[:at].casefold())
    words = [POSSESSIVE_END.sub("", w) for w in written]
    for start in range(len(words) - 1, -1, -1):
        for name_words, name, person in by_first_word.get(words[start], ()):
            end = start + len(name_words)
            if tuple(words[start:end]) == name_words:
                if person and not (written[end - 1] != words[end - 1]  # "Diaz's 52%"
                                   or end < len(words) and words[end] in language_of(language).owner_verbs):
                    continue
                return name
    return None


POSSESSIVE_END = re.compile(r"[’']s$")
