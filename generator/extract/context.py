"""What surrounds a figure in its sentence: the noun counted, whose age, the places.

Entity finding (people, organisations, quotes and their speakers) belongs here too.
"""

import functools
import re

from typing import NamedTuple

from ..lang import DEFAULT, NEVER, alternatives, per_language
from ..lang import language as language_of
from .gazetteer import is_known_place, written_as
from .numbers import grammar as number_grammar
from . import lemmas

WORD = re.compile(r"[\w’'-]+|[^\w\s]")
CODE = re.compile(r"(?=\S*[^\W\d_])(?=\S*\d)[\w-]+")  # letters and digits in one word: "S5", "MH370", "F-16"
# A capitalised name: longer names and name words are implausible, and bounding them keeps a
# search for one linear in the text (every capital starts a try that reads on to the run's end).
MAX_NAME_WORDS, MAX_WORD_LETTERS = 9, 60
NAME = rf"[A-Z][\w’'-]{{1,{MAX_WORD_LETTERS}}}(?: [A-Z][\w’'-]{{1,{MAX_WORD_LETTERS}}}){{0,{MAX_NAME_WORDS - 1}}}"


class ContextGrammar(NamedTuple):
    not_plurals: frozenset  # words ending as plurals that count nothing: "88,200 this week", "3 was the figure"
    irregular_plurals: frozenset
    plural_endings: tuple
    not_plural_endings: tuple
    multiplier: re.Pattern  # "three times the average" multiplies, it counts nothing
    times: str
    of: str
    the: str
    noun_stops: frozenset  # where the words after a figure stop being about what it counts
    partitive: frozenset  # "120 of the worst buildings"
    not_one_after: frozenset  # "each one": no count
    name_particles: frozenset  # inside a place's name: "Rio de Janeiro"
    possessive: re.Pattern  # the ending a name loses: "Kharkiv's"
    not_nouns: frozenset  # words that are never what a figure counts: "one more", "one that"
    hyphened: re.Pattern  # "a 12-page report", "four-, five- and six-cylinder engines": the noun after the hyphen
    place_prepositions: frozenset
    not_places: frozenset
    name_before_age: re.Pattern
    place_word: re.Pattern
    region: re.Pattern
    place_declarations: tuple
    organisation_words: frozenset
    verb_after_one: re.Pattern  # "one asks": a pronoun and its verb, no count
    quantifiers: frozenset  # "3 dead and many homes": "many" starts another phrase
    noun_adjectives: frozenset  # "one major bank": words before the noun a one counts, part of it
    counted_phrases: re.Pattern  # nouns of several words one count counts: "passengers and crew"
    verb_objects: frozenset  # after a plural, what makes it a verb: "19 fouls proves it"


@per_language
def grammar(language):
    """What surrounds a figure, in a language's words: counted nouns, places, whose age."""
    place_words = rf"(?:{alternatives(language.place_words)})"
    the, in_word = language.the, (language.in_place or (NEVER,))[0]
    region = re.compile(rf"\b(?:{the} |{in_word} )(?P<name>(?:[A-Z][\w’'-]+ )+){place_words}\b")
    return ContextGrammar(
        language.not_plurals, language.irregular_plurals, language.plural_endings, language.not_plural_endings,
        re.compile(rf"{language.times}\s+(?:{alternatives(language.multiplied)})\b", re.I), language.times,
        language.of, the, language.noun_stops, language.partitive, language.not_one_after,
        frozenset(language.name_particles), re.compile(rf"(?:{language.possessive})$"),
        frozenset().union(language.noun_stops, language.function_words, language.auxiliaries, language.conjunctions,
                          language.relatives, language.reporting, language.place_prepositions, language.not_plurals,
                          language.not_counted),
        re.compile(rf"-(?:,?(?:\s+(?:{alternatives(language.list_joins)}))?\s+[\w]+-){{0,4}}?(?P<noun>[a-z]{{2,}})\b"),
        language.place_prepositions, language.not_places,
        # "Ibrahim, " before an age; "Иван Петров (" before one in years, a name in the language's capitals
        re.compile(rf"(?:(?P<name>{NAME}|(?:{alternatives(language.articles)}) [a-z]+), "
                   rf"(?:(?:{alternatives(language.age_adverbs) or NEVER}) )?"  # "Mr Smith, now 64,"
                   rf"|(?P<bracketed>{NAME.replace('[A-Z]', f'[{language.name_capitals}]')}) \()$"),
        re.compile(rf"\b{place_words}\b"),
        region,
        (region,
         re.compile(rf"\b(?:{the} )?{place_words} {language.of} (?P<name>{NAME})"),
         re.compile(rf"\b(?P<name>{NAME}), {language.indefinite_article} (?:\w+ )?{place_words}\b")),
        language.organisation_words,
        re.compile(language.verb_after_one),
        frozenset(language.quantifiers),
        frozenset(language.noun_adjectives),
        re.compile(rf"\s+(?P<phrase>(?i:{alternatives(language.counted_phrases)}))\b"),
        frozenset(language.verb_objects),
    )


