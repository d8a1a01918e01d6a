"""Languages as data: one module per language (en.py, ...) of the words the stages read, and
one loader that makes a Language of it.

A language module holds plain data only: dicts, sets, tuples and pattern fragments, named as
Language's fields. Adding a language is adding such a module; a field it leaves out takes
the empty value, so a language may start small.
"""

import dataclasses
import functools
import importlib
import re
from dataclasses import dataclass, field

from ..errors import FactsheetError

DEFAULT = "en"


@dataclass(frozen=True)
class Language:
    code: str
    number_words: dict = field(default_factory=dict)  # "one" -> 1, "a dozen" -> 12
    scales: dict = field(default_factory=dict)  # "million" -> 1_000_000, "bn" and "m" as written after a figure
    word_scales: tuple = ()  # the scales that follow any figure; the others only a currency ("£3m")
    vague_amounts: dict = field(default_factory=dict)  # "hundreds of" -> 200, the least the words allow
    month_numbers: dict = field(default_factory=dict)  # "march" -> 3, "mar" -> 3
    currency_words: dict = field(default_factory=dict)  # "euros" -> "EUR"
    qualifiers: tuple = ()  # "more than", "nearly": words before a figure that bound it
    irregular_plurals: frozenset = frozenset()  # plurals that do not end in s: "people"
    not_plurals: frozenset = frozenset()  # words ending in s that count nothing: "this", "was"
    noun_stops: frozenset = frozenset()  # where the words after a figure stop being what it counts
    partitive: frozenset = frozenset()  # "120 of the worst buildings": the words after "of"
    place_prepositions: frozenset = frozenset()  # "in Belgorod": the words before a place
    not_places: frozenset = frozenset()  # capitalised words that are never a place: "The", "Monday"
    place_words: tuple = ()  # kinds of place: "region", "town" ("the Kharkiv region")
    organisation_words: frozenset = frozenset()  # a name holding one is an organisation: "Ministry"
    titles: tuple = ()  # before a name, a person: "Mayor", "Prime Minister" (as pattern alternatives)
    speech_verbs: tuple = ()  # "said", "told": who says a quote


FIELDS = {f.name for f in dataclasses.fields(Language)} - {"code"}


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
    frozen = {name: frozenset(value) if isinstance(value, set) else value for name, value in data.items()}
    return Language(code, **frozen)
