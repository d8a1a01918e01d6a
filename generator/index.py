"""Index stage: a prebuilt lunr search index of facts and sources, shipped as a script.

The index is built here with lunr.py so the reader's browser only loads it; it reaches the
page through a <script> file because browsers refuse fetch() of file:// addresses.
"""

import contextlib
import functools
import re

from lunr import builder as lunr_builder
from lunr import get_default_builder, lunr
from lunr.index import Index
from lunr.query import Query
from lunr.stemmer import stemmer
from lunr.stop_word_filter import stop_word_filter
from lunr.token import Token
from lunr.tokenizer import SEPARATOR_CHARS, Tokenizer
from lunr.trimmer import trimmer
from lunr.vector import Vector

from .extract import is_vague, plain_number
from .extract.numbers import ungroup_all
from .present import count_label, entity_href, fact_href, format_value, source_href
from .shards import PREFIX_FROM, keys_for, merged_index

# Fields shared by every document; a fact's label and value outrank words deep in an article.
# Each field costs bytes under every term of the index, so there are few of them.
DOCUMENT_FIELDS = (
    {"field_name": "title", "boost": 10},
    {"field_name": "heading", "boost": 3},  # a source's title and publisher
    {"field_name": "value", "boost": 8},
    {"field_name": "names", "boost": 3},  # places, people and organisations, every spelling
    {"field_name": "body", "boost": 1},
)
FACT_BOOST = 5  # a fact that mentions the words beats an article that mentions them in passing
KEY_FACT_BOOST = 8  # and a key fact beats another fact on equal matches
# A person's or an organisation's name typed finds its page first; a place's finds the facts
# about it first (places are named everywhere: what happened there is the point).
ENTITY_BOOST = {"person": 8, "organisation": 8, "place": 2}
VAGUE_FACT_BOOST = 1  # 'thousands of people' in Belgorod ranks below 'nearly 1,400 people' there
SOURCES_SHOWN = 3  # source titles a result lists before "and N more"
SNIPPET_CHARS = 240
QUOTES_SHOWN = 3  # a fact result picks its snippet from its first few distinct quotes
FIGURE = re.compile(r"[\d.,]*\d[\d.,]*")  # a query term that is a number: matched exactly (search.js: FIGURE)
LUNR_SEPARATORS = re.compile(f"[{re.escape(SEPARATOR_CHARS)}]+")


SHORT_SCALES = re.compile(r"(\d)(m|bn)\b")
SCALE_WORDS = {"m": "million", "bn": "billion"}


def searchable(text):
    """Text as the index sees it: '1,400' and '1 400' become '1400', 'km²' becomes 'km2',
    '£40m' becomes '£40 million' (so £40m, £40 million and 40 million pounds meet).

    The browser applies the same rule to what the reader types (assets/search.js), so a
    number matches however it was written on either side.
    """
    text = SHORT_SCALES.sub(lambda m: f"{m[1]} {SCALE_WORDS[m[2]]}", ungroup_all(text))
    return text.replace("²", "2").replace("³", "3")  # not translate(): it walks a long text in Python


def fact_document(ref, merged, named=()):
    """named: the entities its sentences name, found by any of their spellings."""
    # a vague amount is found by its words: its lower bound ("thousands of": 2000) is no figure
    numbers = "" if is_vague(merged) else " ".join(plain_number(v) for v in (merged.value, merged.value_max)
                                                   if v is not None)
    value = " ".join(filter(None, [format_value(merged), numbers, merged.unit, merged.kind]))
    return {
        "ref": ref,
        "title": searchable(" ".join(filter(None, [merged.label, merged.subject]))),
        "heading": "",
        "value": searchable(value),
        "names": " ".join(dict.fromkeys([*merged.places, *(n for e in named for n in (e.name, *e.aliases))])),
        "body": searchable(" ".join(dict.fromkeys(c.quote for c in merged.citations))),
    }


def source_text(source):
    return " ".join(sentence.text for paragraph in source.paragraphs for sentence in paragraph)


def source_document(ref, source):
    return {
        "ref": ref,
        "title": "",
        "heading": searchable(" ".join(filter(None, [source.title, source.meta.get("publisher")]))),
        "value": "",
        "names": "",
        "body": searchable(source_text(source)),
    }


def entity_document(ref, entity):
    return {"ref": ref, "title": " ".join((entity.name, *entity.aliases)), "heading": entity.kind,
            "value": "", "names": "", "body": ""}


def entity_result(entity, source_number):
    also = f"also written {', '.join(entity.aliases)}; " if entity.aliases else ""
    sources = sorted({source_number[source_id] for source_id, _ in entity.mentions})
    return {"type": "entity", "kind": entity.kind, "value": "", "title": entity.name,
            "href": entity_href(entity.id),
            "snippets": [f"{entity.kind.capitalize()}: {also}{count_label(len(entity.mentions), 'mention')}"],
            "places": "", "sources": sources, "cited": count_label(len(sources), "source")}


