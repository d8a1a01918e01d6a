"""People, organisations and places a source names, and the direct quotes its people speak.

People are names the article itself marks as people: speakers of quotes ("…," said Irina;
Sapyan said), names after a title or a role (Governor, Mayor, Mr, "police chief", "shop owner"),
in apposition to a role ("the key suspect, Ana Diaz"; "Ana Diaz, a farmer,"), names with an age
("David Hart, 61"; "44-year-old Alexander"), and full names that say or tell ("Ana Diaz said").
A title or role stays out of the name ("German Chancellor Ana Diaz" is Ana Diaz) and is kept, as
written, as the person's role ("German Chancellor", "key suspect"; never "Mr"); nationalities,
places, buildings and organisations are never people. A surname alone ("Hart") is the same person
as the one full name it ends; a first name alone is its own entity, so two Alexanders stay two.
Organisations are names holding an organisation word (Office, Police, Court…); places come
from the gazetteer (context.py). Spellings that differ only by transliteration share an
alias key: Sergei / Sergej / Sergey, Zelensky / Zelenskyi / Zelenskyy.

A quote's speaker is read, in this order: after it ("…," said Ana Diaz; "…," the ministry said;
"…," she said), as the last quote's speaker going on ("…," she said. "…" — or ", adding, "…"),
before it in its sentence (Ana Diaz said: "…"; Ana Diaz said the plan would "…"), or, for a
paragraph opening on a quote, the speaker that closed the paragraph before; a pull quote's dash
names its speaker ("“…” — Mayor Ana Diaz"). A quote no attribution names a speaker for is read
from its neighbours as a careful reader would (sentence_speakers): after a colon, the sentence's
subject ("Ana Diaz was blunt: “…”"); standing alone as a sentence, who speaks in the sentence
before or the person it opens on ("Ana Diaz, 54, a teacher, was angry. “We want …”"). "He" or
"she" is the person named or speaking last before it, unless someone unnamed spoke since ("…,"
an official said). Words that name a speaker only by what they are stand for the one the article names so:
"the ministry" for the one ministry it names, "the statement" for whoever put out the statement
named before, "the Pasok leader" for the one person it describes as the Pasok leader (or ties to
Pasok alone: "Ana Diaz, whose Pasok party"), "the Pasok lawmakers" for Pasok. A statement no
attribution names an author for is by the body its own words name ("The Council welcomes …"), in
all its quotes; an unnamed spokesman speaks for the body the sentence before opens on ("The
Harbour Office rejects the claims. A spokesman said"). A relative clause is no part of a speaker ("voters
who backed Ana Diaz said" names no one). When unsure, a quote has no speaker rather than a wrong
one. The words of all this are the language's data (generator/lang/).
"""

import bisect
import functools
import importlib
import re
import unicodedata

from typing import NamedTuple

from anyascii import anyascii

from ..lang import DEFAULT, NEVER, alternatives, first_letters, per_language
from .context import grammar as context_grammar
from .context import places_in
from .gazetteer import is_known_place
from . import lemmas
from .numbers import DIGIT

# A quote in any of the marks articles use: “…”, "…", ‘…’ and '…' (an apostrophe inside a word,
# "they've", stays in the quote; any other one ends or opens a quote, so a failing quote never scans
# past the next: linear), «…» and „…“ / „…”.
QUOTE = re.compile(r"“(?P<text>[^“”]{3,}?)(?P<end>[,.!?…]?)”|\"(?P<plain>[^\"]{3,}?)(?P<plain_end>[,.!?]?)\""
                   r"|(?<![\w’'])‘(?P<curly>(?:[^‘’\n]|(?<=\w)’(?=\w)){3,}?)(?P<curly_end>[,.!?…]?)’(?!\w)"
                   r"|(?<![\w’'])'(?=[^\W\d_])(?P<single>(?:[^'\n]|(?<=\w)'(?=\w)){3,}?)(?P<single_end>[,.!?]?)'(?!\w)"
                   r"|«(?P<guillemet>[^«»]{3,}?)(?P<guillemet_end>[,.!?…]?)»|„(?P<low>[^„“”]{3,}?)(?P<low_end>[,.!?…]?)[“”]")
QUOTE_KINDS = ("text", "plain", "curly", "single", "guillemet", "low")
# A quote opened and never closed in its paragraph runs to the paragraph's end (a quote going on
# over paragraphs closes only in its last one): its opening mark after the paragraph's start, a
# colon, a sentence's end or a comma, and no closing mark of its kind after it.
OPENING = re.compile(r"(?:^|(?<=[:.!?,—–(])|(?<=[:.!?,—–(] ))(?P<mark>[“\"‘'«„])(?=[^\W\d_])")
CLOSING = {"“": re.compile("”"), '"': re.compile('"'), "‘": re.compile(r"’(?!\w)"),
           "'": re.compile(r"(?<=\S)'(?!\w)"), "«": re.compile("»"), "„": re.compile("[“”]")}


class EntityGrammar(NamedTuple):
    name: str  # a person's name, a pattern
    name_pattern: re.Pattern
    title_ends: frozenset  # the last words of titles: "Mayor Ana Diaz", "Prime Minister Ana Diaz"
    role_ends: frozenset  # the last words of roles, lower case: "police chief Ana Diaz"
    appositive: re.Pattern  # "Ana Diaz, a farmer"; "the key suspect, Ana Diaz"
    aged: re.Pattern  # "Irina, 44, said": an age; "In Kyiv, 13,679 people": a grouped number, no age
    speech: re.Pattern  # a speech verb
    according: str  # "…," according to Ana Diaz: a pattern
    said_by: re.Pattern  # "Ana Diaz said", "Ana Diaz, the mayor, said": a name speaking
    subject_end: re.Pattern  # a name ending a phrase, maybe with an apposition after it: "Ana Diaz, the mayor,"
    document_end: re.Pattern  # "a White House statement", "a spokesman for the Interior Ministry" ending a phrase
    adverb_end: re.Pattern  # "later", "on Sunday": words ending a phrase before a speech verb
    continued: re.Pattern  # ", adding that": the last speaker goes on
    abbreviations: frozenset  # words whose full stop ends no sentence: "mr", "cmdr"
    attribution_end: str  # where the words after a speech verb stop naming the speaker, a pattern
    pronouns: frozenset
    plural_pronoun: str  # "they": a speaker, but no one person
    not_names: frozenset  # capitalised words that are no name: "The", "Monday", "Russian"
    demonyms: frozenset  # "French", "Frenchman": never a person
    not_person_words: frozenset  # a name holding one is no person: "Palace"
    title_words: frozenset  # the words of titles: a name starts after the last of them
    role_words: frozenset  # the words of roles, capitalised: "Deputy Spokesperson Ana Diaz"
    document_words: frozenset
    prepositions: frozenset  # "an official in Brussels said": no speaker named
    pronoun_of_title: dict  # "Mr" -> "he"
    organisation_word: re.Pattern
    organisation: re.Pattern
    plural_endings: tuple  # "Frenchmen", "Cypriots": a demonym's plural
    possessive: re.Pattern  # a word ending as a possessive: "Diaz's", "Davis'"
    the_body: re.Pattern  # "the ministry" ending a phrase: an organisation the source names
    determined: re.Pattern  # ", the mayor": an apposition a determiner opens
    not_subjects: frozenset  # "Ana Diaz arrived, and said": last words naming no one unnamed
    new_clause: re.Pattern  # ""…," Ana Diaz says that's not true": a clause of its own after the verb
    the_role: re.Pattern  # "the Pasok leader" ending a phrase: a person the article describes so
    the_document: re.Pattern  # "the statement" ending a phrase: a document the article names before
    described: re.Pattern  # "Pasok leader Ana Diaz": a role before a name
    description_stop: re.Pattern  # the words of a description that say nothing of the role: "the", "of"
    document_by: re.Pattern  # "a statement from the Interior Ministry": who a document is by
    document_verb: re.Pattern  # "the ministry issued a statement"
    role_determiner: re.Pattern  # "a", "his", "one", an age: words before a role that are no part of it
    role_body: re.Pattern  # " of Police Scotland": the body a role serves, after it
    courtesy_titles: frozenset  # "Mr", "Mrs": titles that are no role
    capitalised_adverbs: frozenset  # "Earlier": a sentence's first word, no part of a role after it
    furniture: re.Pattern  # "Jump media player", "Media caption …": a page's furniture, no one's words
    given_name_locales: tuple  # whose first names make a full name a person's (given_names)
    not_given_names: frozenset  # words no given name is though a list holds them: "Al" (al-), "The"
    nicknamed: re.Pattern  # 'Susan "Nunu" Bell': a nickname in quotes inside a full name
    role_end_words: tuple  # role_ends as a tuple, for str.endswith
    language: str  # the code of the language this grammar reads
    relative: re.Pattern  # " who ": a relative clause after a subject, before its speech verb
    group_end: re.Pattern  # "the Green Union lawmakers" ending a phrase: a body's members speaking for it
    association: re.Pattern  # "Ana Diaz, whose Green Union party": the body a person heads or belongs to
    association_hints: tuple  # ", whose ": what every match of association holds (a cheap test)
    self_reference: re.Pattern  # "The Council welcomes": a statement's words naming its author
    self_naming: frozenset  # "statement": the documents whose words may name their author so
    the_name: re.Pattern  # "The Harbour Office rejects": a body opening a sentence as its subject
    dash_attribution: re.Pattern  # "“…” — Mayor Ana Diaz": a pull quote's speaker on a dash, to its paragraph's end
    role_starts: frozenset  # the first two letters of role_end_words: a word starting one may end a role
    organisation_noun: re.Pattern  # "the conservative New Democracy party": a name an organisation noun marks
    organisation_noun_words: tuple  # " party", " movement": what every match of organisation_noun holds (a cheap test)
    not_organisation_names: frozenset  # "Christmas" of "the Christmas party": a name's words naming no body
    acronym_organisation: re.Pattern  # "the IMF said": a body by its acronym
    inverted_attribution: frozenset  # "как" of "Как заявил Иван Петров, «…»": the speaker after the verb
    title_endings: tuple  # "minister" of "Wirtschaftsminister Robert Habeck": a compound title before a name
    quoted_organisation: re.Pattern  # "компания «Газпром»", "die Partei „Die Linke“": a body's name in quotation marks


# Longer names and name words are implausible; bounding them keeps every pattern below linear
# in the text, where open repetitions of words backtrack without end on runs of capitals.
MAX_NAME_WORDS = 9
MAX_WORD_LETTERS = 60
PRONOUN_REACH = 8  # sentences: "he" or "she" stands for someone named this close, or no one
NOBODY = ""  # a speaker the words name no one by: "an official said", "the statement said"


def either_case(phrase):
    """'police chief' as a pattern that also matches 'Police Chief'."""
    return " ".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in phrase.split())