def is_plural(lower, context):
    return lower in context.irregular_plurals or (lower.endswith(context.plural_endings)
                                                  and not lower.endswith(context.not_plural_endings)
                                                  and lower not in context.not_plurals)


def verb_by_what_follows(following, context):
    """Whether a word that reads as a plural is a verb by the word after it: a figure ("the 11
    nation pact covers 13 percent") or a verb's object ("19 fouls proves it")."""
    return following[:1].isdigit() or following.lower() in context.verb_objects


def noun_next(after, language=DEFAULT):
    """Whether a word that may name a thing comes right after a figure: "a 3m wave", not "3.4m on
    Sunday" or "1.2m." (what the figure modifies, where it modifies one)."""
    token = WORD.match(after.lstrip())
    return token is not None and token[0].isalpha() and token[0].lower() not in grammar(language).not_nouns


def plural_next(after, language=DEFAULT):
    """Whether the word right after a figure is a plural: "two women", not "two giving thanks"
    or "two of praise"."""
    token = WORD.match(after.lstrip())
    return token is not None and is_plural(token[0].lower(), grammar(language))


def joins_modifiers(tokens, n, context):
    """Whether tokens[n], a list's "and" or "or", joins two words that both say which of the noun
    right after the second are counted: names ("French and German troops", "Kia and Hyundai
    vehicles"), or, right after the figure, two describing words ("4.3M digital and physical
    sales"); not words that may end a clause or start another phrase ("3 dead and many homes
    destroyed", "5 escaped and other inmates"), nor a noun and another ("homes and flats")."""
    if n == 0 or n + 2 >= len(tokens):
        return False
    before, _, after, noun = (token[0] for token in tokens[n - 1:n + 3])
    if is_plural(before.lower(), context) or is_plural(after.lower(), context) \
            or not is_plural(noun.lower(), context) or not noun[0].islower():
        return False
    if before[0].isupper() and after[0].isupper():
        return True
    return n == 1 and all(word.isalpha() and word.islower() and word not in context.not_nouns
                          and word not in context.quantifiers and not word.endswith("ed") for word in (before, after))


