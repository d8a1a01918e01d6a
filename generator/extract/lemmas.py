"""Words by lemma and part of speech, for languages that inflect beyond what endings as patterns
read (a language module's LEMMATISER): "260 гостей", "2 человека", "1400 осіб" count a noun in
whatever case the figure asks for, and "пятеро выступили" counts none.

The analyser is loaded lazily, once per process (a build forks workers), and only when a
source in its language is read: pymorphy3 maps its dictionaries (pymorphy3-dicts-ru, -uk) in
about 0.05 s and reads a word in about 50 µs.
"""

import functools
import importlib

from ..lang import language as language_of

NOUN, MODIFIER, OTHER = "noun", "modifier", "other"  # what a word after a figure is to its count
# OpenCorpora's tags (pymorphy3's, for Russian and Ukrainian): nouns; and the words that may stand
# between a figure and its noun ("трёх стареющих бандитов", "четверо взрослых детей").
NOUN_TAGS = {"NOUN"}
MODIFIER_TAGS = {"ADJF", "PRTF", "NUMR"}


def pymorphy3(code):
    return importlib.import_module("pymorphy3").MorphAnalyzer(lang=code)


ANALYSERS = {"pymorphy3": pymorphy3}  # a LEMMATISER's name -> how to load it for a language code


@functools.cache
def analyser(code):
    """The loaded analyser of a language, or None when its module names none or its dictionary
    is not installed (pymorphy3-dicts-uk is an optional extra: its data is GPL-3.0): the
    language's endings (PLURAL_ENDINGS) then tell its counted nouns."""
    name = language_of(code).lemmatiser
    try:
        return ANALYSERS[name](code) if name else None
    except (ImportError, ValueError, OSError):  # pymorphy3 raises ValueError for a language whose dictionary is missing
        return None


@functools.lru_cache(maxsize=1 << 15)
def reading(word, code):
    """(lemma, NOUN | MODIFIER | OTHER) of a word by its likeliest parse: 'осіб' -> ('особа', NOUN)."""
    parses = analyser(code).parse(word)
    parse = parses[0]
    if not analyser(code).word_is_known(word):  # a guess by its ending: "4 ассиста" is read as a short adjective first
        parse = next((p for p in parses if p.tag.POS in NOUN_TAGS), parse)
    pos = parse.tag.POS
    part = NOUN if pos in NOUN_TAGS else MODIFIER if pos in MODIFIER_TAGS else OTHER
    return parse.normal_form, part


@functools.lru_cache(maxsize=1 << 12)
def names_a_thing(word, code):
    """Whether a word is a noun of a thing, not of a being ("срок", "контракт"; not "мужчина"), by
    its likeliest parse; False where the language has no analyser."""
    if not analyser(code):
        return False
    parse = analyser(code).parse(word.lower())[0]
    return parse.tag.POS in NOUN_TAGS and "inan" in parse.tag


NAME_TAGS = ("Name", "Surn", "Patr")  # OpenCorpora's first names, surnames and patronymics


@functools.lru_cache(maxsize=1 << 12)
def may_name_a_person(word, code):
    """Whether a capitalised word may be part of a person's name: a first name, surname or
    patronymic by one of its likeliest parses, or a word the dictionary does not know (a foreign
    name); True where the language has no analyser. "Пресс-служба Кремля" names no one."""
    if not analyser(code):
        return True
    if not analyser(code).word_is_known(word.lower()):
        return True
    return any(tag in str(parse.tag) for parse in analyser(code).parse(word)[:3] for tag in NAME_TAGS)


def lemma(word, code):
    """A word's dictionary form in a language with a lemmatiser, else the word itself."""
    return reading(word.lower(), code)[0] if analyser(code) else word