@per_language
def grammar(language):
    """How a language marks people, organisations and speakers."""
    # A capital, then the rest of its token holding a lower-case letter ("McDonald", "O'Brien").
    # The word takes its whole token and never gives letters back: were it free to end anywhere
    # in the token, each word of a run could match in several ways and a failing match would
    # try every combination of them.
    letters = rf"[\w’'-]{{0,{MAX_WORD_LETTERS}}}"
    capital, small = f"[{language.name_capitals}]", f"[{language.name_small_letters}]"  # "[A-Z]", "[a-z]" in English
    word = rf"{capital}(?={letters}?{small}){letters}(?![\w’'-])"
    # A particle is a whole word inside a name, before the next name word ("Charles de Gaulle"),
    # or to another particle before it ("Jean de la Fontaine"), or joined to it ("al-Baghdadi"):
    # never the start of the next word ("Hollande deemed").
    particles = alternatives(language.name_particles)
    particle = rf"(?:{particles})(?:(?= (?:(?:{particles}) )?[A-Z])|-(?=[A-Z]){letters}(?![\w’'-]))"
    name = rf"(?<![\w’'-]){word}(?: (?:{word}|{particle})){{0,{MAX_NAME_WORDS - 1}}}"
    speech = alternatives(language.speech_verbs)
    roles = sorted({either_case(r) for r in language.roles}, key=len, reverse=True)
    role = f"{first_letters(language.roles, either_case=True)}(?:{alternatives(roles)})"
    organisation_word = re.compile(rf"\b(?:{alternatives(sorted(context_grammar(language.code).organisation_words))})\b")
    the, of = language.the, language.of
    determiner = rf"(?:{alternatives(language.determiners + language.role_counts)})"
    possessive = language.possessive
    modifiers = r"(?:[\w’'-]{1,40} ){0,3}?"
    adverbs = alternatives([re.escape(w) for w in language.speech_adverbs])
    body_prepositions = alternatives(language.role_body_prepositions)
    documents = alternatives(language.document_words)
    singular_pronouns = alternatives(sorted(language.pronouns - {language.plural_pronoun}))
    the_either = either_case(the)
    body_word = r"[A-Z][\w’'-]{0,40}(?:\.(?= [A-Z]))?"  # "of Mr. Ana Diaz", "of Police Scotland"
    return EntityGrammar(
        name,
        re.compile(name),
        frozenset(t.split()[-1] for t in language.titles),
        frozenset(r.split()[-1].lower() for r in language.roles),
        re.compile(rf"(?P<name>{name}), (?:\d{{1,3}}, )?(?:{determiner} |[A-Z][\w’'-]{{0,40}}(?:{possessive}) )?"
                   rf"{modifiers}"
                   rf"(?:{role})\b(?! {of} (?:{the} )?[a-z])(?! [a-z][\w’'-]* (?:{speech})\b)(?! (?:{role})\b)"
                   rf"|\b{determiner} {modifiers}(?:{role})"
                   rf"(?: (?:{body_prepositions}) (?:{the} )?[A-Z][\w’'-]{{0,40}}(?: [A-Z][\w’'-]{{0,40}}){{0,3}})?"
                   rf", (?P<after>{name})"),
        re.compile(rf"(?P<name>{name}), (?:\d{{1,3}})\b(?=,(?!\d)|\))|\b\d{{1,3}}{language.age_suffix} (?P<after>{name})"),
        re.compile(rf"\b(?:{speech})\b"),
        rf"\b(?:{alternatives(language.attribution_phrases)})\b",
        re.compile(rf"(?P<name>{name})(?:(?:, [^,“”\n]{{1,80}}){{1,2}},)? (?:(?:{adverbs}) )?(?:{speech})\b"),
        re.compile(rf"(?P<name>{name})(?:{possessive})?(?P<apposition>(?:, [^,“”\n]{{1,80}}){{1,2}},)?$"),
        re.compile(rf"(?:(?P<owner>{name})(?:{possessive})? (?:[a-z]+ )?(?:{documents})"
                   rf"|(?:{documents}) (?:{body_prepositions}) (?:{the} )?(?P<body>{name}))$"),
        re.compile(rf"(?:,? (?:{adverbs}|{alternatives(language.speech_adverb_phrases)}))+$"),
        re.compile(rf"(?:^|[,;]\s*(?:(?:{singular_pronouns}) (?:{alternatives(language.speech_continued_verbs)}),? )?)"
                   rf"(?:{alternatives(language.speech_continued)})\b[^.!?“”\"]{{0,100}}$"),
        language.abbreviations | {t.lower() for t in language.titles if re.fullmatch(r"[A-Z][a-z]{0,3}", t)
                                  and t.lower() not in language.titles_ending_sentences},
        alternatives([","] + [f" {w} " for w in language.attribution_ends]),
        language.pronouns, language.plural_pronoun, language.not_names, language.demonyms,
        language.not_person_words,
        frozenset(" ".join(language.titles).split()),
        frozenset(w[0].upper() + w[1:] for w in " ".join(language.roles).split()),
        frozenset(language.document_words),
        frozenset(language.place_prepositions) | language.not_speaker_after,
        {title: pronoun for pronoun, titles in language.pronoun_titles.items() for title in titles},
        organisation_word,
        re.compile(rf"(?:{the} )?(?P<name>(?:[A-Z][\w’'-]{{1,{MAX_WORD_LETTERS}}} ){{0,{MAX_NAME_WORDS}}}"
                   rf"{organisation_word.pattern}"
                   rf"(?: {of} (?:{the} )?[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)?)"),
        language.plural_endings,
        re.compile(rf"(?:{possessive})$"),
        re.compile(rf"\b{either_case(the)} ([a-z]+)$"),
        re.compile(rf", (?:\d|(?:{alternatives(language.determiners)}) |[A-Z]\S*(?:{possessive}) )"),
        language.not_subjects,
        re.compile(rf"\s+(?:{alternatives(language.clause_openers)})(?:\b|[’'])"),
        re.compile(rf"\b{the_either} (?P<description>(?:[\w’'-]{{1,40}} ){{0,3}}?(?:{role}))$"),
        re.compile(rf"\b{the_either} (?:[a-z]{{1,40}} )?(?P<document>{documents})$"),
        re.compile(rf"(?P<description>(?:[A-Z][\w’'-]{{0,40}} ){{0,3}}?(?:{role})) (?P<name>{name})"),
        re.compile(rf"(?:{alternatives(language.determiners + language.role_counts)}|{the_either}|{of}"
                   rf"|{body_prepositions}|\d+)"),
        re.compile(rf"\s(?:{alternatives(language.document_author_prepositions)}) (?:{the_either} )?(?P<body>{name})"),
        re.compile(rf"\b(?:{alternatives(language.document_verbs)})\b"),
        re.compile(rf"(?<![\w’'-])(?:{determiner}|\d{{1,3}}(?:{language.age_suffix})?)(?![\w’'-])[,\s]*"),
        re.compile(rf"\s(?:{body_prepositions}) (?:{the} )?{body_word}(?: {body_word}){{0,3}}"
                   rf"(?:(?<=[’']s)(?: [\w’'-]{{1,40}}){{1,5}}(?=,))?"),
        frozenset(t for titles in language.pronoun_titles.values() for t in titles
                  if t.lower() not in {r.lower() for r in language.roles}),
        frozenset(w.capitalize() for w in language.speech_adverbs),
        re.compile(rf"(?:^|(?<=[.!?]) |(?<=\n))(?:{alternatives(language.page_furniture)})\b"),
        tuple(language.given_name_locales),
        frozenset(p.capitalize() for p in language.name_particles) | language.not_names | language.demonyms,
        re.compile(rf"(?P<first>{word}) [“\"](?P<nickname>{word})[”\"] (?P<last>{word}(?: {word})?)(?![\w’'-])"),
        tuple(sorted(r.split()[-1].lower() for r in language.roles)),
        language.code,
        re.compile(rf" (?:{alternatives(language.relative_openers)}) "),
        re.compile(rf"(?:{the_either} )?(?P<body>{name}) (?:{alternatives(language.group_members)})$"),
        re.compile(rf"(?P<name>{name}), (?:{alternatives(language.associations)}) (?:[a-z][\w’'-]{{0,40}} ){{0,2}}"
                   rf"(?P<body>{body_word}(?: {body_word}){{0,3}}) [a-z]"),
        tuple(f", {w} " for w in language.associations),
        re.compile(rf"(?:{the_either} )?(?P<name>{name}) {language.self_reference_verb}"),
        frozenset(language.self_naming_documents),
        re.compile(rf"\s*(?:[A-Z][a-z]{{1,12}},? )?{the_either} (?P<name>{name}),? [a-z]"),
        re.compile(rf"[,.!?…]?\s*[—–]\s?(?P<name>{name})(?:,[^\n“”\"—–]{{0,80}})?[.\s]*"),
        frozenset(r.split()[-1].lower()[:2] for r in language.roles),
        re.compile(rf"\b{the_either} (?:[a-z][\w’'-]{{0,40}} ){{0,3}}(?P<name>{body_word}(?: {body_word}){{0,{MAX_NAME_WORDS - 1}}}) "
                   rf"(?:{alternatives(language.organisation_nouns)})\b") if language.organisation_nouns else re.compile(NEVER),
        tuple(f" {noun}" for noun in language.organisation_nouns),
        language.not_organisation_names,
        re.compile(rf"{language.acronym_before} (?P<name>[A-Z]{{2,6}}) (?:{alternatives(language.speech_verbs)})\b"),
        frozenset(word.lower() for word in language.inverted_attribution),
        tuple(language.title_endings),
        re.compile(rf"(?<!\w)(?i:{alternatives(language.organisations_named_after)})\s+[«„“\"]\s?"
                   rf"(?P<name>[{language.name_capitals}][^«»“”„\"\n]{{0,60}}?)\s?[»“”\"]")
        if language.organisations_named_after else re.compile(NEVER),
    )


@functools.cache
def given_names(locales):
    """The first names of Faker's person data for these locales ("en_US": "Bill", "Susan"), read
    once per process and only when a source asks (Faker's import takes about 0.1 s)."""
    found = set()
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for field in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            value = getattr(provider, field, ())
            if isinstance(value, (tuple, list, set, frozenset, dict)):
                found.update(value)
    return frozenset(found)


@functools.lru_cache(maxsize=1 << 16)  # every mention of a name asks again
def alias_key(name):
    """One key for the spellings of a name that differ by transliteration, in any script: a name
    in Latin letters by its letters without accents; one in another script by its transliteration
    (anyascii: "Немчинова" -> "Nemchinova", "Зеленський" -> "Zelens'kiy", without the apostrophe).
    The Latin alphabets' spellings of one sound are one (TRANSLITERATIONS): Nemchinova, Nemčinova,
    Nemtchinova, Nemtschinowa, Niemczynowa; Yulia, Julija, Ioulia; Zelensky, Zełenski."""
    if any(letter.isalpha() and not unicodedata.name(letter, "").startswith("LATIN") for letter in name):
        name = re.sub(r"['’`]", "", anyascii(name))
    name = name.replace("ł", "l").replace("Ł", "L")  # no accent: NFKD keeps it
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = TRANSLITERATIONS.sub(lambda m: TRANSLITERATED[m[0]], text).replace("j", "y").replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", re.sub(r"(.)\1+", r"\1", text).replace("ie", "e"))  # Siergiej, Sergei


# č (c once accents go), ch, tch, tsch, cz; š, sh, sz; ž, zh; w as v (Polish, German); ou as u (French)
TRANSLITERATED = {"tsch": "c", "tch": "c", "ch": "c", "cz": "c", "sh": "s", "sz": "s", "zh": "z", "w": "v", "ou": "u"}
TRANSLITERATIONS = re.compile("|".join(sorted(TRANSLITERATED, key=len, reverse=True)))