def snippet(text, around=None):
    """At most SNIPPET_CHARS of text, cut between words and marked "…"; a window that holds
    the phrase around when there is one (a fact's figure deep in a long sentence)."""
    if len(text) <= SNIPPET_CHARS:
        return text
    at = text.find(around) if around else -1
    start = 0 if at < SNIPPET_CHARS // 2 else max(0, min(at - SNIPPET_CHARS // 3, len(text) - SNIPPET_CHARS))
    if start:
        start = text.find(" ", start) + 1  # from a word's start
    window = text[start:start + SNIPPET_CHARS]
    if start + SNIPPET_CHARS < len(text):
        window = window.rsplit(" ", 1)[0].rstrip(".,;:") + "…"
    return ("…" if start else "") + window


def cited_line(numbers, titles):
    """'2 sources: Title A; Title B' (and N more): a result's sources, spelled out."""
    shown = [titles[n] for n in numbers[:SOURCES_SHOWN]]
    more = f" and {len(numbers) - len(shown)} more" if len(numbers) > len(shown) else ""
    return f"{count_label(len(numbers), 'source')}: {'; '.join(shown)}{more}"


def fact_result(merged, source_number, titles):
    cited = sorted({source_number[c.source] for c in merged.citations})
    return {"type": "fact", "kind": merged.kind, "value": format_value(merged), "title": merged.label,
            # the passages a snippet is chosen from: its distinct quotes, the first few
            "href": fact_href(merged.id), "snippets": [snippet(q, merged.text) for q in list(dict.fromkeys(
                c.quote for c in merged.citations))[:QUOTES_SHOWN]],
            "phrase": merged.text,  # marked in the snippet when the figure itself is what matched
            "places": ", ".join(merged.places), "sources": cited, "cited": cited_line(cited, titles)}


def source_result(source, number):
    return {"type": "source", "kind": "source", "value": "", "title": source.title,
            # the opening until its sentences (part text/<number>) arrive to choose from
            "href": source_href(source.id), "snippets": [snippet(source_text(source))],
            "places": "", "sources": [number], "cited": source.meta.get("publisher", "")}


def fact_boost(merged):
    if is_vague(merged):
        return VAGUE_FACT_BOOST
    return KEY_FACT_BOOST if merged.key else FACT_BOOST


def index_documents(site):
    """(document, attributes) for lunr: every merged fact, then every source, then every
    person, organisation and place, numbered in that order."""
    named = {}
    for entity in site.entities:
        for mention in entity.mentions:
            named.setdefault(mention, []).append(entity)
    documents = []
    for n, merged in enumerate(site.merged):
        entities = dict.fromkeys(e for c in merged.citations for e in named.get((c.source, c.anchor), ()))
        documents.append((fact_document(str(n), merged, entities), {"boost": fact_boost(merged)}))
    documents += [(source_document(str(len(site.merged) + n), s), {}) for n, s in enumerate(site.sources)]
    start = len(site.merged) + len(site.sources)
    documents += [(entity_document(str(start + n), e), {"boost": ENTITY_BOOST[e.kind]}) for n, e in enumerate(site.entities)]
    return documents


def build_index(site):
    """The lunr index (as lunr.js loads it), what each result shows, and the source titles.

    Refs are result numbers ("0", "1", …) rather than ids: every ref is repeated under each
    of its terms, and short refs keep the index a fraction of the size. Results cite sources
    by their number in the source table for the same reason.
    """
    return {"index": search_index(site), **search_results(site)}


def search_index(site):
    """The lunr index of every result, serialized."""
    documents = [(indexed_terms(d), attributes) for d, attributes in index_documents(site)]
    with lunr_shortcuts():
        return lunr(ref="ref", fields=DOCUMENT_FIELDS, builder=builder_for_terms(), documents=documents).serialize()


def search_results(site):
    """What each result shows (in the index's order, index_documents), the source titles, and
    each source's sentences: what a search shows, made without the index."""
    source_number = {source.id: number for number, source in enumerate(site.sources)}
    titles = [source.title for source in site.sources]
    results = [fact_result(m, source_number, titles) for m in site.merged]
    results += [source_result(s, source_number[s.id]) for s in site.sources]
    results += [entity_result(e, source_number) for e in site.entities]
    texts = [[sentence.text for sentence in source.sentences] for source in site.sources]
    return {"results": results, "sources": titles, "texts": texts}


def result_count(site):
    """One result per document of the index: every merged fact, source and entity."""
    return len(site.merged) + len(site.sources) + len(site.entities)


