"""Search engine: lunr. The index of the search documents (documents.py) built by lunr.py,
cut into term parts so a reader loads only what a query needs, and queried as lunr.js
queries it (lunr_query.js, the engine's half of the search page beside lunr.js from npm, shipped
as assets/lunr.js).

The index is built here so the reader's browser only loads it. The whole index is built
once and cut into parts (parts.py writes each as a small `<script>` file):

- `manifest`: the fields, the pipeline, the shard keys and how results are chunked;
- `terms/<key>`: the index restricted to the terms that start with key: for each term, its
  number in the index and, per field, the documents holding it with the term's weight there
  (lunr's postings and document vectors, written once instead of twice); a key is one to
  four characters, as long as it takes to keep a part small.

A query loads the parts for its terms (as typed, and stemmed), merges them into one lunr
index and queries it: the same scores as the whole index for every term whose first
characters are typed right (a typo in them is not forgiven, as each part holds only the
terms of its key). A word found in more than MAX_POSTINGS documents ("near" in every
article of a big corpus) keeps only those where it weighs most, with all their fields: it
still finds its best documents, scored as before, and no part grows with the corpus.
lunr.py (`factsheet search`, the tests) and lunr_query.js do the same, on the same files.
"""

import collections
import functools
import itertools
import json
import math
import re
from pathlib import Path

from lunr import __TARGET_JS_VERSION__ as LUNR_TARGET_VERSION
from lunr import get_default_builder
from lunr.index import Index
from lunr.query import Query
from lunr.stemmer import stemmer
from lunr.stop_word_filter import stop_word_filter
from lunr.token import Token
from lunr.tokenizer import SEPARATOR_CHARS, Tokenizer
from lunr.trimmer import trimmer

from ..errors import FactsheetError
from ..model import Page
from .documents import DOCUMENT_FIELDS, file_document_keys, index_documents, result_count, search_results, searchable
from .parts import RESULT_CHUNK, part_pages, result_parts
from .stemming import ASSET as STEMMERS_JS, read_stemmers_js, stem, stemmed_language

SHARD_BYTES = 24_000  # a part's JSON, before it is split by a longer key
MAX_POSTINGS = 1_000  # documents kept for one term: those where it weighs most
MAX_KEY = 4
PREFIX_FROM = 3  # letters typed before a word also finds longer words (and loads their parts)
FUZZY_UP_TO = 40  # letters of the longest word a query also finds within one typo (see run_query)
LUNR_JS = Path("node_modules", "lunr", "lunr.min.js")
PROJECT_ROOT = Path(__file__).resolve().parents[2]
# A wheel carries lunr.js beside this module (setup.py copies it from npm as it builds); a
# checkout, and so an editable install, has it in its own node_modules after `npm ci`.
PACKAGED_LUNR_JS = Path(__file__).resolve().parent / LUNR_JS.name
QUERY_JS = Path(__file__).resolve().parent / "lunr_query.js"  # the engine's half of the search page
SCRIPTS = ("assets/lunr.js", STEMMERS_JS, "assets/lunr_query.js")  # what the search page loads before search.js


def read_lunr_js():
    """lunr.js as the package ships it, else as npm installed it in the checkout."""
    for path in (PACKAGED_LUNR_JS, PROJECT_ROOT / LUNR_JS):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FactsheetError(LUNR_JS, None, "lunr.js is missing: reinstall factsheet, or in a checkout run `npm ci`")


def assets():
    """The engine's own files for the site: lunr.js, lunr-languages' stemmers, and our query code on them."""
    return [Page(SCRIPTS[0], read_lunr_js()), Page(SCRIPTS[1], read_stemmers_js()),
            Page(SCRIPTS[2], QUERY_JS.read_text(encoding="utf-8"))]


def index_pages(site, kept=None):
    """The index's parts (manifest, terms) as files of the site, and what to keep of the
    documents made from a file (indexed_documents): (pages, {key: terms})."""
    documents, languages, made = indexed_documents(site, kept)
    return part_pages(index_parts(serialized_index(documents), result_count(site), languages)), made
FIGURE = re.compile(r"[\d.,]*\d[\d.,]*")  # a query term that is a number: matched exactly (lunr_query.js: FIGURE)
LUNR_SEPARATORS = re.compile(f"[{re.escape(SEPARATOR_CHARS)}]+")