def is_demonym(word, people):
    """Is a word a nationality or the like, or its plural ("French", "Cypriots")?"""
    return word in people.demonyms or any(word.endswith(end) and word[:-len(end)] in people.demonyms
                                          for end in people.plural_endings)


def clean_name(name, people):
    """The name without a possessive, what owns it ("Al Jazeera's Ana Diaz"), a nationality or a
    title in front ("German Chancellor Ana Diaz"), or a capitalised non-name ("The") before it,
    and up to any after it;
    people: the language's EntityGrammar."""
    return cleaned_name(name, people.language)


@functools.lru_cache(maxsize=1 << 16)  # an article names its people again and again
def cleaned_name(name, code):
    people = grammar(code)
    words = name.strip().split()
    owned = [i for i, w in enumerate(words[:-1]) if people.possessive.search(w)]
    if owned:
        words = words[owned[-1] + 1:]
    words = [w for w in (people.possessive.sub("", w) for w in words) if w]
    while words and words[0] in people.not_names:  # "The", "Unlike" before a name
        words = words[1:]
    ended = next((i for i, w in enumerate(words) if w in people.not_names), len(words))
    words = words[:ended]  # a non-name after a name ends it: a credit line run into a heading,
    # "Photography by Michael Shane / The Breakdown", is Michael Shane
    if words and people.organisation_word.fullmatch(words[-1]):
        return " ".join(words)  # an organisation keeps its whole name: "European Commission", "Justice Ministry"
    while words and is_demonym(words[0], people):
        words = words[1:]
    # The name starts after the last title before its last word ("Secretary of State Ana Diaz");
    # a role word capitalised ("Deputy Spokesperson") before two name words at least.
    cut = -1
    for i, w in enumerate(words[:-1]):
        bare = w.rstrip(".")
        if bare in people.title_words or (bare in people.role_words and len(words) - i > 2) \
                or (w.endswith(".") and len(bare) <= 4) \
                or (people.title_endings and bare.lower().endswith(people.title_endings) and len(words) - i > 2):
            cut = i
    words = words[cut + 1:]
    while len(words) > 2 and not lemmas.may_name_a_person(words[0], code):
        words = words[1:]  # what a title's body is named in before the name: "(президент) России Владимир Путин"
    given = given_names(people.given_name_locales) if len(words) > 2 else ()
    first = next((i for i, w in enumerate(words) if w in given), 0)
    if first and len(words) - first > 1:
        words = words[first:]  # the same where a given name says where the name starts: "(Minister) Zdrowia Adam Niedzielski"
    while words and len(words) == 1 and (words[0].rstrip(".") in people.title_words or people.title_endings
                                         and words[0].lower().endswith(people.title_endings)):
        words = words[1:]  # a title alone names no one: "Mayor", "Bürgermeister"
    return " ".join(words)


def is_person(name, people, strong=False):
    """Could a cleaned name be a person's: no place, organisation, nationality or building;
    strong: a title says so ("President Obama", though Obama is also a town)."""
    words = name.split()
    if not words or any(w in people.not_person_words for w in words) or people.organisation_word.search(name):
        return False
    if all(w in people.not_names or is_demonym(w, people) for w in words):
        return False
    if len(words) == 1 and (strong or len(name) < 2):
        return len(name) > 1
    return not is_known_place(name)


SENTENCE_END = re.compile(r"[.!?…][”\"’]?\s+(?=[“\"‘A-Z0-9]|$)")
WORD_BEFORE_STOP = re.compile(r"[\w.]+$")


def sentence_ends(text, start, end, people):
    """Where the sentences in text[start:end] end: never at an abbreviation's full stop ("Mr.",
    "Cmdr.") or an initial ("J.")."""
    ends = []
    for match in SENTENCE_END.finditer(text, start, end):
        if text[match.start()] == ".":
            word = WORD_BEFORE_STOP.search(text, max(start, match.start() - 12), match.start())
            word = word[0].lower() if word else ""
            if word in people.abbreviations or (len(word) == 1 and word.isalpha()) or "." in word:
                continue
        ends.append(match.end())
    return ends


def sentence_start(text, before, floor, people):
    """Where the sentence holding text[before] starts (not before floor)."""
    ends = sentence_ends(text, floor, before, people)
    return ends[-1] if ends else floor


def subject_before(phrase, people):
    """Who the words before a speech verb name: a name ("Ana Diaz", "German Chancellor Ana Diaz,
    the mayor,"), a pronoun, an owner of a statement ("A White House statement"), NOBODY for
    words that name no one ("an official in Brussels"), a stand-in ("the ministry", "the statement",
    "the Pasok leader": stand_in), or None without words."""
    phrase = people.adverb_end.sub("", phrase[-200:].strip()).lstrip(" ,").rstrip()
    if not phrase.strip(" ,"):
        return None
    last = phrase.split()[-1].strip(",")
    if last.lower() in people.pronouns:
        return last.lower()
    relative = people.relative.search(phrase, phrase.rfind(",") + 1)
    if relative and re.match(r"[a-z]", phrase[relative.end():]) \
            and phrase[relative.end():].split()[0] not in people.pronouns:
        # "voters who backed Ana Diaz said": the voters speak ("Ana Diaz, who …, said" is an apposition;
        # in "locals who Ana Diaz said were" and "locals who she said were" the relative's subject speaks)
        return subject_before(phrase[:relative.start()], people) or NOBODY
    document = people.document_end.search(phrase.rstrip(" ,"))
    if document:
        owner = clean_name(document["owner"] or document["body"], people)
        return owner if owner and not is_demonym(owner, people) else stand_in(phrase, people)
    subject = people.subject_end.search(phrase)
    if not subject:
        return stand_in(phrase, people)
    before = phrase[:subject.start()].split()
    if not subject["apposition"] and phrase.endswith(","):
        return NOBODY  # "Ana Diaz arrived in Athens, said": no subject
    if before and before[-1].lower() in people.prepositions:
        return NOBODY  # "an official in Brussels said"
    name = clean_name(subject["name"], people)
    return name if name and not all(is_demonym(w, people) for w in name.split()) else NOBODY


# Stand-ins: words that name a speaker the article names elsewhere, each marked by its first character.
ORGANISATION = "\0"  # before an organisation word: "the ministry said", whose name the source gives
DOCUMENT = "\1"  # before a document word: "the statement said", by whoever put out the one named before
ROLE = "\2"  # before a description: "the Pasok leader said", the one person the article describes so
GROUP = "\3"  # before a body's name: "the Green Union lawmakers said", the body when it is no person or place
STAND_INS = (ORGANISATION, DOCUMENT, ROLE, GROUP)


def is_stand_in(speaker):
    return bool(speaker) and speaker[0] in STAND_INS


def stand_in(phrase, people):
    """Who words naming no one by name stand for: "the statement" (DOCUMENT + "statement"), "the
    Pasok leader" (ROLE + "Pasok leader"), "the ministry" (ORGANISATION + "Ministry"); else NOBODY."""
    phrase = phrase.rstrip(" ,.;:!?")
    document = people.the_document.search(phrase)
    if document:
        return DOCUMENT + document["document"]
    role = people.the_role.search(phrase)
    if role:
        return ROLE + role["description"]
    group = people.group_end.search(phrase)
    if group:
        return group_of(group["body"], people)
    return body_of(phrase, people)


def group_of(body, people):
    """The body whose members speak ("the Green Union lawmakers") as GROUP + its name; else NOBODY."""
    name = clean_name(body, people)
    return GROUP + name if name and not all(is_demonym(w, people) for w in name.split()) else NOBODY


def body_of(phrase, people):
    """'the ministry' as ORGANISATION + 'Ministry', for the one ministry the source names; else NOBODY."""
    body = people.the_body.search(phrase.rstrip(" ,"))
    if body and people.organisation_word.fullmatch(body[1].capitalize()):
        return ORGANISATION + body[1].capitalize()
    return NOBODY


def is_nominal(phrase, people):
    """Do the words before a speech verb name someone unnamed: "an official in Brussels",
    "analysts" (not "Ana Diaz arrived, and")?"""
    clause = re.split(r"[,;:]", phrase.strip(" ,"))[-1].split()
    return 0 < len(clause) <= 6 and clause[-1].islower() and clause[-1] not in people.not_subjects \
        and clause[0].lower() not in people.pronouns


def subject_after(rest, people):
    """Who the words after a speech verb name: "said Ana Diaz, a farmer", "said shop owner Ana
    Diaz", "said the French president, Ana Diaz", "said Cmdr. Ana Diaz", "she said"."""
    rest = rest[:160].split("\n")[0]
    ends = sentence_ends(rest, 0, len(rest), people)
    rest = rest[:ends[0]] if ends else rest
    rest = re.split("[“”\"]", rest)[0]
    segment = re.split(people.attribution_end, rest)[0]
    tokens = segment.split()
    if tokens and tokens[0].lower().strip(",.") in people.pronouns:
        return tokens[0].lower().strip(",.")
    at, skipped = 0, []
    while at < len(tokens) and len(skipped) < 6:
        token = tokens[at]
        if token[0].isupper():
            match = re.match(rf"(?:[A-Z][a-z]{{0,4}}\. )*(?P<name>{people.name})", " ".join(tokens[at:]))
            if not match:
                skipped.append(token)
                at += 1
                continue
            name = clean_name(match[0], people)
            after = " ".join(tokens[at:])[match.end():].split()
            if people.possessive.search(match[0]):  # "said Irina's boyfriend Sergei": whose, not who
                skipped += match[0].split()
                at += len(match[0].split())
                continue
            if after and after[0][0].islower() and after[0] not in people.prepositions:
                # the name is no speaker but says whose: "said a Foreign Ministry spokesman"
                if after[0] in people.document_words:
                    return name or NOBODY
                if people.group_end.search(f"{match[0]} {after[0].rstrip('.,;:!?')}"):  # "said the Union lawmakers"
                    return group_of(match[0], people)
                if not any(w[0].upper() + w[1:].rstrip(".,") in people.role_words for w in after[:2] if w[0].islower()):
                    return NOBODY
                skipped += match[0].split()  # a qualifier of a role: "said the Pasok leader"
                at += len(match[0].split())
                continue
            if name and not all(is_demonym(w, people) for w in name.split()):
                return name
            skipped += match[0].split()
            at += len(match[0].split())
            continue
        if token.lower() in people.prepositions and not (skipped and skipped[-1] in people.document_words):
            return NOBODY  # "said on Sunday", "said in a statement"
        skipped.append(token)
        at += 1
    apposition = re.match(rf", (?P<name>{people.name})", rest[len(segment):])
    if apposition and skipped and any(w.lower() in people.role_words or w in people.title_words
                                      or w.lower().capitalize() in people.role_words for w in skipped):
        name = clean_name(apposition["name"], people)  # "said the French president, Ana Diaz"
        return name or NOBODY
    if skipped and not apposition:
        return stand_in(" ".join(skipped), people)  # "said the ministry", "said the Pasok leader"
    return NOBODY if skipped else None


