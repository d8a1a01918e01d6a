"""What surrounds a figure in its sentence: the noun counted, whose age, the places.

Entity finding (people, organisations, quotes and their speakers) belongs here too.
"""

import functools
import re

from ..lang import language
from .gazetteer import is_known_place

ENGLISH = language()  # the stages read English only, as yet
# Words ending in s that count nothing: "88,200 this week", "3 was the figure".
NOT_PLURALS = ENGLISH.not_plurals
IRREGULAR_PLURALS = ENGLISH.irregular_plurals
# "three times the average" multiplies, it counts nothing
MULTIPLIER = re.compile(r"times\s+(?:the|as|more|less|higher|lower|larger|bigger|greater|that|what|its|their)\b", re.I)
PLACE_PREPOSITIONS = ENGLISH.place_prepositions
NOT_PLACES = ENGLISH.not_places
NAME_BEFORE_AGE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*|(?:[Tt]he|[Aa]n?) [a-z]+), $")
WORD = re.compile(r"[\w’'-]+|[^\w\s]")
PLACE_WORDS = rf"(?:{'|'.join(ENGLISH.place_words)})"
PLACE_WORD = re.compile(rf"\b{PLACE_WORDS}\b")
REGION = re.compile(rf"\b(?:the |in )(?P<name>(?:[A-Z][\w’'-]+ )+){PLACE_WORDS}\b")
PLACE_DECLARATIONS = (
    REGION,
    re.compile(rf"\b(?:the )?{PLACE_WORDS} of (?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)"),
    re.compile(rf"\b(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*), an? (?:\w+ )?{PLACE_WORDS}\b"),
)
ORGANISATION_WORDS = ENGLISH.organisation_words


# Where the words after a figure stop being about what it counts.
NOUN_STOPS = ENGLISH.noun_stops
PARTITIVE = ENGLISH.partitive  # "120 of the worst buildings"


def is_plural(lower):
    return lower in IRREGULAR_PLURALS or (lower.endswith("s") and not lower.endswith("ss") and lower not in NOT_PLURALS)


def counted_noun(after, partitive=True):
    """The thing counted and where it ends: a plural noun in the next few words ('1,400 displaced people');
    partitive: may it be past "of the" ("156 of the 300 seats"; not so "one of the 12 climbers")."""
    tokens = list(WORD.finditer(after[:60]))
    for n, token in enumerate(tokens):
        word, lower = token[0], token[0].lower()
        if partitive and lower == "of" and n + 2 < len(tokens) and tokens[n + 1][0].lower() in PARTITIVE:
            continue  # "120 of the worst buildings", "156 of the 300 seats"
        if n > 0 and tokens[n - 1][0].lower() == "of" and lower in PARTITIVE:
            continue
        if word[0].isdigit() and n > 1 and tokens[n - 1][0].lower() in PARTITIVE:
            continue
        if not re.match(r"\w", word) or lower in PLACE_PREPOSITIONS | NOUN_STOPS:
            return None, 0
        if is_plural(lower):
            if lower == "times" and MULTIPLIER.match(after, token.start()):
                return None, 0
            while n + 1 < len(tokens) and is_plural(tokens[n + 1][0].lower()) \
                    and tokens[n + 1][0].lower() not in NOUN_STOPS:  # "4 customs officers": the head noun
                n += 1
            word, end = tokens[n][0], tokens[n].end()
            return (word if word[0].isupper() else word.lower()), end
        if token.start() > 40:
            break
    return None, 0


def name_before_age(before):
    """'Ibrahim, ' before '35': the person whose age follows, or None."""
    name = NAME_BEFORE_AGE.search(before)
    return name["name"] if name else None


def name_after_age(after):
    """'44-year-old Alexander', or the noun in 'a 15-year-old girl'."""
    name = re.match(r"\s+((?:[A-Z][\w’'-]+ ?)+|[a-z]+)", after)
    return name[1].strip() if name else None


@functools.lru_cache(maxsize=1 << 14)  # asked of every sentence for its article (local places), then for itself
def candidate_places(sentence):
    """Capitalised names after a locative preposition ('in Belgorod', 'from the Kharkiv region')."""
    names = []
    tokens = WORD.findall(sentence)
    for i, token in enumerate(tokens[:-1]):
        if token.lower() not in PLACE_PREPOSITIONS:
            continue
        j = i + 1
        if tokens[j].lower() == "the":
            j += 1
        name = []
        while j < len(tokens) and tokens[j][0].isupper() and tokens[j] not in NOT_PLACES:
            name.append(re.sub(r"[’']s$", "", tokens[j]))
            j += 1
        if name:
            names.append(" ".join(name))
    return tuple(names)


def is_organisation(name):
    return any(word in ORGANISATION_WORDS for word in name.split())


def declared_places(sentences):
    """Names an article itself calls places: 'the Kharkiv region', 'the town of Riverton',
    'Sines, a port town', 'in Hatay province'."""
    declared = set()
    for sentence in sentences:
        if not PLACE_WORD.search(sentence):  # every declaration names a kind of place
            continue
        for pattern in PLACE_DECLARATIONS:
            declared.update(match["name"].strip() for match in pattern.finditer(sentence))
    return frozenset(name for name in declared if not is_organisation(name))


@functools.lru_cache(maxsize=1 << 14)  # facts and entities both ask of every sentence
def places_in(sentence, declared=frozenset()):
    """The places a sentence names: known to the gazetteer or declared by the article, never an
    organisation ('Met Office'), in order of mention."""
    places = []
    for name in (*candidate_places(sentence), *(m["name"].strip() for m in REGION.finditer(sentence))):
        if name not in places and not is_organisation(name) and (name in declared or is_known_place(name)):
            places.append(name)
    return tuple(places)
