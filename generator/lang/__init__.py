"""Languages as data: one module per language (en.py, ...) of the words the stages read, and
one loader that makes a Language of it.

A language module holds plain data only: dicts, sets, tuples and pattern fragments, named as
Language's fields. Adding a language is adding such a module; a field it leaves out is empty
(a word or pattern: NEVER), so a language may start small. Each stage module compiles what it
needs of a Language once per code (per_language), and the source's front matter names it.
"""

import dataclasses
import functools
import importlib
import pkgutil
import re
from dataclasses import dataclass, field

from ..errors import FactsheetError
from ..kinds import KINDS

DEFAULT = "en"


NEVER = r"(?!)"  # a word or pattern a language leaves out: it matches nothing and equals no word


@dataclass(frozen=True)
class Language:
    """The words of one language that the stages read, by what they are for."""
    code: str
    number_words: dict = field(default_factory=dict)  # "one" -> 1, "a dozen" -> 12
    compound_ones: tuple = ()  # the words after a tens word and a hyphen: "twenty-five"
    hundred: str = ""  # the word that multiplies by a hundred: "four hundred"
    number_and: str = ""  # the word inside a number in words: "four hundred and six"
    ordinal_suffixes: tuple = ()  # "2nd", "3rd": no quantity
    scales: dict = field(default_factory=dict)  # "million" -> 1_000_000, "bn" and "m" as written after a figure
    word_scales: tuple = ()  # the scales that follow any figure; the others only a currency ("£3m")
    metre_or_million: str = NEVER  # a unit that is also a scale: "3m people" are millions, "3m" alone metres
    counted_in_millions: dict = field(default_factory=dict)  # before a bare "3m", what makes it millions, and what they count
    share_parts: dict = field(default_factory=dict)  # "third" -> 3: "two-thirds of", "a quarter of"
    share_whole: str = NEVER  # a pattern: "one in four", "one out of five"
    sentenced: str = NEVER  # a pattern: a sentence passed, after which a change target is the sentence ("засудили до 8 років")
    change_targets: frozenset = frozenset()  # qualifiers that after a rise or fall say where it went, no bound: "до" of "возросло до 17"
    share_ordinals: frozenset = frozenset()  # parts that are ordinals too: alone, with no count before them, no share ("the third of March")
    share_one: str = NEVER  # a pattern: the word of one part before a share's part, "ein" of "ein Drittel der"
    share_article: str = NEVER  # a pattern: an article before a share's part, "die" of "die Hälfte der Befragten"
    share_of: str = ""  # a pattern: what stands between a share's part and its whole, where not `of` ("der", "des")
    share_not_after: tuple = ()  # "the first half of the year": a part of a time, not a share
    named_by_duration: str = NEVER  # a pattern: after "10-year", what the duration names rather than measures:
    # a debt by its term ("the 10-year Treasury"), an extreme by its span ("a 10-year high")
    share_idioms: tuple = ()  # phrases opening with a share's word that give none: "half the time" (often)
    vague_amounts: dict = field(default_factory=dict)  # "hundreds of" -> (100, 1000), the order of magnitude
    scale_plurals: dict = field(default_factory=dict)  # "millions" -> 1,000,000: after a vague amount, its scale
    month_numbers: dict = field(default_factory=dict)  # "march" -> 3, "mar" -> 3
    currency_words: dict = field(default_factory=dict)  # "euros" -> "EUR"
    code_scales: dict = field(default_factory=dict)  # a letter before a currency code that scales it: "30 MUSD"
    currency_or_unit: dict = field(default_factory=dict)  # currency word -> (unit, pattern of the words before it that make it the unit[, of those right after it])
    currency_suffixes: dict = field(default_factory=dict)  # a letter after a figure that makes it money: "85p"
    cents: tuple = ()  # the words of a currency's hundredths: "4 dollars 25 cents"
    qualifiers: tuple = ()  # "more than", "nearly": words before a figure that bound it
    irregular_plurals: frozenset = frozenset()  # plurals that do not end as plurals do: "people"
    plural_endings: tuple = ()  # ("s",): how plurals end
    not_plural_endings: tuple = ()  # ("ss",): "glass" is no plural
    fractions_after: dict = field(default_factory=dict)  # after a number, a part of one more: " and a half" -> 0.5 ("two and a half"), "einhalb" ("zweieinhalb")
    age_decade: str = NEVER  # a pattern, "in his 40s", with the groups decade and part ("early", "late")
    decade_parts: dict = field(default_factory=dict)  # "early" -> (0, 3): the years of a decade it says
    one_as_when: str = NEVER  # after "one", a pattern: a time and the clause it opens ("one day we"): when, no count
    one_or_few_before: str = NEVER  # "a line or two", "a day or three": a few in words after it is no figure
    multiple_suffix: str = NEVER  # what makes a number in words a multiple in one word: "fourfold"
    times: str = NEVER  # "three times the average" multiplies: the word, and the words after it that say so
    multiplied: tuple = ()
    of: str = NEVER  # "120 of the worst buildings"
    the: str = NEVER  # the definite article, as the words before a place write it
    articles: tuple = ()  # patterns: "The boy, 12,": the articles before a noun whose age follows
    indefinite_article: str = NEVER  # a pattern: "Sines, a port town"
    not_plurals: frozenset = frozenset()  # words ending in s that count nothing: "this", "was"
    noun_stops: frozenset = frozenset()  # where the words after a figure stop being what it counts
    verb_objects: frozenset = frozenset()  # after a word, what makes it a verb rather than a noun: "proves it"
    modifier_nouns: bool = False  # a figure describes a thing by a singular noun before it: "the 27 member bloc"
    acronyms_counted: bool = False  # a figure counts the abbreviation in capitals after it: "(0.5 WAR)", "a 3.21 ERA"
    acronyms_not_counted: tuple = ()  # those that never are: time zones, "AM", "BC"
    partitive: frozenset = frozenset()  # "120 of the worst buildings": the words after "of"
    not_one_after: frozenset = frozenset()  # "each one", "the same one": a pronoun, no count of one
    list_joins: tuple = ()  # "four-, five- and six-cylinder": the words that join a list's last item
    measure_shared_by: tuple = ()  # after a bare figure joined to a measure, what the measure is of: "29 mpg for cars and 24 for trucks"
    not_counted: frozenset = frozenset()  # after "one", words that are no noun besides function words: "such"
    quantifiers: frozenset = frozenset()  # "many", "several": after "and", the start of another phrase, no describing word
    verb_after_one: str = NEVER  # a pattern: a word after "one" that makes it a pronoun, its verb: "one asks", "one wonders"
    tally_before: str = NEVER  # a pattern ending where a tally's figures begin: "voted 199-74", "a vote of 52 to 48"
    tally_unit: str = ""  # what a tally's two figures count: "votes"
    place_prepositions: frozenset = frozenset()  # "in Belgorod": the words before a place
    not_places: frozenset = frozenset()  # capitalised words that are never a place: "The", "Monday"
    place_words: tuple = ()  # kinds of place: "region", "town" ("the Kharkiv region")
    organisation_words: frozenset = frozenset()  # a name holding one is an organisation: "Ministry"
    organisation_nouns: tuple = ()  # after "the" and a name, lower case, an organisation: "the Syriza party"
    not_organisation_names: frozenset = frozenset()  # names before those nouns that name none: "the Christmas party"
    organisations_named_after: tuple = ()  # patterns: a noun before a body's name in quotation marks, "компани\w*" of "компания «Газпром»"
    acronym_before: str = NEVER  # a pattern: before a body's acronym, "the" ("the IMF said"); NEVER: none read
    titles: tuple = ()  # before a name, a person: "Mayor", "Prime Minister" (as pattern alternatives)
    title_endings: tuple = ()  # lower case, how a compound title before a name ends: "minister" of "Wirtschaftsminister"
    speech_verbs: tuple = ()  # "said", "told": who says a quote
    inverted_attribution: tuple = ()  # words before a speech verb whose speaker follows it: "Как" of "Как заявил Иван Петров, «…»"
    name_particles: tuple = ()  # inside a person's name: "de", "van", "bin"
    pronouns: frozenset = frozenset()  # a quote's speaker as "she said": the person named last
    plural_pronoun: str = NEVER  # "they said": no one person
    not_names: frozenset = frozenset()  # capitalised words that are no name: "The", "Monday", "Russian"
    hyphen_prefixes: tuple = ()  # "sub-7", "mid-30": a word hyphened to a figure that leaves it a figure ("F-35" is a name)
    number_labels: tuple = ()  # words before a figure that make it a label, no quantity: "category 4", "level 3"
    attribution_ends: tuple = ()  # "said Irina, who…": the words after which a speaker is no longer named
    roles: tuple = ()  # role nouns marking a person: "the key suspect, Ana Diaz", "shop owner Ana Diaz"
    demonyms: frozenset = frozenset()  # "French", "Frenchman": never a person, nor in a person's name
    not_person_words: frozenset = frozenset()  # a name holding one is no person: "Palace", "Stadium"
    document_words: tuple = ()  # what speaks for someone: "a White House statement said"
    given_name_locales: tuple = ()  # Faker's person locales whose first names make a full name a person's ("Bill Clinton"; entities.given_names)
    attribution_phrases: tuple = ()  # "…," according to Ana Diaz: words before a speaker, as a speech verb
    speech_continued: tuple = ()  # patterns: "..., he said, adding that "...": the same speaker goes on
    speech_adverbs: tuple = ()  # "Ana Diaz later said": words between a speaker and the speech verb
    pronoun_titles: dict = field(default_factory=dict)  # "he" -> ("Mr", ...): the titles a pronoun stands for
    titles_ending_sentences: frozenset = frozenset()  # short titles that are words too: "…, said the King."
    determiners: tuple = ()  # patterns: "the key suspect, Ana Diaz", "his lawyer": the words before a role
    role_counts: tuple = ()  # patterns: "one witness, Ana Diaz": a count before a role, as a determiner
    possessive: str = NEVER  # a pattern: "Ana Diaz's lawyer", whose, not who
    role_body_prepositions: tuple = ()  # "a spokesman for the Interior Ministry": between a role and its body
    speech_adverb_phrases: tuple = ()  # patterns: "Ana Diaz on Sunday said": between a speaker and the verb
    speech_continued_verbs: tuple = ()  # "…," he said, adding that "…": the attribution a continued quote follows
    not_speaker_after: frozenset = frozenset()  # "a spokesman for Ana Diaz said": a name after one is no speaker
    not_subjects: frozenset = frozenset()  # "Ana Diaz arrived, and said": last words naming no one unnamed
    document_verbs: tuple = ()  # "the ministry issued a statement": who puts a document out
    document_author_prepositions: tuple = ()  # "a statement from the Interior Ministry": who a document is by
    clause_openers: tuple = ()  # ""…," Ana Diaz says that's not true": a clause of its own, no attribution
    page_furniture: tuple = ()  # patterns: a page's player and caption lines ("Media caption …"), no one's words
    units: dict = field(default_factory=dict)  # unit name of the kinds table -> how articles write it (a pattern)
    date_prefixes: tuple = ()  # words before a date in a sentence: "on", "since"
    at_date: tuple = ()  # words that place an event at a date, not before or after it
    year_nouns: tuple = ()  # what a year names: "the 2012–13 season"
    relative_after: tuple = ()  # "three days later": a when, not how long
    relative_next: tuple = ()  # "the next day"
    relative_periods: tuple = ()
    how_long: tuple = ()  # "for six hours": how long, even before "before"
    not_relative_after: tuple = ()  # straight before the figure, a duration stays a duration
    range_words: tuple = ()  # ("between", "and")
    change_words: tuple = ()  # ("from", "to"): "from 252 miles to 287 miles", where a figure was and went
    range_to: tuple = ()  # "12 to 18 miles": the words between the two ends of a range
    post_qualifier: str = NEVER  # a bound after a figure, a pattern: "or more"
    hyphen_qualifiers: dict = field(default_factory=dict)  # hyphened to a figure, and the bound it says: "-odd" -> "about"
    clock_time_before: tuple = ()  # before "2:01:09", words making it a time of day: "at"; none: every one is a time
    clock_time_after: str = NEVER  # a pattern, after "2:01:09", making it a time of day: "p.m."
    group_sizes: tuple = ()  # hyphened to a figure or after it, a word making it a group's size: "a 3,000-strong crowd"
    age_suffix: str = NEVER  # a pattern: "44-year-old"
    age_before: tuple = ()  # "aged 44"
    age_clause: tuple = ()  # "the boy, who was 12,": an age when the figure ends its clause
    age_verbs: tuple = ()  # "she turned 40 last week": after them a bare figure that counts nothing is an age
    age_adverbs: tuple = ()  # "Mr Smith, now 64,", "aged just 19": between what says an age and the figure
    age_being: str = NEVER  # a pattern before an age said of someone: "he was "
    age_being_after: tuple = ()  # after it, words of when that leave it an age: "he was 17 when"
    ages_named: str = NEVER  # a pattern: what names an age, then a bare figure later in its clause is that age in
    # years ("the retirement age will rise to 67", "life expectancy is around 73")
    units_before: dict = field(default_factory=dict)  # unit name -> pattern written before its figure: "magnitude 6.4"
    age_label: str = "{subject}, {value}"  # a person's age as its fact's label
    minus_words: tuple = ()  # "minus 40 degrees"
    penalty_before: tuple = ()  # patterns: a duration after these is a penalty
    penalty_after: tuple = ()  # and before these: "15 years in prison"
    more: str = NEVER  # a pattern: "6,400 more": the count before it counts the same
    implied_followers: tuple = ()  # after a bare figure: counts what the last count counted
    counted_subjects: tuple = ()  # patterns: subjects a bare figure they came to counts ("Deaths rose to 57")
    subject_reached: str = NEVER  # a pattern: what such a subject did, ending before the figure ("rose to", "reached")
    counted_before: dict = field(default_factory=dict)  # pattern before a bare figure -> what it counts ("the death toll rose to 57")
    level_before: tuple = ()  # patterns: before a bare decimal figure, what makes it a market's level ("closed at 96.088")
    rate_words: tuple = ()  # patterns: between a figure and what it is per, any noun after: "$61.10 per barrel"
    rate_articles: tuple = ()  # patterns: the same, a rate noun after: "$5 a share", "30,000 barrels a day"
    rate_nouns: tuple = ()  # what a rate with an article is per: "share", "day"
    rate_unit_words: tuple = ()  # the first of two words of what a rate is per: "square" of "$1,100 per square foot"
    change_by: str = NEVER  # a pattern: before a bare figure, what makes it a change in the last measure's unit ("fell by 1")
    change_verbs: tuple = ()  # what a figure went up or down by, in the past: "rose $2 to $45" (a change, then its level)
    rise_or_fall: str = NEVER  # a pattern: a word of a figure's rise or fall in any tense ("boosted", "will cut",
    # "up"): before "from 2,600 to 2,800" it makes the two figures a change, not a range ("ranging from 5 to 10")
    people: str = "people"  # the noun of a figure that counts people without saying so
    people_verbs: tuple = ()  # "46 died": a figure that does what people do
    people_among: str = NEVER  # a pattern: "11 of the injured"
    part_of_group: tuple = ()  # after a bare figure and "of", who it is so many of, named before: "12 of them"
    part_of_people: tuple = ()  # the same, of people: "all 70 of us"
    event_nouns: tuple = ()  # what counts what befell people ("deaths"): no count of what befell them otherwise
    befallen: str = NEVER  # a pattern: after a bare figure, what befell the people it counts ("were injured")
    noun_adjectives: tuple = ()  # "one major bank": words that stand before the noun a one counts
    unit_modifiers: tuple = ()  # between a figure and its unit, leaving it the unit: "12 straight hours"
    number_of: str = NEVER  # a pattern: "the number of": what follows it counts a bare figure later in its clause
    befalls_people: str = NEVER  # a pattern: before a bare figure, a verb of what befalls people ("killed 26"): it counts
    # people, or what the count before it in the sentence counted ("killed 14 miners and injured 31")
    auxiliaries: frozenset = frozenset()  # labels: "were housed" -> "housed"
    reporting: frozenset = frozenset()  # a label starts after the last of these
    conjunctions: frozenset = frozenset()
    relatives: frozenset = frozenset()
    function_words: frozenset = frozenset()  # a label neither starts nor ends on one (and the four above)
    label_not_first: frozenset = frozenset()
    label_goes_on: frozenset = frozenset()  # after a comma, words that go on with the clause before it:
    # "Pasok came third, with 12 percent": a label of 12 percent takes in what came third
    in_place: tuple = ()  # ("in", "the"): "in the Belgorod region", where a label says where
    cited: str = NEVER  # key facts, patterns: a source is cited for the figure
    casualties: str = NEVER  # people killed or hurt
    displaced: str = NEVER  # people displaced, held or housed
    level_reached: str = NEVER  # before a figure, a market's move to it: "lost 2.5 percent to $29.48" (a level)
    share_of_unit: dict = field(default_factory=dict)  # after a share, a pattern making it so many of a unit: "of a percentage point"
    share_unit_qualifiers: tuple = ()  # between a share's "of a" and its unit: "US" of "1/16 of a US pint"
    directions: frozenset = frozenset()  # merging: compass words, which way a distance runs, not what it measures
    counted_phrases: tuple = ()  # nouns of several words one figure counts: "passengers and crew"
    period_qualifiers: tuple = ()  # a bound that, straight after another figure, says over what time: "over" of "$10bn over five years"
    age_groups: tuple = ()  # before "under" or "over" and a bare figure, whose age it is: "children" of "children under 5"
    age_bounds: tuple = ()  # those words: "under", "over"
    owner_verbs: frozenset = frozenset()  # after a person's name, a figure is theirs: "won" of "Ana Diaz won 52%" (merge.with_owners)
    vague_nouns: frozenset = frozenset()  # what a count of nothing in particular counts: "things" (key_facts.py)
    context_stopwords: frozenset = frozenset()  # merging: words that say nothing of what a figure counts
    stem_suffixes: tuple = ()  # merging: the endings a crude stem drops, longest first
    events: dict = field(default_factory=dict)  # merging: an event ("killed") -> the words that tell it (patterns)
    abbreviations: frozenset = frozenset()  # reading: words whose trailing period ends no sentence ("dr")
    counted_nouns_capitalised: bool = False  # German writes every noun with a capital: a counted noun has one ("400 Bietern")
    counted_noun_first: bool = False  # French: the first plural after a figure is what it counts ("3 policiers blessés")
    lemmatiser: str = ""  # inflected languages: the analyser that tells a word's lemma and part of speech ("pymorphy3"; extract/lemmas.py)
    group_marks: tuple = ()  # numbers: marks grouping thousands besides CLDR's ("84'000" in Swiss French, "8.000" in Lithuanian)
    counted_concepts: dict = field(default_factory=dict)  # merging: a counted noun (as written, or its lemma) -> what it counts in any language ("осіб" -> "people")
    name_capitals: str = "A-Z"  # names: the capitals a name's words start with, as a character class's ranges ("A-ZА-ЯЁ")
    name_small_letters: str = "a-z"  # and the small letters one of its letters must be ("McDonald", not "NATO")
    aside_openers: frozenset = frozenset()  # words opening what is set aside between commas: ", which has risen since May,", ", including two children,"
    relative_openers: tuple = ()  # "who", "which": "voters who backed Ana Diaz said": the subject stands before them
    group_members: tuple = ()  # patterns: "the Green Union lawmakers said": a body's members speaking for it
    associations: tuple = ()  # "whose": "Ana Diaz, whose Green Union party came second": a body a person heads or belongs to
    self_reference_verb: str = NEVER  # a pattern: "The Council welcomes …": a statement naming its author in its own words
    self_naming_documents: tuple = ()  # the documents whose words name their author so: "statement", not "report"
    cardinal_case_endings: tuple = ()  # patterns after a figure's digits, the hyphen theirs: a cardinal in a case, read as the figure ("2-х", "5-ти"; "5-й" is an ordinal)