def attribution_after(after, people):
    """The speaker the words straight after a quote name, or None when they name none."""
    # a dash may stand before the verb: "«…», — заявил Алексей Миллер", "„…“ – powiedział Jan"
    verb = re.match(rf"[,.!?…]?\s*(?:[—–-]\s*)?(?P<verb>{people.speech.pattern}|{people.according})\s*(?P<rest>.*)", after,
                    re.S)
    if verb:
        return subject_after(verb["rest"], people)
    # "…," Ana Diaz said / "…," the ministry said: the phrase before the verb, one short clause
    before = re.match(rf"[,.!?…]?\s*(?P<phrase>[^“”\"\n!?;]{{0,100}}?)\s(?P<verb>{people.speech.pattern})", after)
    if before and len(before["phrase"].split()) <= 12 and not sentence_ends(before[0] + " A", 1, len(before[0]) + 2, people):
        phrase = before["phrase"]
        if "," in phrase.strip(" ,") and not people.subject_end.search(phrase.strip()):
            return None  # "…," in other words, … said: a clause between
        if people.new_clause.match(after, before.end()):
            return None  # "…," Ana says that's not true: Ana speaks a new clause, not the quote
        return subject_before(phrase, people)
    return None


def attribution_before(text, start, quote_start, people):
    """The speaker named before a quote in its sentence: Ana Diaz said: "…"; she told the court
    the plan was "…". text[start:quote_start] is the sentence up to the quote."""
    before = text[start:quote_start]
    verbs = list(people.speech.finditer(before))
    if not verbs:
        return None, None
    verb = verbs[-1]
    opening = before[:verb.start()].split()
    if opening and opening[-1].lower() in people.inverted_attribution:  # "Как заявил Иван Петров, «…»"
        return subject_after(before[verb.end():], people), start + verb.start()
    return subject_before(before[:verb.start()], people), start + verb.start()


class Spoken(NamedTuple):
    """A quote in a source's text, and its speaker as far as read."""
    start: int
    end: int
    text: str
    speaker: str | None  # a name, a pronoun, NOBODY, ORGANISATION + a word; None: not read
    how: str | None  # how the speaker was read: 'after', 'before', 'continued', 'paragraph'; None: not read
    where: int  # where the attribution's verb is
    paragraph: tuple  # (start, end) of its paragraph in the text


def source_quotes(text, paragraphs, people):
    """Each quote of 3 words or more in text, with the speaker the words straight after it name."""
    found = []
    for start, end in paragraphs:
        tail = start
        for match in QUOTE.finditer(text, start, end):
            tail = match.end()
            kind = next(k for k in QUOTE_KINDS if match[k] is not None)
            quote = match[kind].strip()
            if len(quote.split()) < 3:
                continue  # a quoted phrase ("the remnants of occupiers") is no one's statement
            if names_a_title(text, match.start(), quote, people.language):
                continue  # "в фильме «Изгой-один. Звёздные войны»": a work's name, no one's words
            # A quote closed by a full stop ends its sentence: what follows is no attribution.
            closed = match[f"{kind}_end" if kind != "text" else "end"] == "."
            speaker = None if closed else attribution_after(text[match.end():min(end, match.end() + 200)], people)
            if speaker is None:  # "“…” — Mayor Ana Diaz", in its paragraph or as the next one
                speaker = dashed_speaker(text, match, start, end, paragraphs, people)
            if speaker is None:  # "«Мы раздаём маски всем, — рассказывает Андреа Падован, — не получая…»"
                speaker = inserted_speaker(quote, people)
            found.append(Spoken(match.start(), match.end(), quote, speaker, "after" if speaker is not None else None,
                                match.end(), (start, end)))
        unclosed = unclosed_quote(text, tail, end)
        if unclosed:
            found.append(Spoken(unclosed[0], end, unclosed[1], None, None, end, (start, end)))
    return found


INSERTION = re.compile(r"(?:[,.!?…]\s*|\s)[—–]\s*")  # where a speaker set between dashes inside a quote starts
INSERTION_END = re.compile(r",?\s*[—–]")


def inserted_speaker(quote, people):
    """The speaker named between dashes inside a quote, as Russian, Ukrainian and Polish set one
    ("«Всё началось случайно, — рассказал Андреа, — сделать маски»"), or None."""
    for dash in INSERTION.finditer(quote):
        verb = people.speech.match(quote, dash.end())
        closing = INSERTION_END.search(quote, verb.end()) if verb else None
        if closing:
            return subject_after(quote[verb.end():closing.start()], people)
    return None


TOKEN_BEFORE = re.compile(r"(\w+) $")


def names_a_title(text, at, quote, code):
    """Whether a quote opening at text[at] with a capital is the name of a work, a law or an
    order that a noun right before it names ("фильме «Изгой-один»", "статье «Непредставление
    сведений»"), in a language whose words' parts of speech are known (lemmas.py)."""
    if not quote[:1].isupper() or lemmas.analyser(code) is None:
        return False
    before = TOKEN_BEFORE.search(text, max(0, at - 40), at)
    return before is not None and lemmas.reading(before[1].lower(), code)[1] == lemmas.NOUN


def dashed_speaker(text, match, start, end, paragraphs, people):
    """The speaker a dash names after a quote, to its paragraph's end ("“…” — Mayor Ana Diaz") or as
    the whole next paragraph of a paragraph that is the quote alone (a pull quote); else None."""
    dash = people.dash_attribution.fullmatch(text, match.end(), min(end, match.end() + 200))
    if not dash and not text[start:match.start()].strip() and not text[match.end():end].strip(" ,.!?…"):
        after = bisect.bisect_right(paragraphs, (end, end))
        if after < len(paragraphs) and paragraphs[after][0] == end + 1:
            begin, stop = paragraphs[after]
            dash = people.dash_attribution.fullmatch(text, begin, min(stop, begin + 200)) \
                if re.match(r"\s*[—–]", text[begin:begin + 8]) else None
    name = clean_name(dash["name"], people) if dash else None
    return name if name and not all(is_demonym(w, people) for w in name.split()) else None


def unclosed_quote(text, start, end):
    """(where, words) of a quote opened in text[start:end] and never closed there, running to its end."""
    rest = text[start:end].rstrip()
    for opening in OPENING.finditer(rest):
        words = rest[opening.end():].strip()
        if not CLOSING[opening["mark"]].search(words):
            words = re.sub(r"[,.!?…]$", "", words.rstrip("“”\"‘’'«»„ "))  # as a closed quote's, without its stop
            return (start + opening.start(), words) if len(words.split()) >= 3 else None
    return None


def joined(source):
    """A source as one text: (text, paragraphs as (start, end), sentences as (start, anchor))."""
    text, paragraphs, starts = "", [], []
    for paragraph in source.paragraphs:
        begin = len(text)
        for sentence in paragraph:
            starts.append((len(text), sentence.anchor))
            text += sentence.text + " "
        paragraphs.append((begin, len(text)))
        text += "\n"
    return text, paragraphs, starts


def is_quoted(quotes, at):
    """Is text[at] inside one of the quotes (in the text's order)?"""
    n = bisect.bisect_right(quotes, at, key=lambda quote: quote.start) - 1
    return n >= 0 and at < quotes[n].end


QUOTE_TO_VERB = 6  # characters from a quote's end to its attribution's verb: "», — заявил"
CAPITAL_SOON = re.compile(r"^[^.!?\n]{0,80}?\s\w*[^\W\d_a-zа-яё]")  # a capital within a few words, in any script


def marked_people(sentences, text, quotes, people):
    """(names, strong, introduced, roles): the people the text marks by a title or role (strong: a
    person though a place shares the name), an apposition or an age (introduced: "Alexander, 44,"
    is his own person), and full names that speak outside quotes ("Ana Diaz said"); roles: (name,
    anchor, role) of each title or role a sentence gives a name."""
    strong, names, introduced, roles = set(), set(), set(), []
    for sentence in sentences:
        titled_with, marked_with = marked_roles(sentence.text, people)
        titled = [n for n, _ in titled_with if is_person(n, people, True)]
        marked = [n for n, _ in marked_with if is_person(n, people) and n not in titled]
        strong.update(titled)
        names.update(titled, marked)
        introduced.update(marked)
        roles += [(n, sentence.anchor, role) for n, role in titled_with + marked_with if role]
    for match in people.said_by.finditer(text):
        name = clean_name(match["name"], people)
        before = text[max(0, match.start() - 20):match.start()].split()
        if len(name.split()) > 1 and not is_quoted(quotes, match.start()) and is_person(name, people) \
                and not (before and before[-1].lower() in people.prepositions) \
                and any(lemmas.may_name_a_person(word, people.language) for word in name.split()):  # "Пресс-служба Кремля"
            names.add(name)
    # A full name straight after a speech verb speaks too: "заявил министр Сергей Лавров", "said Ana
    # Diaz, a farmer"; not past a colon, after which comes what is said ("сказал журналистам: Слава Богу!").
    told = {quote.end for quote in quotes if quote.speaker is not None}  # read already: "“…,” said Ana Diaz"
    for verb in people.speech.finditer(text):
        after = text[verb.end():verb.end() + 160].split(":")[0]
        if any(verb.start() - gap in told for gap in range(QUOTE_TO_VERB)) or is_quoted(quotes, verb.start()) \
                or not CAPITAL_SOON.search(after):  # most name no one: the cheap tests first
            continue
        name = subject_after(after, people)
        if name and name != NOBODY and len(name.split()) > 1 and name == clean_name(name, people) \
                and is_person(name, people) and any(lemmas.may_name_a_person(word, people.language) for word in name.split()):
            names.add(name)
    return names, strong, introduced, roles


WORD = re.compile(r"\b[^\W\d_]+\b")
INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\. $")


def after_initial(text, at):
    """Whether text[at] follows an initial ("S. Ann Soetoro"); the cheap test first."""
    return text.startswith(". ", at - 2) and INITIAL_BEFORE.search(text, max(0, at - 4), at) is not None


