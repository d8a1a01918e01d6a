"""Stemmers per language for the search index, the same on both sides: Snowball's algorithms,
through snowballstemmer in Python (the index, `factsheet search`) and lunr-languages in the
browser (assets/lunr.languages.js, beside lunr.js: lunr_query.js).

A language is stemmed here only where both sides stem its words alike: lunr-languages 1.22.0
carries Snowball's German, French and Russian stemmers as snowballstemmer 2.2 has them (pinned in
pyproject.toml; 3.x reads German "ue" as "ü"), once "ё" is written "е" on both sides (fold). English
keeps lunr's own stemmer, and a language with no agreeing pair (Ukrainian, Polish, Lithuanian:
lunr-languages has no stemmer for uk or lt, and a Polish one other than Snowball's) keeps it too:
its words are indexed as they always were. tests/test_stemming.py holds the two sides to one
another word by word.
"""

import functools
from pathlib import Path

import snowballstemmer

from ..errors import FactsheetError

# language code -> (snowballstemmer's algorithm, lunr-languages' file): both Snowball's
STEMMED = {"de": ("german", "lunr.de.min.js"), "fr": ("french", "lunr.fr.min.js"), "ru": ("russian", "lunr.ru.min.js")}
LUNR_LANGUAGES = Path("node_modules", "lunr-languages")
SUPPORT = "lunr.stemmer.support.min.js"  # what each language file of lunr-languages needs loaded first
PROJECT_ROOT = Path(__file__).resolve().parents[2]
# A wheel carries the files beside this module (setup.py copies them from npm as it builds); a
# checkout, and so an editable install, has them in its own node_modules after `npm ci`.
PACKAGED = Path(__file__).resolve().parent / "lunr-languages"
ASSET = "assets/lunr.languages.js"  # the stemmers as the search page loads them, after lunr.js


def fold(word):
    """A word as both sides stem it: "ё" written "е" (as most Russian text writes it anyway)."""
    return word.replace("ё", "е")


@functools.cache
def snowball(code):
    return snowballstemmer.stemmer(STEMMED[code][0])


@functools.lru_cache(maxsize=1 << 16)
def stem(word, code):
    """A lower-case word's stem in a language of STEMMED (lunr_query.js: stemsOf)."""
    return snowball(code).stemWord(fold(word))


def stemmed_language(code):
    """The code itself when its words are stemmed here, else None (lunr's English stemmer)."""
    return code if code in STEMMED else None


def read_stemmers_js():
    """lunr-languages' stemmer support and its German, French and Russian stemmers, one script,
    as the package ships them, else as npm installed them in the checkout."""
    names = [SUPPORT, *(file for _, file in STEMMED.values())]
    for folder in (PACKAGED, PROJECT_ROOT / LUNR_LANGUAGES / "min"):
        if all((folder / name).is_file() for name in names):
            return "\n".join((folder / name).read_text(encoding="utf-8") for name in names)
    raise FactsheetError(LUNR_LANGUAGES, None,
                         "lunr-languages is missing: reinstall factsheet, or in a checkout run `npm ci`")
