"""Index stage: a prebuilt lunr search index of facts and sources, shipped as a script.

The index is built here with lunr.py so the reader's browser only loads it; it reaches the
page through a <script> file because browsers refuse fetch() of file:// addresses.
"""

import functools
import json
import re

from lunr import get_default_builder, lunr
from lunr.index import Index
from lunr.query import Query
from lunr.stemmer import stemmer
from lunr.stop_word_filter import stop_word_filter
from lunr.token import Token
from lunr.tokenizer import SEPARATOR_CHARS, Tokenizer
from lunr.trimmer import trimmer

from .extract import is_vague, plain_number
from .extract.numbers import ungroup_all
from .present import count_label, fact_href, format_value, source_href

# Fields shared by every document; a fact's label and value outrank words deep in an article.
# Each field costs bytes under every term of the index, so there are few of them.
FIELDS = (
    {"field_name": "title", "boost": 10},
    {"field_name": "heading", "boost": 3},  # a source's title and publisher
    {"field_name": "value", "boost": 8},
    {"field_name": "places", "boost": 3},
    {"field_name": "body", "boost": 1},
)
FACT_BOOST = 5  # a fact that mentions the words beats an article that mentions them in passing
KEY_FACT_BOOST = 8  # and a key fact beats another fact on equal matches
VAGUE_FACT_BOOST = 1  # 'thousands of people' in Belgorod ranks below 'nearly 1,400 people' there
SOURCES_SHOWN = 3  # source titles a result lists before "and N more"
SNIPPET_CHARS = 240
SUPERSCRIPTS = str.maketrans({"²": "2", "³": "3"})
FIGURE = re.compile(r"[\d.,]*\d[\d.,]*")  # a query term that is a number: matched exactly (search.js: FIGURE)
LUNR_SEPARATORS = re.compile(f"[{re.escape(SEPARATOR_CHARS)}]+")


def searchable(text):
    """Text as the index sees it: '1,400' and '1 400' become '1400', 'km²' becomes 'km2'.

    The browser applies the same rule to what the reader types (assets/search.js), so a
    number matches however it was grouped on either side.
    """
    return ungroup_all(text).translate(SUPERSCRIPTS)


def fact_document(ref, merged):
    # a vague amount is found by its words: its lower bound ("thousands of": 2000) is no figure
    numbers = "" if is_vague(merged) else " ".join(plain_number(v) for v in (merged.value, merged.value_max)
                                                   if v is not None)
    value = " ".join(filter(None, [format_value(merged), numbers, merged.unit, merged.kind]))
    return {
        "ref": ref,
        "title": searchable(" ".join(filter(None, [merged.label, merged.subject]))),
        "heading": "",
        "value": searchable(value),
        "places": " ".join(merged.places),
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
        "places": "",
        "body": searchable(source_text(source)),
    }


def snippet(text):
    if len(text) <= SNIPPET_CHARS:
        return text
    return text[:SNIPPET_CHARS].rsplit(" ", 1)[0].rstrip(".,;:") + "…"


def fact_view(merged, source_number):
    cited = sorted({source_number[c.source] for c in merged.citations})
    return {"type": "fact", "kind": merged.kind, "value": format_value(merged), "title": merged.label,
            "href": fact_href(merged.id), "snippet": snippet(merged.citations[0].quote),
            "places": ", ".join(merged.places), "sources": cited,
            "count": count_label(len(cited), "source")}


def source_view(source, number):
    return {"type": "source", "kind": "source", "value": "", "title": source.title,
            "href": source_href(source.id), "snippet": snippet(source_text(source)),
            "places": "", "sources": [number], "count": source.meta.get("publisher", "")}


def fact_boost(merged):
    if is_vague(merged):
        return VAGUE_FACT_BOOST
    return KEY_FACT_BOOST if merged.key else FACT_BOOST


def index_documents(site):
    """(document, attributes) for lunr: every merged fact, then every source, numbered in that order."""
    documents = [(fact_document(str(n), m), {"boost": fact_boost(m)}) for n, m in enumerate(site.merged)]
    documents += [(source_document(str(len(site.merged) + n), s), {}) for n, s in enumerate(site.sources)]
    return documents


def build_index(site):
    """The lunr index (as lunr.js loads it), what each result shows, and the source titles.

    Refs are result numbers ("0", "1", …) rather than ids: every ref is repeated under each
    of its terms, and short refs keep the index a fraction of the size. Results cite sources
    by their number in the source table for the same reason.
    """
    source_number = {source.id: number for number, source in enumerate(site.sources)}
    results = [fact_view(m, source_number) for m in site.merged]
    results += [source_view(s, source_number[s.id]) for s in site.sources]
    index = lunr(ref="ref", fields=FIELDS, builder=builder_for_terms(),
                 documents=[(indexed_terms(d), attributes) for d, attributes in index_documents(site)])
    return {"index": index.serialize(), "results": results, "sources": [s.title for s in site.sources],
            "sources_shown": SOURCES_SHOWN}


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
    for field in FIELDS:
        words = LUNR_SEPARATORS.split(document[field["field_name"]].lower())
        terms[field["field_name"]] = [t for t in map(index_term, filter(None, words)) if t is not None]
    return terms


def builder_for_terms():
    """lunr's default builder with the indexing pipeline already applied (indexed_terms);
    queries still go through its search pipeline, the stemmer, as lunr.js does."""
    builder = get_default_builder()
    builder.pipeline.reset()
    return builder


INDEX_SCRIPT_PATH = "assets/search-index.js"  # within the site
SCRIPT_PREFIX = "window.FACTSHEET_SEARCH = "


def index_script(search_data):
    """search-index.js: the data as one global assignment, loadable from file:// pages."""
    payload = json.dumps(search_data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # "</" cannot end a script early when the data is inlined; \u2028 breaks older parsers.
    payload = payload.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"{SCRIPT_PREFIX}{payload};\n"


def parse_index_script(script):
    """The data back out of search-index.js; None if the text is not one."""
    if not (script.startswith(SCRIPT_PREFIX) and script.endswith(";\n")):
        return None
    try:
        return json.loads(script[len(SCRIPT_PREFIX):-2])
    except ValueError:
        return None


def run_query(index, text):
    """The browser's query (runQuery in assets/search.js), for `factsheet search` and tests.

    Each word counts most as written (after stemming), then as the start of a longer word,
    then within one typo; a figure only as itself (1500 never finds 1,400 or 15,000). Built
    through the query API so no input is a syntax error.
    """
    terms = [str(token) for token in Tokenizer(searchable(text)) if str(token)]
    if not terms:
        return []
    query = index.create_query()
    for term in terms:
        query.term(term, boost=10)
        if FIGURE.fullmatch(term):
            continue
        query.term(term, use_pipeline=False, wildcard=Query.WILDCARD_TRAILING, boost=3)
        if len(term) > 3:
            query.term(term, use_pipeline=False, edit_distance=1, boost=1)
    return index.query(query)


def load_index(search_data):
    return Index.load(search_data["index"])


def search(search_data, text, limit=10):
    """The best results for text as the views the search page shows, best first."""
    hits = run_query(load_index(search_data), text)[:limit]
    return [search_data["results"][int(hit["ref"])] for hit in hits]
