"""The records that pass between the pipeline's stages; plain frozen data, no behaviour."""

import functools
import operator
from dataclasses import dataclass, field, fields
from types import MappingProxyType


def pickled_by_fields(cls):
    """Pickled as its fields' values and made again by its constructor: the records that come
    back from other processes by the ten thousand (sentences, facts), at half the cost."""
    values = operator.attrgetter(*(f.name for f in fields(cls)))
    cls.__reduce__ = lambda self: (cls, values(self))
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)  # slots: a big corpus holds hundreds of thousands
class Sentence:
    anchor: str  # the id of its element on the source's page: derived from the text itself
    text: str  # verbatim, as the article has it


@dataclass(frozen=True)
class Source:
    id: str  # the file name without its extension
    path: str
    title: str
    paragraphs: tuple = ()  # tuple of tuples of Sentence
    meta: dict = field(default_factory=dict)  # front matter as strings: publisher, url, published, …
    digest: str = ""  # of the file's name and text: unchanged digest, unchanged source

    @property
    def sentences(self):
        return [s for paragraph in self.paragraphs for s in paragraph]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Fact:
    """One quantity as one source states it."""
    id: str
    source: str
    kind: str  # an id from the kinds table (generator/kinds.py)
    value: float
    value_max: float | None  # a range's top (value its bottom), or where a change went (value where it was)
    unit: str | None
    qualifier: str | None
    text: str
    label: str
    anchor: str
    quote: str
    places: tuple = ()
    subject: str | None = None
    also: str | None = None  # the same quantity restated in brackets: "(3,100 square miles)"
    restates: str | None = None  # the id of the fact this one restates in brackets: shown with it, never apart
    per: str | None = None  # what a rate is per, as written: "barrel" of "$61.10 per barrel", "day" of "barrels a day"
    change: bool = False  # value to value_max is how the figure moved ("rose from 57 to 63"), not a range
    when: str | None = None  # the sentence's relative time: "three days later"
    status: str = "unreviewed"  # or "confirmed", "rejected": set by a reviewer in the facts YAML
    score: float = 0  # how much it leads its source (key_facts.py)
    key: bool = False  # a key fact of its source, by score or by a reviewer
    key_by_reviewer: bool | None = None  # a reviewer's own choice of key, when they made one
    note: str | None = None  # a reviewer's own words on it: kept by every build, shown nowhere


@dataclass(frozen=True, slots=True)
class ReportWords:
    """What merging reads of one report's sentence (merge.report_words): the content stems
    around its figure, of its own sentence, right beside it and in its clause (and after it
    there), its event, the names it is placed at that are no places, the day its when names."""
    around: frozenset
    in_sentence: frozenset
    near: frozenset
    event: str | None
    clause: frozenset
    clause_after: frozenset
    where: frozenset
    day: tuple | None

    def as_record(self):
        """Plain JSON data, sets sorted: what the build cache keeps."""
        return [sorted(self.around), sorted(self.in_sentence), sorted(self.near), self.event, sorted(self.clause),
                sorted(self.clause_after), sorted(self.where), list(self.day) if self.day is not None else None]

    @classmethod
    def from_record(cls, record, words=None):
        """words: {word: itself}, shared by every record read, so that a word met in thousands of
        sentences is held once (JSON gives each its own copy: 250 MB more at 10,000 sources)."""
        words = {} if words is None else words

        def shared(part):
            return frozenset(words.setdefault(word, word) for word in part)
        around, in_sentence, near, event, clause, clause_after, where, day = record
        return cls(shared(around), shared(in_sentence), shared(near), event and words.setdefault(event, event),
                   shared(clause), shared(clause_after), shared(where), tuple(day) if day is not None else None)


@dataclass(frozen=True)
class FactsFile:
    """A source's facts YAML as the reviewer left it, and the extractor's base beside it."""
    path: str
    text: str | None  # None: no such file yet
    base_path: str
    base_text: str | None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    """Words a source puts in someone's mouth, between quotation marks."""
    source: str
    anchor: str  # the sentence where the quote opens
    speaker: str | None  # as the source names them; None when it does not say
    text: str


# The kinds of entity, in the order pages list them, with their titles there.
ENTITY_KINDS = {"person": "People", "organisation": "Organisations", "place": "Places"}


@dataclass(frozen=True, eq=False)  # one object per entity: hashed by identity, not by its thousands of mentions
class Entity:
    """A person, organisation or place, across sources and spellings."""
    id: str
    kind: str  # person, organisation or place
    name: str  # the spelling most used
    aliases: tuple = ()  # the other spellings: Sergej, Sergei
    mentions: tuple = ()  # of (source id, sentence anchor)
    quotes: tuple = ()  # of Quote, by this person
    roles: tuple = ()  # of (role, mentions): a person's titles and roles as the sources write them ("Police
    # chief", "key suspect"), the most sources' first; mentions: ((source id, anchor), ...) of the sentences


@dataclass(frozen=True, slots=True)
class Citation:
    source: str
    fact: str  # id of the extracted fact in content/facts/<source>.yaml
    anchor: str
    text: str
    quote: str
    status: str = "unreviewed"  # the cited fact's review status
    published: str | None = None  # its source's publication day, YYYY-MM-DD, when the front matter gives one
    qualifier: str | None = None  # the cited fact's own: "at least" of "At least 12 people were killed"