def counted_noun(after, partitive=True, language=DEFAULT):
    """The thing counted and where it ends: a plural noun in the next few words ('1,400 displaced people');
    partitive: may it be past "of the" ("156 of the 300 seats"; not so "one of the 12 climbers")."""
    context = grammar(language)
    partitives = context.partitive
    words = language_of(language)

    def noun_case(word):  # German capitalises every noun ("400 Bietern", not "starben")
        return word[0].isupper() or not words.counted_nouns_capitalised
    phrase = context.counted_phrases.match(after)
    if phrase:  # "239 passengers and crew": one count of both
        return phrase["phrase"], phrase.end()
    tokens = list(WORD.finditer(after[:60]))
    if words.lemmatiser and len(tokens) > 1 and re.fullmatch(context.of, tokens[0][0].lower()):
        if tokens[1][0].lower() in words.not_counted:
            return None, 0  # "один из крупнейших застройщиков": one of the biggest, a rank and no count
        tokens = tokens[1:]  # an inflected language has no article after its "of": "двоє з затриманих" counts them
    if words.lemmatiser and lemmas.analyser(language):
        return noun_by_part_of_speech(tokens, context, language)
    past_partitive = False
    for n, token in enumerate(tokens):
        word, lower = token[0], token[0].lower()
        if partitive and lower == context.of and n + 2 < len(tokens) and tokens[n + 1][0].lower() in partitives:
            past_partitive = True
            continue  # "120 of the worst buildings", "156 of the 300 seats"
        if past_partitive and context.possessive.search(word) and CODE.match(word):
            return None, 0  # "one of the S5's features": the features of a thing named by a code, no count
        if n > 0 and tokens[n - 1][0].lower() == context.of and lower in partitives:
            continue
        if word[0].isdigit() and n > 1 and tokens[n - 1][0].lower() in partitives:
            continue
        if lower in words.list_joins and joins_modifiers(tokens, n, context):
            continue  # "12 Kia and Hyundai vehicles": one noun, two names of which
        if not re.match(r"\w", word) or lower in context.place_prepositions or lower in context.noun_stops:
            return None, 0
        if is_plural(lower, context) and not context.possessive.search(word) and noun_case(word) \
                and not (0 < n < len(tokens) - 1 and verb_by_what_follows(tokens[n + 1][0], context)):
            # "the S5's features": whose, not what; past the words after the figure, a plural followed by
            # another figure is a verb ("the 11 member trade agreement covers 13 percent"; "7.3 points 3.7
            # rebounds" lists counts)
            if lower == context.times and context.multiplier.match(after, token.start()):
                return None, 0
            first = described_from(tokens, n, context, words.list_joins, number_grammar(language).word_token)
            while not words.counted_noun_first and n + 1 < len(tokens) and is_plural(tokens[n + 1][0].lower(), context) \
                    and tokens[n + 1][0].lower() not in context.noun_stops \
                    and not (n + 2 < len(tokens) and tokens[n + 2][0].lower() in context.verb_objects) \
                    and not context.possessive.search(tokens[n + 1][0]) \
                    and noun_case(tokens[n + 1][0]):  # "4 customs officers": the head noun; "screens that's": no more of it
                n += 1
            return " ".join(as_named(token[0]) for token in tokens[first:n + 1]), tokens[n].end()
        if token.start() > 40:
            break
    return None, 0


def described_from(tokens, noun, context, list_joins, number_words):
    """Where the words that say which of the noun are counted start, right before it: "700 heart
    transplants", "14 first-team players", "12 Kia and Hyundai vehicles"; not a word that counts
    or points ("10 more people", "3 of the other cars"), nor a figure or its words ("4 hundred million people")."""
    first = noun
    while first > 0 and noun - first < MODIFIERS_BEFORE_NOUN:
        word, lower = tokens[first - 1][0], tokens[first - 1][0].lower()
        if lower in list_joins and joins_modifiers(tokens, first - 1, context):
            first -= 1
            continue
        if not re.match(r"[^\W\d_]", word) or lower in context.not_nouns or context.possessive.search(word) \
                or number_words.fullmatch(lower):
            break
        first -= 1
    if first > 0 and tokens[first - 1][0][0].isdigit():
        return noun  # "two new 737 Max jets": the words are a name's, cut off from its figure
    return first if re.match(r"[^\W\d_]", tokens[first][0]) and tokens[first][0].lower() not in list_joins else noun


def as_named(word):
    """A word of a counted noun as a list of them writes it: a name as written ("Kia", "iPhones":
    a capital anywhere), else in lower case."""
    return word if any(character.isupper() for character in word) else word.lower()


MODIFIERS_BEFORE_NOUN = 3  # "трёх стареющих бандитов": words that may stand between a figure and its noun


def noun_by_part_of_speech(tokens, context, language):
    """In an inflected language (its LEMMATISER): the first noun after a figure, past the words
    that describe it, in whatever case the figure asks ("2 человека", "260 гостей", "трёх
    стареющих бандитов"), in lower case; none when a verb or a stop comes first. A describing
    word with no noun after it stands for one ("п'ятеро поранених", "двое раненых")."""
    last = None  # the last describing word, and where it ends ("один из учащихся": counted_noun skips "из")
    for token in tokens[:MODIFIERS_BEFORE_NOUN + 1]:
        word, lower = token[0], token[0].lower()
        if not re.match(r"\w", word) or word[0].isdigit() or lower in context.noun_stops \
                or lower in context.place_prepositions or lower in context.not_plurals:
            break
        part = lemmas.reading(lower, language)[1]
        if part == lemmas.NOUN and len(lower) > 1:  # "15-20 м/с": a letter is a unit's, no noun
            return lower, token.end()
        if part != lemmas.MODIFIER:
            break
        last = lower, token.end()
    return last or (None, 0)


ONE_NOUN = re.compile(r"\s+([a-z][a-z-]*)\b(?![’'-])")