FIELDS = {f.name for f in dataclasses.fields(Language)} - {"code"}
UNIT_NAMES = {unit.name for kind in KINDS for unit in kind.units}


@functools.cache  # asked of every source: the folder is listed once
def known_languages():
    """The codes of the languages with a data module here, in order."""
    return tuple(sorted(module.name for module in pkgutil.iter_modules(__path__)))


def language_code(written):
    """The code of the language a source's front matter names ('en', 'en-GB', 'EN'), when it
    has data here; else the default, whose words the extractor then reads."""
    code = str(written or "").strip().lower().replace("_", "-").split("-")[0]
    return code if code in known_languages() else DEFAULT


def alternatives(words):
    """A pattern matching any of words (themselves patterns), in order; none: a pattern that never matches."""
    return "|".join(words) if words else NEVER


def longest_first(words):
    """A pattern matching any of words (as written, not patterns), the longer first: "more than"
    before "more"; tried only where one of their first letters stands (first_letters)."""
    return f"{first_letters(words)}(?:{alternatives(sorted(map(re.escape, words), key=len, reverse=True))})"


def first_letters(words, either_case=False):
    """A lookahead for the letter a pattern of words (as written) must start with, read in the case
    the pattern around it reads (either_case: both cases of each). re tries every word of an
    alternation at every place; one lookahead rejects most places at once. None when a word is empty."""
    if not words or not all(words):
        return ""
    letters = {word[0] for word in words}
    if either_case:
        letters |= {case for letter in letters for case in (letter.upper(), letter.lower())}
    return f"(?=[{''.join(sorted(map(re.escape, letters)))}])"