def given_named(text, quotes, people):
    """{full name: its spellings with a nickname}: the full names outside quotes whose first word is
    a given name (given_names), people though nothing else marks them ("Unlike Bill Clinton, …";
    'Susan "Nunu" Bell' is Susan Bell). A sentence's first word before one is no part of it
    ("Unlike"); none after an initial ("S. Ann Soetoro"), holding a word the source also writes in
    lower case ("Golden Dawn" beside "dawn"), a word joined to a lower-case one ("a Willy
    Loman-style salesman"), written after "the" ("the far-right Golden Dawn party", "the West
    Coast") or before an organisation word or a ticker ("Owens Illinois (OI.N)"), a photo credit ("Credit Ana Diaz/Reuters":
    no subject of the sentences after it), or naming a place,
    organisation, building or nationality (is_person);
    none beside another full name of the source with its surname and a given name starting alike,
    maybe the same person's ("Barry Obama" beside "Barack Obama", so "Stan Dunham" beside
    "Stanley Ann Dunham" too): no page rather than two for one person."""
    given = given_names(people.given_name_locales) - people.not_given_names
    if not given:
        return {}
    lower = {w for w in set(WORD.findall(text)) if w.islower()}
    found = {}
    candidates = [(m.start(), m[0], None, m.end()) for m in people.name_pattern.finditer(text)]
    candidates += [(m.start(), f"{m['first']} {m['last']}", m[0], m.end()) for m in people.nicknamed.finditer(text)]
    written_names = {}  # surname -> the given names of the full names written with it
    for _, written, _, _ in candidates:
        words = clean_name(written, people).split()
        if len(words) > 1:
            written_names.setdefault(alias_key(words[-1]), set()).add(alias_key(words[0]))
    unlike = set()  # names some mention of which is no person's: "the Golden Dawn party"
    for start, written, spelling, end in candidates:
        if (not spelling and is_quoted(quotes, start)) or after_initial(text, start):
            continue  # a nickname's marks may look like a quote's: 'Susan "Nunu" Bell and Gretchen "Nini" …'
        words = clean_name(written, people).split()
        if len(words) > 2 and words[0] not in given and words[0] == written.split()[0] \
                and re.search(r"(?:^|[.!?”\"]\s|\n)$", text[max(0, start - 2):start]):
            words = words[1:]  # "Unlike Bill Clinton": a sentence's first word
        if len(words) < 2 or words[0] not in given or any(w.lower() in lower for w in words[1:] if w[0].isupper()) \
                or any(re.search(r"-[^\W\d_]*[a-z]$", w) and w.rsplit("-", 1)[1].islower() for w in words):
            continue
        name = " ".join(words)
        first = alias_key(words[0])
        if any(other != first and other[:2] == first[:2] for other in written_names.get(alias_key(words[-1]), ())):
            continue
        if re.search(r"\b[Tt]he (?:[a-z][\w-]* ){0,2}$", text[max(0, start - 60):start]) or written.startswith("The ") \
                or re.match(r" [A-Z][\w-]*", text[end:end + 40]) and people.organisation_word.fullmatch(text[end + 1:end + 40].split()[0]) \
                or re.match(r"\s*\([A-Z][A-Z.]{0,9}\)|/", text[end:end + 14]):
            unlike.add(name)
        elif is_person(name, people):
            spellings = found.setdefault(name, [])
            if spelling and spelling not in spellings:
                spellings.append(spelling)
    return {name: spellings for name, spellings in found.items() if name not in unlike}


def going_on(quote, previous, text, people):
    """The quote as its paragraph's last quote's speaker going on, when only that quote's own
    attribution stands between ("…," she said. "…"; "…," said Ana, "…"; ", adding that "…")."""
    if previous.speaker is None or previous.paragraph != quote.paragraph:
        return quote
    gap = text[previous.end:quote.start]
    ends = sentence_ends(gap, 0, len(gap), people)
    tail = gap[ends[-1]:] if ends else gap
    after = previous.how == "after"
    if (not tail.strip(" “”\"‘’") and previous.speaker != NOBODY and (not ends or (after and len(ends) == 1))) \
            or people.continued.search(tail) or (after and not ends and gap.rstrip().endswith(",")):
        return quote._replace(speaker=previous.speaker, how="continued", where=previous.where)
    return quote


def said_before(quote, text, people):
    """The quote with the speaker named before it in its sentence (Ana Diaz said: "…"), if any."""
    begin = sentence_start(text, quote.start, max(quote.paragraph[0], quote.start - 400), people)
    speaker, at = attribution_before(text, begin, quote.start, people)
    return quote if speaker is None else quote._replace(speaker=speaker, how="before", where=at)


def paragraph_carried(quote, previous, text, paragraphs, people):
    """The quote opening its paragraph as the speaker whose quote closed the paragraph before, or who
    spoke in its last sentence without quotes ("Ana Diaz said the plan would fail." / "Ana Diaz
    described what happened next:"), the page's furniture after it aside ("Media caption …")."""
    start = quote.paragraph[0]
    if not start or text[start:quote.start].strip():
        return quote
    last = paragraphs[bisect.bisect_left(paragraphs, quote.paragraph) - 1]
    furniture = people.furniture.search(text, last[0], last[1])
    close = furniture.start() if furniture else last[1]
    if previous is not None and previous.paragraph == last and previous.end <= close:
        rest = text[previous.end:close]
        if previous.speaker == NOBODY and previous.end == last[1]:  # a quote going on over paragraphs
            return quote._replace(speaker=NOBODY, how="paragraph", where=previous.where)
        if previous.speaker and (not rest.strip(" “”\"‘’") or (
                previous.how == "after" and len(sentence_ends(rest, 0, len(rest), people)) <= 1)):
            return quote._replace(speaker=previous.speaker, how="paragraph", where=previous.where)
        if not rest.strip(" “”\"‘’.,;"):
            return quote  # the paragraph before closes on a quote whose speaker is not known
    return spoken_last(quote, text, last[0], close, people)


def spoken_last(quote, text, start, end, people):
    """The quote as who speaks, without quotes, in the last sentence of text[start:end] ("Ana Diaz
    said the plan would fail."), when the quote's own paragraph names no speaker after it."""
    if people.speech.search(text, quote.end, quote.paragraph[1]):
        return quote  # a speaker of its own the paragraph names, unread: no guess
    stop = len(text[:end].rstrip())
    if stop <= start:
        return quote
    sentence = sentence_start(text, stop - 1, start, people)
    clause = re.split(r"[“”\"«»„]", text[sentence:stop])[0]  # the words before any quote in it
    verbs = [v for v in people.speech.finditer(clause)]
    if not verbs:
        return quote
    speaker = subject_before(clause[:verbs[-1].start()], people)
    if not speaker or speaker == people.plural_pronoun:
        return quote
    return quote._replace(speaker=speaker, how="paragraph", where=sentence + verbs[-1].start())


def speakers_read(text, paragraphs, quotes, people):
    """The quotes with their speakers: after the quote (read already), the last speaker going on,
    before it in its sentence, or the speaker closing the paragraph before."""
    read, previous = [], None
    for quote in quotes:
        if quote.how is None and previous is not None:
            quote = going_on(quote, previous, text, people)
        if quote.how is None:
            quote = said_before(quote, text, people)
        if quote.how is None:
            quote = paragraph_carried(quote, previous, text, paragraphs, people)
        read.append(quote)
        previous = quote
    return read


def organisations_and_places(sentences, declared, language, people):
    """({organisation: anchors}, {place: anchors}) the sentences name, in order of mention."""
    organisations, places = {}, {}
    for sentence in sentences:
        for name in organisations_in(sentence.text, people):
            organisations.setdefault(name, []).append(sentence.anchor)
        for name in places_in(sentence.text, declared, language):
            places.setdefault(name, []).append(sentence.anchor)
    # An organisation is named again without what marked it: "the leftist Syriza party", then
    # "Syriza 26.9% (71)".
    named_again = mentions(sentences, set(organisations))
    by_initials = {initials(name): name for name in organisations if len(initials(name)) > 1}
    for sentence in sentences:  # "the EU" of an article naming the European Union: a mention of it
        for acronym in ACRONYM.findall(sentence.text):
            name = by_initials.get(acronym)
            if name is not None and name != acronym and sentence.anchor not in named_again[name]:
                named_again[name].append(sentence.anchor)
    order = {sentence.anchor: n for n, sentence in enumerate(sentences)}
    return {name: sorted(named_again[name], key=order.__getitem__) or anchors
            for name, anchors in organisations.items()}, places


ACRONYM = re.compile(r"(?<![\w’'-])[A-Z]{2,6}(?![\w’'-])")