def hyphened_noun(after, language=DEFAULT):
    """The noun a figure is hyphened to as a modifier, and where it ends: 'a 12-page report',
    'the two-door version', 'four-, five- and six-cylinder engines' (each of the list's figures);
    none for a function word ('2-for-1')."""
    context = grammar(language)
    noun = context.hyphened.match(after[:80])
    if noun is None or noun["noun"] in context.not_nouns:
        return None, 0
    return noun["noun"], noun.end() if noun[0].count("-") == 1 else 1  # a list's first figures end at their hyphen


def modifier_noun(after, language=DEFAULT):
    """The noun a figure describes a thing by, written without the hyphen news copy often loses,
    and where it ends: "the 27 member bloc", "a 2 bedroom flat" (a word no plural, function word or
    unit, then another word of the phrase); else (None, 0)."""
    if not language_of(language).modifier_nouns:
        return None, 0
    context = grammar(language)
    words = MODIFIER_AND_NEXT.match(after[:60])
    if words is None or any(word in context.not_nouns or word in context.noun_stops or word in context.quantifiers
                            or is_plural(word, context) for word in (words["noun"], words["next"])):
        return None, 0  # "3 new cars", "4 home runs": the plural is what is counted (counted_noun)
    rest = list(WORD.finditer(after, words.start("next"), 60))
    for n, token in enumerate(rest[:MODIFIERS_BEFORE_NOUN]):
        word = token[0].lower()
        if not word.isalpha() or word in context.noun_stops:
            break
        if is_plural(word, context):
            if not (n + 1 < len(rest) and verb_by_what_follows(rest[n + 1][0], context)):
                return None, 0  # "two unexploded hand grenades": the plural the words describe is counted
            break  # "the 11 nation pact covers 13 percent": a verb
    return words["noun"], words.end("noun")


def acronym_counted(after, language=DEFAULT):
    """The abbreviation in capitals a figure counts, and where it ends: "0.5 WAR)", "a 3.21 ERA
    last season", "30 HR" (statistics, as sports news writes them); never a time zone, a time of
    day or an era ("10 GMT", "5 PM", "300 BC"); else (None, 0)."""
    words = language_of(language)
    found = ACRONYM_AFTER.match(after) if words.acronyms_counted else None
    if found is None or found["acronym"] in words.acronyms_not_counted:
        return None, 0
    return found["acronym"], found.end("acronym")


ACRONYM_AFTER = re.compile(r" (?P<acronym>[A-Z]{2,4})(?=[),;:.]|$| [a-z])")  # the clause ends, or lower case goes on
MODIFIER_AND_NEXT = re.compile(r" (?P<noun>[^\W\d_A-Z]{3,}) (?P<next>[^\W\d_A-Z]{2,})\b")


def one_as_pronoun(before, after, language=DEFAULT):
    """Whether a one stands for a thing named before, counting nothing: 'each one', 'the same
    one'; never before "of" ('he said that one of the computers')."""
    context = grammar(language)
    previous = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    return previous in context.not_one_after and after.split(None, 1)[:1] != [context.of]


def one_before_verb(after, language=DEFAULT):
    """Whether a one is followed by its verb, no noun ('when one asks', 'two were hurt and one
    dies'): anybody, or one of what the sentence counted before."""
    word = ONE_NOUN.match(after)
    return word is not None and grammar(language).verb_after_one.fullmatch(word[1]) is not None


def noun_after_one(after, language=DEFAULT):
    """The thing a figure of one counts and where it ends: the word after it when it is a noun
    ('one solution', 'one count of fraud'), or None ('one more', 'one that')."""
    context = grammar(language)
    noun = ONE_NOUN.match(after)
    if noun is None or noun[1] in context.not_nouns:
        return None, 0
    if noun[1] in context.noun_adjectives:  # "one major bank", "one senior official": the noun after
        then = ONE_NOUN.match(after, noun.end())
        if then is not None and then[1] not in context.not_nouns and then[1] not in context.noun_adjectives:
            return f"{noun[1]} {then[1]}", then.end()
    return noun[1], noun.end()


def words_start(text, end, count):
    """Where the last count words of text[:end] begin (0 when it has fewer): a pattern that
    ends at end and spans fewer words need be searched from there only."""
    start = end
    for _ in range(count):
        start = text.rfind(" ", 0, start)
        if start < 0:
            return 0
    return start + 1