def build_index(site):
    """The lunr index (as lunr.js loads it), what each result shows, and the source titles.

    Refs are result numbers ("0", "1", …) rather than ids: every ref is repeated under each
    of its terms, and short refs keep the index a fraction of the size. Results cite sources
    by their number in the source table for the same reason.
    """
    serialized, languages = indexed(site)
    return {"index": serialized, "languages": languages, **search_results(site)}


def indexed(site):
    """The lunr index of every result, serialized, and the languages whose stemmers made some
    of its terms (stemming.STEMMED), in order: a query is stemmed in each of them too."""
    documents, languages, _ = indexed_documents(site)
    return serialized_index(documents), languages


def indexed_documents(site, kept=None):
    """([(document as its fields' index terms, attributes)], languages, made): kept, {key:
    {field: its terms joined by spaces}} of documents made from a file alone
    (file_document_keys), or anything with a dict's pop (cache.KeptTerms reads each as asked), is
    taken where a key is there; made, the same of those worked out here."""
    documents, keys, kept, made = index_documents(site), file_document_keys(site), kept or {}, {}
    languages = sorted({stemmed_language(d.get("language")) for d, _ in documents} - {None})
    indexed, words = [], {}  # words: each term once, as the pipeline's cache gives it (split, each would be a string of its own)
    for document, attributes in documents:
        key = keys.get(document["ref"])
        texts = kept.pop(key, None) if key is not None else None
        if texts is not None:  # index terms have no space: lunr splits on it
            terms = {"ref": document["ref"], **{name: [words.setdefault(term, term) for term in text.split(" ")] if text
                                                else [] for name, text in texts.items()}}
        else:
            terms = indexed_terms(document)
            if key is not None:
                made[key] = {name: " ".join(terms[name]) for name in terms if name != "ref"}
        indexed.append((terms, attributes))
    return indexed, languages, made


def search_index(site):
    """The lunr index of every result, serialized."""
    return indexed(site)[0]



@functools.lru_cache(maxsize=None)
def index_term(word, code=None):
    """lunr's own indexing pipeline (trimmer, stop word filter, stemmer) on one word, or None
    for a stop word. A corpus repeats its words many times over, so each is worked out once.
    code: a language of stemming.STEMMED, whose stemmer stands for lunr's English stop word
    filter and stemmer (lunr_query.js stems a query in it alike)."""
    if code:
        trimmed = str(trimmer(Token(word)))
        return stem(trimmed, code) if trimmed else None
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
    code, parts = stemmed_language(document.get("language")), document.get("parts", {})
    for field in DOCUMENT_FIELDS:
        name = field["field_name"]
        pieces = parts.get(name) or [(code, document[name])]  # each piece's words stemmed in its language
        # map over the words, the language once a piece: a generator's frame a word cost a third of the time
        terms[name] = [t for language, text in pieces
                       for t in map(index_term, filter(None, LUNR_SEPARATORS.split(text.lower())),
                                    itertools.repeat(stemmed_language(language))) if t is not None]
    return terms


# lunr.py's scoring parameters (its Builder's defaults, which lunr.js's match).
BM25_B, BM25_K1 = 0.75, 1.2


def bm25_idf(posting, document_count):
    """lunr's idf of a term: from how many documents hold it, in any field."""
    holding = sum(len(refs) for field, refs in posting.items() if field != "_index")
    return math.log(1 + abs((document_count - holding + 0.5) / (holding + 0.5)))


def serialized_index(documents, fields=DOCUMENT_FIELDS):
    """What lunr.py's builder serializes (`lunr(...).serialize()`) for documents whose fields
    are lists of index terms (indexed_terms): the same postings, term numbers, BM25 weights in
    the same floating-point steps and the same order, so lunr.js loads it unchanged. lunr.py
    stays the reference (tests compare the two on the same documents); it would also build a
    token set and per-insert sorted vectors that serializing never reads."""
    names = [field["field_name"] for field in fields]
    boosts = {field["field_name"]: field.get("boost", 1) for field in fields}
    inverted, counted, total_length = {}, [], dict.fromkeys(names, 0)
    for document, attributes in documents:
        ref, document_boost = str(document["ref"]), (attributes or {}).get("boost", 1)
        for name in names:
            terms = document[name]
            frequencies = collections.Counter(terms)  # each term in the order first met, as lunr's
            for term in frequencies:
                posting = inverted.get(term)
                if posting is None:
                    posting = inverted[term] = {**{field: {} for field in names}, "_index": len(inverted)}
                posting[name][ref] = {}
            counted.append((f"{name}/{ref}", name, len(terms), document_boost, frequencies))
            total_length[name] += len(terms)
    average_length = {name: total_length[name] / len(documents) for name in names}
    idf, vectors = {}, []
    for field_ref, name, length, document_boost, frequencies in counted:
        weights = []
        for term, frequency in frequencies.items():
            posting = inverted[term]
            if term not in idf:
                idf[term] = bm25_idf(posting, len(documents))
            score = idf[term] * ((BM25_K1 + 1) * frequency) / (
                BM25_K1 * (1 - BM25_B + BM25_B * (length / average_length[name])) + frequency)
            score *= boosts[name]
            score *= document_boost
            weights.append((posting["_index"], round(score, 3)))
        vectors.append([field_ref, [element for pair in sorted(weights) for element in pair]])
    return {"version": LUNR_TARGET_VERSION, "fields": names, "fieldVectors": vectors,
            "invertedIndex": [[term, inverted[term]] for term in sorted(inverted)],
            "pipeline": get_default_builder().search_pipeline.serialize()}