def initials(name):
    """"IMF" of "International Monetary Fund" (the capitalised words' first letters)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper()) if " " in name else ""


def document_mentions(text, quotes, people):
    """{document word: starts of the documents the text names outside quotes, in order}, but for
    those it names as "the <word>": a document named again, not put out ("the statement")."""
    documents = {}
    for match in re.finditer(rf"\b(?:{alternatives(sorted(people.document_words))})\b", text):
        if not is_quoted(quotes, match.start()) \
                and not people.the_document.search(text, max(0, match.start() - 60), match.end()):
            documents.setdefault(match[0], []).append(match.start())
    return documents


def document_author(text, start, word, quotes, people):
    """Who put out the document named at text[start] (a word): its owner ("a White House statement"),
    who it is from ("a statement from the Interior Ministry"), who issued it in its sentence ("the
    ministry issued a statement") or spoke in it ("Ana Diaz said in a statement"); else NOBODY."""
    end = start + len(word)
    begin = sentence_start(text, start, max(text.rfind("\n", 0, start) + 1, start - 400), people)
    owner = people.document_end.search(text, begin, end)
    if owner and owner["owner"]:
        name = clean_name(owner["owner"], people)
        if name and not is_demonym(name, people):
            return name
    body = people.document_by.match(text, end)
    if body:
        name = clean_name(body["body"], people)
        return name if name and not is_demonym(name, people) else NOBODY
    stop = text.find("\n", end)
    stop = min(len(text) if stop < 0 else stop, end + 400)  # its sentence's end, not the paragraph's: linear
    ends = sentence_ends(text, end, stop, people)
    put_out = list(people.document_verb.finditer(text, begin, start))[-1:]  # "the ministry issued a"
    spoken = [v for v in people.speech.finditer(text, begin, ends[0] if ends else stop)
              if not is_quoted(quotes, v.start())][:1]  # "In a statement, the ministry said"
    for verb in put_out + spoken:
        speaker = subject_before(re.split(r"[“”\"]", text[begin:verb.start()])[-1], people)
        if speaker and speaker not in people.pronouns and not speaker.startswith(DOCUMENT):
            return speaker
    return NOBODY


def spokesman_body(text, start, people):
    """The body whose unnamed spokesman the text names at text[start] ("A spokesman said"): the one
    the sentence before opens on as its subject ("The Harbour Office rejects the claims."); else NOBODY."""
    begin = sentence_start(text, start, max(text.rfind("\n", 0, start) + 1, start - 400), people)
    stop = len(text[:begin].rstrip())
    if not stop:
        return NOBODY
    before = sentence_start(text, stop - 1, max(0, stop - 400), people)
    tail = re.split(r"[.!?…][”\"’']\s+(?=[A-Z])", text[before:stop])[-1]  # "… streets.' But the Harbour Office"
    body = people.the_name.match(tail)
    name = clean_name(body["name"], people) if body else None
    return name if name and not all(is_demonym(w, people) for w in name.split()) else NOBODY


def document_speakers(quotes, text, people):
    """The quotes with "the statement said" as who put out the last statement named before it
    that was not named so (document_author), or NOBODY; and the quotes someone unnamed speaks in a
    statement their sentence names ("…," officials said in a statement) as its author. A statement
    whose author no attribution names is by the body its own words name as writing it ("The
    Council welcomes …"), in any of its quotes."""
    documents = document_mentions(text, quotes, people)
    linked = []  # (quote, (start, word) of its document, or None)
    for quote in quotes:
        document = None
        if quote.speaker and quote.speaker.startswith(DOCUMENT):
            word = quote.speaker[1:]
            starts = documents.get(word, [])
            n = bisect.bisect_left(starts, min(quote.start, quote.where)) - 1
            document = (starts[n], word) if n >= 0 else None
        elif quote.speaker in (NOBODY, people.plural_pronoun) and quote.how in ("after", "before"):
            document = spoken_in(quote, text, documents, people)  # "they said in a statement": no one named
        elif quote.speaker == NOBODY and linked and linked[-1][1] and linked[-1][0].where == quote.where:
            document = linked[-1][1]  # the statement going on: "… rejects.' / 'Moves to …'"
        linked.append((quote, document))
    authors = {}
    for quote, document in linked:
        if document and document not in authors:
            authors[document] = document_author(text, *document, quotes, people)
    named = set()  # documents whose author only their words or the sentence before name: a body, no person
    for quote, document in linked:  # no author named: the one a written document's words name, if any
        if document and authors[document] == NOBODY:
            spokesman = document[1].capitalize() in people.role_words
            authors[document] = spokesman_body(text, document[0], people) if spokesman \
                else document[1] in people.self_naming and self_named(quote.text, people) or NOBODY
            named.update([document] if authors[document] else [])
    settled = []
    for quote, document in linked:
        if quote.speaker and quote.speaker.startswith(DOCUMENT):
            quote = quote._replace(speaker=authors[document] if document else NOBODY)
        elif document and authors[document]:
            quote = quote._replace(speaker=authors[document])
        if document in named:
            quote = quote._replace(how="document")
        settled.append(quote)
    return settled


def spoken_in(quote, text, documents, people):
    """(start, word) of the document the attribution of a quote names ("…," officials said in a
    statement; officials in a statement said "…"), in the quote's sentence, else None."""
    if quote.how == "before":
        begin = sentence_start(text, quote.start, max(quote.paragraph[0], quote.start - 400), people)
        end = quote.start
    else:
        ends = sentence_ends(text, quote.end, min(quote.paragraph[1], quote.end + 400), people)
        begin, end = quote.end, ends[0] if ends else quote.paragraph[1]
    found = [(at, word) for word, starts in documents.items()
             for at in starts[bisect.bisect_left(starts, begin):bisect.bisect_left(starts, end)]]
    return max(found) if found else None


def self_named(words, people):
    """The body a statement's words name as their author, writing of itself in the present ("The
    Council welcomes …", "The Agency firmly rejects …"), or None: no person's pronoun, nationality
    or capitalised non-name."""
    match = people.self_reference.match(words)
    if not match:
        return None
    name = clean_name(match["name"], people)
    if not name or name.lower() in people.pronouns or all(is_demonym(w, people) for w in name.split()):
        return None
    return name


def role_key(description, people):
    """The words of a description that say the role, lower case: "the socialist Pasok leader,"
    -> {"socialist", "pasok", "leader"}."""
    words = (people.possessive.sub("", w.strip(",.;:")) for w in description.split())
    return frozenset(w.lower() for w in words if w and not people.description_stop.fullmatch(w))


def role_descriptions(sentences, names, owner, people):
    """(role key, person) for each person the sentences describe by a role: "the Pasok leader, Ana
    Diaz", "Ana Diaz, the mayor,", "Pasok leader Ana Diaz"."""
    found = []
    for sentence in sentences:
        for match in appositives(sentence.text, people):
            if match["name"]:
                found.append((match[0][len(match["name"]):], match["name"]))
            else:
                found.append((match[0][:match.start("after") - match.start()], match["after"]))
        if role_before_capital(sentence.text, people):  # the slow pattern only where a role stands before a name
            found += [(m["description"], m["name"]) for m in people.described.finditer(sentence.text)]
        if any(hint in sentence.text for hint in people.association_hints):  # "Ana Diaz, whose Green Union party"
            found += [(f"{ASSOCIATED} {m['body']}", m["name"]) for m in people.association.finditer(sentence.text)]
    described = ((role_key(description, people), clean_name(name, people)) for description, name in found)
    return [(key, owner.get(name, name)) for key, name in described if owner.get(name, name) in names]


def role_before_capital(text, people):
    """Whether a word ending as a role does stands before a capitalised word: what every match of
    people.described holds, found word by word (its pattern tries every role at every character)."""
    words = text.split(" ")
    return any(after[:1].isupper() and word.lower().endswith(people.role_end_words)
               for word, after in zip(words, words[1:]))


ASSOCIATED = "\4"  # in a role key: the body a person heads or belongs to, no role ("Ana Diaz, whose Union party")


def described_person(description, descriptions, people):
    """The one person the article describes by a description ("the Pasok leader"): all of its
    words in theirs, and either a name among them or the very same words; else NOBODY."""
    key = role_key(description, people)
    holders = {name for held, name in descriptions if key <= held}
    if not holders:
        return associated_person(description, descriptions, people)
    if len(holders) != 1:
        return NOBODY
    name = holders.pop()
    proper = any(w[0].isupper() for w in description.split())
    return name if proper or (key, name) in descriptions else NOBODY


def associated_person(description, descriptions, people):
    """The one person of the body a description names ("the Green Union leader"), as the article
    ties them to it ("Ana Diaz, whose Green Union party"), when no one holds a role of that body
    (so not "Tomas Berg, the Green Union spokesman"); else NOBODY."""
    proper = role_key(" ".join(w for w in description.split() if w[0].isupper()), people)
    if not proper:
        return NOBODY
    members = {name for held, name in descriptions if proper <= held and ASSOCIATED in held}
    roles = {name for held, name in descriptions if proper <= held and ASSOCIATED not in held}
    return members.pop() if len(members) == 1 and roles <= members else NOBODY


def role_speakers(quotes, descriptions, people):
    """The quotes with "the Pasok leader said" as the one person described so, or NOBODY."""
    return [q._replace(speaker=described_person(q.speaker[1:], descriptions, people))
            if q.speaker and q.speaker.startswith(ROLE) else q for q in quotes]


def common_speakers(quotes, text):
    """The quotes with a one-word speaker the text also writes in lower case ("Officials said", "…
    officials") as NOBODY: a common noun opening a sentence, no name."""
    lower = {w for w in set(WORD.findall(text)) if w.islower()}
    return [q._replace(speaker=NOBODY) if q.speaker and " " not in q.speaker and not q.speaker.islower()
            and q.speaker[0] not in STAND_INS and q.speaker.lower() in lower else q
            for q in quotes]


def group_speakers(quotes, names, owner, surnames):
    """The quotes with "the Green Union lawmakers said" as the Green Union, when that is the name of
    no person ("the Hart officials") or place ("the Athens officials"); else NOBODY."""
    settled, parts = [], None
    for quote in quotes:
        if quote.speaker and quote.speaker.startswith(GROUP):
            body = quote.speaker[1:]
            parts = parts or {alias_key(w) for n in names for w in (n.split()[0], n.split()[-1])}
            person = owner.get(body, surnames.get(body, body)) in names or alias_key(body) in parts
            quote = quote._replace(speaker=NOBODY if person or is_known_place(body) else body)
        settled.append(quote)
    return settled


def speaking_people(quotes, people):
    """The names that speak quotes and could be people's."""
    return {q.speaker for q in quotes if q.speaker and not is_stand_in(q.speaker) and q.how != "document"
            and q.speaker not in people.pronouns and is_person(q.speaker, people)}


def makers(names, text, people):
    """The one-word names among names that name a maker, not a person: no given name, neither
    end of a fuller name among them ("Hart" of "David Hart", "Khalid" of "Khalid Abu Bakar"),
    and written before a product's name and model ("Samsung describes it as …" beside "the
    Samsung Galaxy S5"; a person's name before a surname holds no figure: "Кэрри Саймондс")."""
    given = given_names(people.given_name_locales)
    fuller = {word for name in names if " " in name for word in (name.split()[0], name.split()[-1])}
    return {name for name in names if " " not in name and name not in given and name not in fuller
            and any(product[0].isupper() for product in re.findall(rf"(?<![\w-]){re.escape(name)} {PRODUCT_AND_MODEL}", text))}


# A product's name (capitalised, as the caller checks) and its model, after its maker's: "Galaxy
# S5", "Lumia 1020", "Model 3"; not "told 5 reporters".
PRODUCT_AND_MODEL = r"([^\W\d_][\w-]*) [^\W\d_]{0,3}\d[\w-]*\b"


def organisation_speakers(quotes, organisations):
    """The quotes with "the ministry said" as the one ministry the source names, else NOBODY."""
    settled = []
    for quote in quotes:
        if quote.speaker and quote.speaker.startswith(ORGANISATION):
            bodies = [n for n in organisations if quote.speaker[1:] in n.split()]
            quote = quote._replace(speaker=bodies[0] if len(bodies) == 1 else NOBODY)
        settled.append(quote)
    return settled


def name_owners(names, introduced, text, people):
    """{a name: the one full name it stands for}: a surname the one full name it ends, among the
    names or as written in the text ("Hart": "David Hart"); a first name alone, not introduced on
    its own, the one full name it starts written before it ("Khalid": "Khalid Abu Bakar")."""
    full_names = {n for n in names if len(n.split()) > 1}
    owner = {}
    for name in names:
        owners = {f for f in full_names if ends_with(f, name)}
        if not owners and " " not in name:
            written = {clean_name(m[0], people) for m in re.finditer(rf"{people.name}(?= {re.escape(name)}\b)", text)}
            owners = {f"{w} {name}" for w in written if w and len(w.split()) == 1
                      and w not in people.title_words and w not in people.role_words
                      and is_person(f"{w} {name}", people)}
        if not owners and " " not in name and name not in introduced:
            first = text.find(name)
            owners = {f for f in full_names if alias_key(f.split()[0]) == alias_key(name)
                      and -1 < text.find(f) <= first}
        if len(owners) == 1:
            owner[name] = owners.pop()
    return owner


def lone_surnames(names):
    """{surname: the one full name that ends with it}, for surnames no one is named by alone."""
    surnames = {}
    for full in names:
        if len(full.split()) > 1:
            surnames.setdefault(full.split()[-1], set()).add(full)
    return {s: fulls.pop() for s, fulls in surnames.items() if len(fulls) == 1 and s not in names}


def titled_genders(text, owner, surnames, people):
    """{person: pronoun} as the first title before each name tells it ("Mr" -> "he")."""
    gender = {}
    titles = alternatives(sorted(people.pronoun_of_title))
    for match in re.finditer(rf"\b(?P<title>{titles})\.? (?P<name>{people.name})", text):
        name = clean_name(match["name"], people)
        name = surnames.get(name, owner.get(name, name))
        gender.setdefault(name, people.pronoun_of_title[match["title"]])
    return gender


def after_quote_marks(text):
    """What of a text follows its last quotation mark (all of it without one)."""
    return text[max(text.rfind("“"), text.rfind("”"), text.rfind('"')) + 1:]


def subject_events(text, quotes, names, owner, surnames, descriptions, people):
    """(position, name) sorted: where the text names a person or has one speak, or has someone
    unnamed speak (NOBODY: "…," an official said); a longer name hides the shorter one inside it."""
    events = []
    for verb in people.speech.finditer(text):
        if is_quoted(quotes, verb.start()):
            continue
        floor = max(text.rfind("\n", max(0, verb.start() - 300), verb.start()) + 1, verb.start() - 300)
        phrase = after_quote_marks(text[sentence_start(text, verb.start(), floor, people):verb.start()])
        subject = subject_before(phrase, people)
        if subject in people.pronouns:
            continue  # "he said": the same person, whoever it is
        if subject:
            if subject.startswith(ROLE):
                subject = described_person(subject[1:], descriptions, people)
            subject = owner.get(subject, surnames.get(subject, subject))
            events.append((verb.start(), subject if subject in names else NOBODY))
        elif subject == NOBODY and is_nominal(phrase, people):
            events.append((verb.start(), NOBODY))
    taken = bytearray(len(text))  # "Alexander Sladkov" hides "Alexander"
    for name in sorted(names | set(surnames), key=lambda n: (-len(n), n)):
        for start in whole_name_starts(text, name):
            end = start + len(name)
            if not is_quoted(quotes, start) and not any(taken[start:end]):
                taken[start:end] = b"\1" * (end - start)
                events.append((start, surnames.get(name, name)))
    for quote in quotes:
        if quote.how in ("after", "before") and quote.speaker not in people.pronouns:
            at = quote.where
            if quote.how == "after":  # the speaker stays the subject to the end of the attribution's sentence
                ends = sentence_ends(text, quote.end, min(quote.paragraph[1], quote.end + 400), people)
                at = ends[0] - 1 if ends else quote.paragraph[1]
            events.append((at, quote.speaker))
    return sorted(events)


def whole_name_starts(text, name):
    """Where text names name as a whole ("Diaz", not "Diaz-Lopez" or "O'Diaz"), found with
    str.find: what the pattern of the name between no word character, apostrophe or hyphen
    before and no word character or hyphen after finds, without a pattern made for each name."""
    at = text.find(name)
    while at >= 0:
        before, after = text[at - 1:at], text[at + len(name):at + len(name) + 1]
        if not (before and (before.isalnum() or before in "_’'-")) and not (after and (after.isalnum() or after in "_-")):
            yield at
            at = text.find(name, at + len(name))
        else:
            at = text.find(name, at + 1)


class Subjects(NamedTuple):
    """Who a text names or has speak, and where, for a pronoun to stand for."""
    events: list  # (position, name or NOBODY), sorted
    positions: list  # the events' positions
    boundaries: list  # where the text's sentences start
    gender: dict  # person -> the pronoun their title tells
    names: set  # the people


def resolve(pronoun, at, subjects, people):
    """The person a pronoun at text[at] stands for: in its sentence before it, then in each
    sentence before (a few at most), the first person of its gender named or speaking there
    (the subject more often than not); none when someone unnamed speaks there first."""
    if pronoun == people.plural_pronoun:
        return None
    events, positions, boundaries = subjects.events, subjects.positions, subjects.boundaries
    sentence, end = bisect.bisect_right(boundaries, at) - 1, at
    for _ in range(PRONOUN_REACH):
        if sentence < 0:
            break
        begin = boundaries[sentence]
        for _, name in events[bisect.bisect_left(positions, begin):bisect.bisect_left(positions, end)]:
            if not name:
                return None  # someone unnamed spoke: "…," an official said
            if subjects.gender.get(name, pronoun) == pronoun:
                return name if name in subjects.names else None
        sentence, end = sentence - 1, begin
    return None


def pronoun_speakers(quotes, subjects, people):
    """The quotes with "he said" as the person "he" stands for, or None; a quote so resolved
    names its speaker for the pronouns after it."""
    events, positions = list(subjects.events), list(subjects.positions)
    subjects = subjects._replace(events=events, positions=positions)
    resolved = []
    for quote in quotes:
        if quote.speaker in people.pronouns:
            quote = quote._replace(speaker=resolve(quote.speaker, quote.where, subjects, people))
            if quote.speaker:
                n = bisect.bisect_left(positions, quote.where)
                events.insert(n, (quote.where, quote.speaker))
                positions.insert(n, quote.where)
        resolved.append(quote)
    return resolved


MAX_PHRASE_WORDS = 6  # a quoted phrase ("a government of national salvation") is no one's without a speaker named


def standing_alone(quote, text, people):
    """(how, where its sentence starts): how is 'colon' for a quote its sentence introduces by a
    colon ("Ana Diaz was blunt: “…”"), 'explained' for one closing a sentence a colon opens on
    ("Here's how it worked: if you …, “…”"), 'alone' for a quote that is a sentence of its own;
    None for a quote inside a sentence going on after it ("“…,” the crowd chanted") or one whose
    next sentence may name its speaker ("“…” Ana Diaz said the plan would fail.")."""
    begin = sentence_start(text, quote.start, max(quote.paragraph[0], quote.start - 400), people)
    before = text[begin:quote.start].rstrip()
    how = "colon" if before.endswith(":") else "explained" if ":" in before else "alone" if not before else None
    if how == "explained" and len(quote.text.split()) <= MAX_PHRASE_WORDS:
        return None, begin  # a quoted phrase
    if how is None:
        return None, begin
    lead = before.split(":")[0].split()
    if how != "alone" and any(people.possessive.sub("", w.strip(".,;:")).lower() in people.document_words
                              for w in lead):
        how = "document"  # a document's words: "The report was clear: “…”", no one speaking before
    if text[quote.end - 2:quote.end - 1] not in ".!?…" \
            and not re.match(r"\s*(?:[.!?…]|$)", text[quote.end:quote.end + 4]):
        return None, begin
    limit = min(quote.paragraph[1], quote.end + 400)
    ends = [at for at in sentence_ends(text, quote.end - 2, limit, people) if at > quote.end][:1]
    following = ends[0] if ends and ends[0] > quote.end + 2 else (
        sentence_ends(text, quote.end + 2, limit, people) or [limit])[0]
    if any(not is_quoted([quote], v.start()) for v in people.speech.finditer(text, quote.end, following)):
        return None, begin
    return how, begin


def opening_subject(text, begin, end, subjects, owner, surnames, people, introduced=False, speakers=()):
    """The person the sentence text[begin:end] opens on as its subject: a name, maybe after a title
    ("Mayor Ana Diaz, 54, was angry."), whose own it is not ("Ana Diaz's plan") nor shared ("Ana
    Diaz and Tomas Berg"), or "he" or "she" as the person it stands for; introduced: only a name an
    age or a description follows ("Ana Diaz, 54, a teacher,"); a name is a person's or one of the
    speakers (a name the source has speak, though a place shares it); else None."""
    head = text[begin:min(end, begin + 200)]
    words = head.split(None, 1)
    if not words:
        return None
    if words[0].lower() in people.pronouns and not introduced:
        return resolve(words[0].lower(), begin, subjects, people)
    match = people.name_pattern.match(head)
    if not match or people.possessive.search(match[0]):
        return None
    rest = head[match.end():]
    if not (people.determined.match(rest) if introduced else re.match(r",| (?!and\b|or\b)[a-z]", rest)):
        return None
    name = clean_name(match[0], people)
    person = owner.get(name, surnames.get(name, name))
    return person if person in subjects.names or person in speakers else None


def spoken_in_sentence(begin, end, text, quotes, resolved, subjects, owner, surnames, people):
    """Who speaks in the sentence text[begin:end], for a quote standing alone after it: its last
    quote's speaker, or who its speech verb has speak; NOBODY for no one known; None: no one speaks."""
    n = bisect.bisect_left(resolved, begin, key=lambda quote: quote.start)
    inside = [quote for quote in resolved[n:] if quote.start < end]
    if inside:
        speaker = inside[-1].speaker
        return speaker if speaker and not is_stand_in(speaker) and speaker not in people.pronouns else NOBODY
    verbs = [v for v in people.speech.finditer(text, begin, end) if not is_quoted(quotes, v.start())]
    if not verbs:
        return None
    phrase = re.split(r"[“”\"]", text[begin:verbs[-1].start()])[-1]
    subject = subject_before(phrase, people)
    if subject in people.pronouns:
        return resolve(subject, verbs[-1].start(), subjects, people) or NOBODY
    person = owner.get(subject, surnames.get(subject, subject)) if subject else None
    return person if person in subjects.names else NOBODY


def sentence_speakers(quotes, text, subjects, owner, surnames, people):
    """The quotes no attribution names a speaker for: one its sentence introduces by a colon as the
    person the sentence opens on ("Ana Diaz was blunt: “…”"), else, as one closing a sentence a
    colon opens ("Here's how it worked: …, “…”"), as who speaks in the sentence before ("…,"
    explains Ana Diaz.); one standing alone as a sentence as who speaks in the sentence before it
    in its paragraph or the person that sentence opens on ("Ana Diaz, 54, a teacher, was angry.
    “We want …”"), or, opening its paragraph, the person the paragraph before closes on
    introducing ("… Ana Diaz, 54, was there." / "“We want …”"). A sentence of the story between
    ends a speaker's turn; a document's words ("The report was clear: “…”") are no one's here."""
    boundaries, resolved = subjects.boundaries, []
    speakers = {q.speaker for q in quotes if q.speaker and not is_stand_in(q.speaker) and q.how != "document"
                and q.speaker not in people.pronouns}
    for quote in quotes:
        if quote.how is None and quote.speaker is None:
            how, begin = standing_alone(quote, text, people)
            speaker = None
            if how == "colon":
                speaker = opening_subject(text, begin, quote.start, subjects, owner, surnames, people,
                                          speakers=speakers)
            if how in ("colon", "explained") and not speaker:  # "Ana Diaz said …. The message was clear: “…”"
                n = bisect.bisect_left(boundaries, begin)
                if n and boundaries[n - 1] >= quote.paragraph[0]:
                    speaker = spoken_in_sentence(boundaries[n - 1], begin, text, quotes, resolved, subjects,
                                                 owner, surnames, people)
            elif how == "alone":
                n = bisect.bisect_left(boundaries, begin)
                for k in range(n - 1, max(-1, n - 3), -1):  # the sentence before (past a paragraph's end)
                    start, end = boundaries[k], min(boundaries[k + 1], begin) if k + 1 < len(boundaries) else begin
                    if not text[start:end].strip():
                        continue
                    if start < quote.paragraph[0]:  # the paragraph before: a person it introduces last
                        speaker = opening_subject(text, start, end, subjects, owner, surnames, people, True, speakers)
                    else:  # a story's sentence between ends the turn: "…,” said Ana. The plant closed. “…”"
                        speaker = spoken_in_sentence(start, end, text, quotes, resolved, subjects, owner, surnames,
                                                     people)
                        if speaker is None:
                            speaker = opening_subject(text, start, end, subjects, owner, surnames, people,
                                                      speakers=speakers)
                    break
            if speaker:
                quote = quote._replace(speaker=speaker, how="sentence")
        resolved.append(quote)
    return resolved


def quotes_found(quotes, owner, surnames, starts):
    """(text, speaker or None, anchor) of each quote; a name alone as the full name it stands for."""
    sentence_starts = [at for at, _ in starts]
    found = []
    for quote in quotes:
        speaker = owner.get(quote.speaker, surnames.get(quote.speaker, quote.speaker)) if quote.speaker else None
        anchor = starts[bisect.bisect_right(sentence_starts, quote.start) - 1][1]
        found.append((quote.text, speaker or None, anchor))
    return found


def person_roles(roles, people, owner, surnames):
    """{person: [(anchor, role), ...]}: the roles (name, anchor, role) given to the people, each
    once per sentence, in reading order."""
    found = {}
    for name, anchor, role in roles:
        person = owner.get(name, surnames.get(name, name))
        if person in people and (anchor, role) not in found.setdefault(person, []):
            found[person].append((anchor, role))
    return found


def entities_found(sentences, names, surnames, organisations, places, roles=None):
    """(kind, name, anchors, roles) of each person, organisation and place (a place no person's
    name); a person's roles ((anchor, role), ...) as the sentences give them (person_roles)."""
    found = mentions(sentences, names | set(surnames))
    entities, order = [], {s.anchor: n for n, s in enumerate(sentences)}
    for name in sorted(names):
        anchors = found[name] + [a for s, full in surnames.items() if full == name for a in found[s]]
        entities.append(("person", name, tuple(sorted(set(anchors), key=order.__getitem__)),
                         tuple((roles or {}).get(name, ()))))
    entities += [("organisation", n, tuple(dict.fromkeys(a)), ()) for n, a in sorted(organisations.items())]
    entities += [("place", n, tuple(dict.fromkeys(a)), ()) for n, a in sorted(places.items()) if n not in names]
    return entities


def source_entities(source, declared=frozenset(), language=DEFAULT):
    """(entities, quotes) of one Source: entities as (kind, name, anchors, roles: a person's
    ((anchor, role), ...)), quotes as (text, speaker or None, anchor)."""
    marks = grammar(language)
    text, paragraphs, starts = joined(source)
    quotes = source_quotes(text, paragraphs, marks)
    people, strong, introduced, roles = marked_people(source.sentences, text, quotes, marks)
    named = given_named(text, quotes, marks)
    people |= set(named)
    quotes = common_speakers(document_speakers(speakers_read(text, paragraphs, quotes, marks), text, marks), text)
    organisations, places = organisations_and_places(source.sentences, declared, language, marks)
    people |= speaking_people(quotes, marks)
    people -= makers(people, text, marks)
    # A body's name in quotation marks is no one's words: "организации «Международная кампания …»".
    quotes = organisation_speakers([q for q in quotes if " ".join(q.text.split()) not in organisations], organisations)
    owner = name_owners(people, introduced, text, marks)
    people = {owner.get(n, n) for n in people if is_person(n, marks, n in strong)}
    surnames = lone_surnames(people)
    surnames.update({spelling: owner.get(name, name) for name, spellings in named.items()
                     for spelling in spellings if owner.get(name, name) in people})  # 'Susan "Nunu" Bell'
    quotes = group_speakers(quotes, people, owner, surnames)
    descriptions = role_descriptions(source.sentences, people, owner, marks)
    quotes = role_speakers(quotes, descriptions, marks)
    events = subject_events(text, quotes, people, owner, surnames, descriptions, marks)
    boundaries = sorted({0, *(at for p in paragraphs for at in (p[0], *sentence_ends(text, p[0], p[1], marks)))})
    gender = titled_genders(text, owner, surnames, marks)
    subjects = Subjects(events, [at for at, _ in events], boundaries, gender, people)
    quotes = pronoun_speakers(quotes, subjects, marks)
    quotes = sentence_speakers(quotes, text, subjects, owner, surnames, marks)
    roles = person_roles(roles, people, owner, surnames)
    return (entities_found(source.sentences, people, surnames, organisations, places, roles),
            quotes_found(quotes, owner, surnames, starts))


def ends_with(full, name):
    """Does a longer name end with name, spelt alike ("Andrey Turchak", "Turchak"; "Lars van
    Dijk", "Van Dijk")?"""
    longer, shorter = full.split(), name.split()
    return len(longer) > len(shorter) and \
        [alias_key(w) for w in longer[-len(shorter):]] == [alias_key(w) for w in shorter]


def titled_in(sentence, people):
    """The names after a title or role ("President Obama", "police chief Ana Diaz", "Cmdr. Ana
    Diaz") or holding one ("German Chancellor Ana Diaz"): people even when a place shares the name."""
    return [name for name, _ in titled_roles(sentence, people)]


def titled_roles(sentence, people):
    """(name, its title or role, or None) of each name titled_in finds."""
    found = []
    for match in people.name_pattern.finditer(sentence):
        before = WORD_BEFORE_NAME.search(sentence[max(0, match.start() - 42):match.start()])
        titled = before and (before[1] in people.title_ends or before[1].lower() in people.role_ends)
        if not titled:
            words = match[0].split()
            titled = any(w.rstrip(".") in people.title_words or (w in people.role_words and len(words) - i > 2)
                         for i, w in enumerate(words[:-1]))
        if titled:
            name = clean_name(match[0], people)
            if name:
                found.append((name, title_before(sentence, match, name, people)))
    return found


MAX_ROLE_WORDS = 6
WORD_BEFORE_NAME = re.compile(r"(?<![\w’'-])([A-Za-z][\w-]{0,40})\.? $")  # "President " of "President Obama"


def is_role_word(word, people):
    bare = word.rstrip(".")
    return bool(bare) and (bare in people.title_words or bare[0].upper() + bare[1:] in people.role_words)


def title_before(sentence, match, name, people):
    """The title or role written before a name, as the article writes it ("German Chancellor",
    "Police chief", "New Democracy leader", "Secretary of State"), or None: the title and role
    words and the capitalised words among them, back to a lower-case word, a punctuation mark or
    a sentence's adverb; never a courtesy title alone ("Mr")."""
    lower = max(0, match.start() - 120)
    tokens = sentence[lower:match.end()].split()
    if lower and not sentence[lower - 1].isspace():
        tokens = tokens[1:]  # cut inside a word
    tokens = tokens[:len(tokens) - len(name.split())]
    if tokens and tokens[-1].rstrip(".") in people.courtesy_titles:
        return None  # "a classmate of Mr. Ana Diaz": the role is someone else's
    role = []
    for token in reversed(tokens):
        if len(role) == MAX_ROLE_WORDS or token[-1] in ",;:“”\"()" or token[0] in "“\"‘(" \
                or token in people.not_names or token in people.capitalised_adverbs:
            break
        if not (is_role_word(token, people) or token[0].isupper()):
            break
        role.insert(0, token)
    while role and not is_role_word(role[-1], people):  # "Al Jazeera's Ana Diaz": whose, no role
        role.pop()
    while role and role[0][0].islower() and role[0][0].upper() + role[0][1:] not in people.role_words:
        role.pop(0)  # "of Cypriot President": "of" belongs to "Secretary of State" only
    return " ".join(role) or None


def apposed_role(sentence, match, people):
    """The role an apposition gives ("Ana Diaz, a local farmer," -> "local farmer"; "the head of
    Police Scotland, Ana Diaz" -> "head of Police Scotland"), without its determiner or age."""
    if match["name"]:
        if re.match(r" [A-Z]", sentence[match.end():]):
            return None  # "Ana Diaz, who accused Chancellor Bob Hart": a title of the next name
        description = match[0][match.end("name") - match.start():]
        body = people.role_body.match(sentence, match.end())
        description += body[0] if body else ""
    else:
        description = sentence[match.start():match.start("after")]
    description = description.strip(" ,")
    body = people.role_body.search(description)
    head, body = (description[:body.start()], description[body.start():]) if body else (description, "")
    openers = list(people.role_determiner.finditer(head))
    if openers:
        head = head[openers[-1].end():]
    role = " ".join((head + body).split())
    return role or None


def marked_in(sentence, people):
    """(names a title marks, names an age or apposition marks) in a sentence, people or not."""
    titled, marked = marked_roles(sentence, people)
    return [name for name, _ in titled], [name for name, _ in marked]


def appositives(sentence, people):
    """people.appositive's matches in a sentence: the slow pattern only where a comma and a word
    starting as a role's last word stand, as in every match ("Ana Diaz, the mayor", "the mayor,
    Ana Diaz": a role's words follow a space)."""
    if ", " not in sentence or not any(word[:2] in people.role_starts and word.startswith(people.role_end_words)
                                       for word in sentence.lower().split(" ")):
        return ()
    return appositives_in(sentence, people.language)


@functools.lru_cache(maxsize=1 << 10)  # a source's people and their roles read each sentence in turn
def appositives_in(sentence, language):
    return tuple(grammar(language).appositive.finditer(sentence))


def marked_roles(sentence, people):
    """marked_in's names as (name, the title or role the sentence gives them, or None)."""
    names = []
    for match in appositives(sentence, people):
        if match["name"] and " " not in match["name"].strip() \
                and not people.determined.match(match[0], len(match["name"])):
            continue  # "Earlier, German Foreign Minister …": one word needs "a" or "the" before its role
        names.append((match["name"] or match["after"], apposed_role(sentence, match, people)))
    if DIGIT.search(sentence):  # an age is written in digits: skip the slow pattern without one
        names += [(m["name"] or m["after"], None) for m in people.aged.finditer(sentence)]
    if any(hint in sentence for hint in people.association_hints):  # "Ana Diaz, whose Green Union party"
        names += [(m["name"], None) for m in people.association.finditer(sentence) if " " in m["name"].strip()]
    cleaned = ((clean_name(n, people), role) for n, role in names)
    return titled_roles(sentence, people), [(n, role) for n, role in cleaned if n]


def people_in(sentence, language=DEFAULT):
    """The people a sentence marks by a title, a role or an age."""
    people = grammar(language)
    titled, marked = marked_in(sentence, people)
    found = []
    for name, strong in [(n, True) for n in titled] + [(n, False) for n in marked]:
        if is_person(name, people, strong) and name not in found:
            found.append(name)
    return found


def organisations_in(sentence, people):
    found = []
    if people.organisation_word.search(sentence):  # most sentences name none: skip the slow pattern
        for match in people.organisation.finditer(sentence):
            words = match["name"].split()
            while words and words[0] in people.not_names and words[0] not in people.demonyms:  # "The Interior Ministry"
                words = words[1:]
            if len(words) > 1:
                found.append(" ".join(words))
    found += [match["name"] for match in people.acronym_organisation.finditer(sentence)
              if match["name"] not in people.not_organisation_names]
    if any(mark in sentence for mark in "«„“\""):  # a name in quotation marks: most sentences have none
        found += [" ".join(match["name"].split()) for match in people.quoted_organisation.finditer(sentence)]
    return found + marked_organisations(sentence, people)


def marked_organisations(sentence, people):
    """The names a noun after them says are organisations: "the leftist Syriza party" names
    Syriza; not "the Christmas party", nor a name that is only a nationality ("the French party")."""
    found = []
    if not any(noun in sentence for noun in people.organisation_noun_words):  # most sentences have none
        return found
    for match in people.organisation_noun.finditer(sentence):
        words = match["name"].split()
        while words and words[0] in people.not_names and words[0] not in people.demonyms:
            words = words[1:]
        if words and not any(w in people.not_organisation_names or w.endswith(("'s", "’s")) for w in words) \
                and not all(is_demonym(w, people) for w in words):
            found.append(" ".join(words))
    return found


def mentions(sentences, names):
    """{name: anchors of the sentences naming it}; a longer name hides the shorter one inside it."""
    found = {name: [] for name in names}
    ordered = sorted(names, key=lambda n: (-len(n), n))
    for sentence in sentences:
        text = sentence.text
        for name in ordered:
            if name not in text:  # the cheap test first: most names are not in most sentences
                continue
            pattern = rf"\b{re.escape(name)}\b"
            if re.search(pattern, text):
                found[name].append(sentence.anchor)
                text = re.sub(pattern, " ", text)
    return found