def words_end(text, count):
    """Where the first count words of text end, and the space after them (len(text) when it
    has fewer): a pattern that starts the text and spans fewer words need read no further."""
    end = 0
    for _ in range(count):
        end = text.find(" ", end + 1)
        if end < 0:
            return len(text)
    return end + 1


def name_before_age(before, language=DEFAULT, bracket=False):
    """'Ibrahim, ' before '35' (and with bracket, 'Иван Петров (' before '22 года)'): the person
    whose age follows, or None."""
    name = grammar(language).name_before_age.search(before, words_start(before, len(before), MAX_NAME_WORDS + 2))
    return None if name is None else name["name"] or (name["bracketed"] if bracket else None)


WORD_AFTER_AGE = re.compile(r"\s+([^\W\d_][\w’'-]*)")
NEXT_NAME_WORD = re.compile(r" ?([^\W\d_][\w’'-]*)")


def name_after_age(after, language=DEFAULT):
    """'44-year-old Alexander', or the noun in 'a 15-year-old girl'; none after an age said of
    what came before it ('the baby is 18 months old and weighs', 'who is 45 years old, was')."""
    first = WORD_AFTER_AGE.match(after)
    if first is None:
        return None
    word = first[1]
    if word[0].isupper():  # a name of capitalised words: "Alexander", "Jean Dupont"
        if len(word) < 2:
            return None
        words, end = [word], first.end()
        while (more := NEXT_NAME_WORD.match(after, end)) and more[1][0].isupper() and len(more[1]) > 1:
            words.append(more[1])
            end = more.end()
        return " ".join(words)
    noun = re.match(r"[^\W\d_]+", word)[0]  # "mężczyznę", "girl": in any script
    return None if noun in grammar(language).not_nouns else noun


@functools.lru_cache(maxsize=1 << 14)  # asked of every sentence for its article (local places), then for itself
def candidate_places(sentence, language=DEFAULT):
    """Capitalised names after a locative preposition ('in Belgorod', 'from the Kharkiv region'),
    whole with the particles inside them ('in Rio de Janeiro', 'at the Place de la Concorde')."""
    context = grammar(language)
    particles, possessive = context.name_particles, context.possessive

    def is_name_word(token):
        return token[0].isupper() and token not in context.not_places

    names = []
    tokens = WORD.findall(sentence)
    for i, token in enumerate(tokens[:-1]):
        if token.lower() not in context.place_prepositions:
            continue
        j = i + 1
        if tokens[j].lower() == context.the:
            j += 1
        name = []
        while j < len(tokens):
            inner = 0  # particles before the name's next word: "de", "de la"
            while name and inner < 2 and j + inner < len(tokens) and tokens[j + inner] in particles:
                inner += 1
            if j + inner >= len(tokens) or not is_name_word(tokens[j + inner]):
                break
            name += tokens[j:j + inner] + [possessive.sub("", tokens[j + inner])]
            j += inner + 1
        if name:
            names.append(" ".join(name))
    return tuple(names)


def is_organisation(name, language=DEFAULT):
    words = grammar(language).organisation_words
    return any(word in words for word in name.split())


def declared_places(sentences, language=DEFAULT):
    """Names an article itself calls places: 'the Kharkiv region', 'the town of Riverton',
    'Sines, a port town', 'in Hatay province'."""
    context = grammar(language)
    declared = set()
    for sentence in sentences:
        if not context.place_word.search(sentence):  # every declaration names a kind of place
            continue
        for pattern in context.place_declarations:
            declared.update(match["name"].strip() for match in pattern.finditer(sentence))
    return frozenset(name for name in declared if not is_organisation(name, language))


@functools.lru_cache(maxsize=1 << 14)  # facts and entities both ask of every sentence
def places_in(sentence, declared=frozenset(), language=DEFAULT):
    """The places a sentence names: known to the gazetteer or declared by the article, never an
    organisation ('Met Office'), in order of mention; a known place as the gazetteer spells it,
    in its dictionary form ("в Барселоне": Барселона)."""
    places = []
    regions = (m["name"].strip() for m in grammar(language).region.finditer(sentence))
    for name in (*candidate_places(sentence, language), *regions):
        if is_organisation(name, language):
            continue
        place = name if name in declared else written_as(name) if is_known_place(name) else None
        if place is not None and place not in places:
            places.append(place)
    return tuple(places)