@dataclass(frozen=True, slots=True)
class WordingDifference:
    source: str  # the first citing source
    words: str  # its words ("" when it has none there)
    other_source: str
    other_words: str


@dataclass(frozen=True, slots=True)
class Side:
    """One figure the sources give for a measure they differ on, and who gives it."""
    figure: str  # as the first report giving it writes it, without its qualifier: "127 people"
    base: float  # its value in base units: the sides are ordered by it
    sources: tuple  # ids of the sources giving it, in source order
    fact: str  # id of the merged fact whose reports give it
    said: tuple = ()  # each source's figure as it says it, qualifier and all ("at least 127 people"), as sources


@dataclass(frozen=True, slots=True)
class Dated:
    """A source's figure on its publication day: one step of how a figure changed."""
    published: str  # YYYY-MM-DD
    source: str
    figure: str  # its Side's figure
    base: float
    fact: str  # id of the merged fact whose reports give it
    said: str = ""  # the figure as the source says it, qualifier and all: "at least 127 people"


@dataclass(frozen=True)
class MergedFact:
    """One real-world fact, citing every source that reports it."""
    id: str
    kind: str
    value: float
    value_max: float | None
    unit: str | None
    qualifier: str | None
    label: str
    subject: str | None
    places: tuple
    citations: tuple  # of Citation, in source order
    text: str = ""  # the figure as its representative report writes it: "£40 million"
    when: str | None = None  # the time its representative report's sentence gives: "On 12 March"
    also: str | None = None  # its figure restated in brackets, as the first report that does writes it
    score: float = 0  # the best of its reports' scores, and more for each source reporting it
    key: bool = False  # leads the fact sheet
    disagreements: tuple = ()  # one readable line per difference between the sources
    wording: tuple = ()  # of WordingDifference, where close versions of the sentence part ways
    conflicts: tuple = ()  # ids of merged facts giving another figure for the same thing
    event: str | None = None  # what happened to what it counts, as most of its reports say: "killed", "on board"
    sides: tuple = ()  # of Side, lowest first: who gives which figure, where its sources (or those of the
    # facts it conflicts with) give more than one
    history: tuple = ()  # of Dated, by publication day: each dated source's figure among the sides, where the
    # figures were given on more than one day
    per: str | None = None  # what its rate is per, as its representative report writes it: "barrel"
    change: bool = False  # value to value_max is how its figure moved, as its representative report tells it
    reviewer_key: bool | None = None  # a reviewer's key: true or false on any of its reports (the last word)

    @functools.cached_property  # asked for by every page and download that shows the fact
    def source_count(self):
        return len({c.source for c in self.citations})


@dataclass(frozen=True)
class Config:
    """The fact sheet's own settings, from <content>/factsheet.yml."""
    title: str = "Fact sheet"
    description: str = ""
    site_url: str = ""  # "https://user.github.io/repo/": only for what must be absolute

    @property
    def base_url(self):
        return self.site_url if not self.site_url or self.site_url.endswith("/") else self.site_url + "/"


def published(facts):
    """The facts readers see: all but those a reviewer rejected, and the bracketed restatements
    of another ("8,000 km² (3,100 square miles)"), which the fact they restate carries."""
    return tuple(f for f in facts if f.status != "rejected" and f.restates is None)


def frozen_map(mapping):
    return MappingProxyType({key: tuple(value) for key, value in mapping.items()})


@dataclass(frozen=True)
class Site:
    """Everything one build knows, handed whole to render, index and write."""
    sources: tuple  # of Source, sorted by path
    facts: MappingProxyType  # source id -> tuple of Fact after review (rejected ones too), reading order
    merged: tuple  # of MergedFact, in the order their first report appears
    missing: MappingProxyType  # source id -> records of reviewed facts whose sentence is gone
    config: Config = Config()
    entities: tuple = ()  # of Entity, people first, then organisations, then places
    quotes: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # source id -> Quotes
    names: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # source id -> (kind, name,
    # anchors) of the entities it names, as it spells them

    @classmethod
    def of(cls, sources, facts_by_source, merged, missing=None, config=Config(), entities=(), quotes=None, names=None):
        return cls(tuple(sources), frozen_map(facts_by_source), tuple(merged), frozen_map(missing or {}), config,
                   tuple(entities), frozen_map(quotes or {}), frozen_map(names or {}))

    @property
    def fact_count(self):
        return sum(map(len, self.facts.values()))

    def published(self, source_id):
        return published(self.facts[source_id])


@dataclass(frozen=True)
class Page:
    path: str  # relative to the site root, with forward slashes
    text: str | bytes  # bytes: a file that is not text (a gzipped download)
    key: str | None = None  # digest of everything the page shows, where its kind has one (render.fact_page_key)

    def data(self):
        """The bytes written: the text in UTF-8."""
        return self.text if isinstance(self.text, bytes) else self.text.encode("utf-8")


@dataclass(frozen=True)
class StoredPage:
    """A page put into the site being written (write.Staging), by whichever process made it."""
    path: str
    digest: str  # of its text, as publish.page_record
    written: bool  # False: the previous site's file, byte for byte, kept
    size: int  # bytes
    key: str | None = None  # the Page's