def query_terms(text):
    """The words of a query as the index sees words, trimmed of punctuation as lunr trims them
    when indexing ("£40" is 40) (lunr_query.js: queryTerms)."""
    return [term for term in (str(trimmer(token)) for token in Tokenizer(searchable(text))) if term]


def run_query(index, text):
    """The browser's query (runQuery in lunr_query.js), for `factsheet search` and tests.

    Each word counts most as written (after stemming), then, from its third letter, as the
    start of a longer word, then within one typo; a figure only as itself (1500 never finds
    1,400 or 15,000). Built through the query API so no input is a syntax error. A typo is
    looked for in words of up to FUZZY_UP_TO letters: lunr's typo search takes time growing
    with the square of the word's length, and a typo in a longer word is no reader's.
    """
    terms = query_terms(text)
    if not terms:
        return []
    query = index.create_query()
    for term in terms:
        query.term(term, boost=10)
        for other in language_stems(term, getattr(index, "languages", ())):  # as written, in each language's stem
            query.term(other, use_pipeline=False, boost=10)
        if FIGURE.fullmatch(term):
            continue
        if len(term) >= PREFIX_FROM:
            query.term(term, use_pipeline=False, wildcard=Query.WILDCARD_TRAILING, boost=3)
        if 3 < len(term) <= FUZZY_UP_TO:
            query.term(term, use_pipeline=False, edit_distance=1, boost=1)
    return index.query(query)


def load_index(search_data):
    index = Index.load(search_data["index"])
    index.languages = search_data.get("languages", ())  # the languages a query is stemmed in too
    return index


def stemmed(word):
    return str(stemmer(Token(word)))


def language_stems(term, languages):
    """A query word's stems in the index's stemmed languages (indexed) that differ from
    lunr's own (stemmed) and from one another (lunr_query.js: languageStems)."""
    own = stemmed(term)
    return [form for form in dict.fromkeys(stem(term, code) for code in languages) if form != own]


def term_forms(term, languages=()):
    """(as typed, lunr's stem, each language's stem): the forms whose parts a query needs."""
    return (term, stemmed(term), *language_stems(term, languages))


def search(get_part, text, limit=10):
    """The best results for text as the views the search page shows, best first, from the
    search parts (get_part(name) -> data), loaded as the browser loads them."""
    manifest = get_part("manifest")
    needed = keys_for([term_forms(term, manifest.get("languages", ())) for term in query_terms(text)], manifest["keys"])
    index = merged_index(manifest, [get_part(f"terms/{key}") for key in needed])
    views = []
    for hit in run_query(index, text)[:limit]:
        ref = int(hit["ref"])
        views.append(get_part(f"results/{ref // manifest['result_chunk']}")[ref % manifest["result_chunk"]])
    return views


def term_entries(serialized):
    """{term: [term, index, {field: [ref, weight, ref, weight, …]}]}: each term with its
    postings and its weight in each document field, from lunr's serialized index."""
    entries, found_of = {}, {}  # found_of: a term's number in the index -> its postings
    for term, posting in serialized["invertedIndex"]:
        entries[term] = [term, posting["_index"], {}]
        found_of[posting["_index"]] = []
    for field_ref, elements in serialized["fieldVectors"]:
        field, _, ref = field_ref.partition("/")
        ref, pairs = int(ref), iter(elements)
        for number, weight in zip(pairs, pairs):
            found_of[number].append((field, ref, weight))
    for term, entry in entries.items():
        found = found_of[entry[1]]
        weight_of = {}
        for _, ref, weight in found:
            weight_of[ref] = weight_of.get(ref, 0) + weight
        if len(weight_of) > MAX_POSTINGS:  # its heaviest documents, every field of each: their scores stay exact
            kept = set(sorted(weight_of, key=lambda ref: (-weight_of[ref], ref))[:MAX_POSTINGS])
            found = [posting for posting in found if posting[1] in kept]
        for field, ref, weight in found:
            entry[2].setdefault(field, []).extend((ref, weight))
    return entries