def per_language(build):
    """build(Language) -> what a module makes of a language's words, made once per code."""
    @functools.cache
    def of(code=DEFAULT):
        return build(language(code))
    of.__doc__ = build.__doc__
    return of


@functools.cache
def language(code=DEFAULT):
    """The Language of a code ('en'), from its data module here; a code with no module is an error."""
    if not re.fullmatch(r"[a-z]{2,3}", str(code)):  # an ISO 639 code, never a path to import
        raise FactsheetError("language", None, f"{code!r} is no language code (such as 'en')")
    try:
        module = importlib.import_module(f"{__name__}.{code}")
    except ModuleNotFoundError:
        raise FactsheetError("language", None, f"no data for {code!r} in generator/lang/") from None
    return of_module(code, module)


def of_module(code, module):
    """A Language of a data module's fields (upper-case names); other names in it are an error."""
    data = {name.lower(): value for name, value in vars(module).items() if name.isupper()}
    unknown = sorted(set(data) - FIELDS)
    if unknown:
        raise FactsheetError(module.__file__, None, f"unknown language fields: {', '.join(unknown)}")
    unknown_units = sorted(set(data.get("units", ())) - UNIT_NAMES)
    if unknown_units:
        raise FactsheetError(module.__file__, None, f"units not in generator/kinds.py: {', '.join(unknown_units)}")
    frozen = {name: frozenset(value) if isinstance(value, set) else value for name, value in data.items()}
    return Language(code, **frozen)