@functools.lru_cache(maxsize=None)
def index_term(word):
    """lunr's own indexing pipeline (trimmer, stop word filter, stemmer) on one word, or None
    for a stop word. A corpus repeats its words many times over, so each is worked out once."""
    token = Token(word)
    for step in (trimmer, stop_word_filter, stemmer):
        token = step(token)
        if not token:
            return None
    return str(token)


def indexed_terms(document):
    """The document with each field as its list of index terms: exactly what lunr's tokenizer
    and pipeline would make of the text, at a fraction of the time (the build's slowest step)."""
    terms = {"ref": document["ref"]}
    for field in DOCUMENT_FIELDS:
        words = LUNR_SEPARATORS.split(document[field["field_name"]].lower())
        terms[field["field_name"]] = [t for t in map(index_term, filter(None, words)) if t is not None]
    return terms


def tokens_of_terms(terms, metadata=None, separator=None):
    """lunr.py's Tokenizer, for fields that are already lists of index terms (indexed_terms,
    in lower case): the terms themselves. lunr.py's builder takes only str() of each token
    while it keeps no metadata (builder_for_terms); a Token made of every word, its metadata
    deep-copied, was a sixth of the index's time. Anything else goes to lunr's own."""
    if isinstance(terms, list) and not metadata:
        return terms
    return Tokenizer(terms, metadata, separator)


class AppendedVector:
    """lunr.py's Vector as its builder fills one (each term of a document's field once, then
    serialized): an insert appends, and the order by term is made once, when serialized.
    lunr's own finds each insert's place by a binary search in Python, a third of the index's
    time; the serialized vector is the same."""

    def __init__(self):
        self.elements = []  # index, value, index, value…: as flat as lunr's, as small (a 10,000-source index)

    def insert(self, index, value):
        self.elements.append(index)
        self.elements.append(value)

    def serialize(self):
        pairs = iter(self.elements)
        return [element for index, value in sorted(zip(pairs, pairs)) for element in (index, round(value, 3))]


@contextlib.contextmanager
def lunr_shortcuts():
    """While lunr builds our index, its builder makes tokens with tokens_of_terms and fills
    AppendedVectors. Only if the builder still uses the Tokenizer and Vector we know: a newer
    lunr.py is left alone (slower, same index)."""
    if (getattr(lunr_builder, "Tokenizer", None), getattr(lunr_builder, "Vector", None)) != (Tokenizer, Vector):
        yield
        return
    lunr_builder.Tokenizer, lunr_builder.Vector = tokens_of_terms, AppendedVector
    try:
        yield
    finally:
        lunr_builder.Tokenizer, lunr_builder.Vector = Tokenizer, Vector


def builder_for_terms():
    """lunr's default builder with the indexing pipeline already applied (indexed_terms);
    queries still go through its search pipeline, the stemmer, as lunr.js does."""
    builder = get_default_builder()
    builder.pipeline.reset()
    builder.metadata_whitelist = []  # tokens_of_terms hands it plain strings, which carry none
    return builder


def query_terms(text):
    """The words of a query as the index sees words, trimmed of punctuation as lunr trims them
    when indexing ("£40" is 40) (assets/search.js: queryTerms)."""
    return [term for term in (str(trimmer(token)) for token in Tokenizer(searchable(text))) if term]


def run_query(index, text):
    """The browser's query (runQuery in assets/search.js), for `factsheet search` and tests.

    Each word counts most as written (after stemming), then, from its third letter, as the
    start of a longer word, then within one typo; a figure only as itself (1500 never finds
    1,400 or 15,000). Built through the query API so no input is a syntax error.
    """
    terms = query_terms(text)
    if not terms:
        return []
    query = index.create_query()
    for term in terms:
        query.term(term, boost=10)
        if FIGURE.fullmatch(term):
            continue
        if len(term) >= PREFIX_FROM:
            query.term(term, use_pipeline=False, wildcard=Query.WILDCARD_TRAILING, boost=3)
        if len(term) > 3:
            query.term(term, use_pipeline=False, edit_distance=1, boost=1)
    return index.query(query)


def load_index(search_data):
    return Index.load(search_data["index"])


def stemmed(word):
    return str(stemmer(Token(word)))


def search(get_part, text, limit=10):
    """The best results for text as the views the search page shows, best first, from the
    search parts (get_part(name) -> data), loaded as the browser loads them."""
    manifest = get_part("manifest")
    needed = keys_for([(term, stemmed(term)) for term in query_terms(text)], manifest["keys"])
    index = merged_index(manifest, [get_part(f"terms/{key}") for key in needed])
    views = []
    for hit in run_query(index, text)[:limit]:
        ref = int(hit["ref"])
        views.append(get_part(f"results/{ref // manifest['result_chunk']}")[ref % manifest["result_chunk"]])
    return views