def term_sizes(entries):
    """{term: bytes its entry takes in a part}."""
    return {term: len(json.dumps(entry, separators=(",", ":"))) for term, entry in entries.items()}


def shard_keys(sizes):
    """Keys such that every part stays near SHARD_BYTES: longer where terms crowd. A key's
    part holds the terms that start with it and with no longer key."""
    keys = []

    def split(prefix, terms):
        keys.append(prefix)  # once split, its part keeps only the term that is the prefix itself
        if len(prefix) >= MAX_KEY or sum(sizes[t] for t in terms) <= SHARD_BYTES:
            return
        longer = {}
        for term in terms:
            if len(term) > len(prefix):
                longer.setdefault(term[:len(prefix) + 1], []).append(term)
        for key, members in sorted(longer.items()):
            split(key, members)
    split("", sorted(sizes))
    return sorted(keys)


def key_of(term, keys):
    """The part holding term: the longest key it starts with (keys: a set, or any collection)."""
    keys = keys if isinstance(keys, (set, frozenset)) else set(keys)
    return next((term[:n] for n in range(min(len(term), MAX_KEY), 0, -1) if term[:n] in keys), "")


def keys_for(words, keys):
    """The parts a query needs, for (word as typed, word stemmed, …) tuples (term_forms): each
    form's own part and, from PREFIX_FROM letters on, the parts of every longer word it begins."""
    needed, key_set = set(), set(keys)
    for typed, *forms in words:
        needed.update(key_of(form, key_set) for form in (typed, *forms))
        if len(typed) >= PREFIX_FROM:
            needed.update(k for k in keys if k.startswith(typed))
    return sorted(needed)


def split_index(entries, keys):
    """{key: {"terms": [entry, …]}}: the term entries cut by key."""
    parts, key_set = {key: {"terms": []} for key in keys}, set(keys)
    for term, entry in sorted(entries.items()):
        parts[key_of(term, key_set)]["terms"].append(entry)
    return parts


def search_parts(search_data):
    """{part name: data} for the site: the manifest, the term parts, result chunks, sources."""
    return {**index_parts(search_data["index"], len(search_data["results"]), search_data.get("languages", ())),
            **result_parts(search_data)}


def index_parts(serialized, result_count, languages=()):
    """The manifest and the term parts, from lunr's serialized index of result_count results;
    languages: those a query is stemmed in too (indexed)."""
    entries = term_entries(serialized)
    keys = shard_keys(term_sizes(entries))
    manifest = {"fields": serialized["fields"], "pipeline": serialized["pipeline"],
                "version": serialized["version"], "keys": keys, "result_chunk": RESULT_CHUNK,
                "results": result_count, "languages": list(languages)}
    parts = {"manifest": manifest}
    parts.update({f"terms/{key}": part for key, part in split_index(entries, keys).items()})
    return parts



def merged_index(manifest, term_parts):
    """One lunr index from term parts: the whole index restricted to their terms."""
    inverted, vectors = [], {}
    for part in term_parts:
        for term, number, fields in part["terms"]:
            posting = {"_index": number, **{field: {} for field in manifest["fields"]}}  # lunr reads every field
            for field, pairs in fields.items():
                posting[field] = {str(ref): {} for ref in pairs[::2]}
                for ref, weight in zip(pairs[::2], pairs[1::2]):
                    vectors.setdefault(f"{field}/{ref}", []).append((number, weight))
            inverted.append([term, posting])
    inverted.sort(key=lambda entry: entry[0])
    field_vectors = [[ref, [x for pair in sorted(pairs) for x in pair]] for ref, pairs in sorted(vectors.items())]
    index = Index.load({"version": manifest["version"], "fields": manifest["fields"], "pipeline": manifest["pipeline"],
                        "invertedIndex": inverted, "fieldVectors": field_vectors})
    index.languages = manifest.get("languages", ())  # the languages a query is stemmed in too (run_query)
    return index
